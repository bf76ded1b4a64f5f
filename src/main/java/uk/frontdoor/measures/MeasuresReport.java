package uk.frontdoor.measures;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every measure for one period (and optionally one team), each table also downloadable as CSV.
 * Contacts count in the period they were received; a contact's team is the manager who first
 * approved its decision. Shares are fractions from 0 to 1, null when there is nothing to divide by.
 */
@Schema(description = "The front door's measures for a period, optionally for one team manager's team")
public record MeasuresReport(
    @Schema(description = "The period (first and last day, inclusive) and team the measures cover") Period period,
    @Schema(description = "Contacts received in the period") ContactsReceived contacts,
    @Schema(description = "Decisions signed off by a manager, and how quickly") Decisions decisions,
    @Schema(description = "Re-referrals within 12 months (Department for Education definition) and their partner checks")
    ReReferrals reReferrals,
    @Schema(description = "The latest consent decision of each contact") Consent consent,
    @Schema(description = "What happened to children where consent was refused") List<OutcomeCount> consentRefusedOutcomes,
    @Schema(description = "Children routed to the Brief Intervention Team, and whether each came through partner checks")
    BriefIntervention briefIntervention,
    @Schema(description = "Spread of the threshold levels the Pathways table proposed, per child") List<LevelCount> thresholdLevels,
    @Schema(description = "Spread of the children's outcomes") List<OutcomeCount> outcomes,
    @Schema(description = "How often the practitioner chose another pathway than the Pathways table proposed")
    Departures departures,
    @Schema(description = "Assessments allocated: children routed, and their brothers and sisters") Allocations siblingAllocations,
    @Schema(description = "Management oversight records and how many sent the decision back") Oversight oversight,
    @Schema(description = "Audit grades by month of completion and theme") List<AuditGradeCount> auditGrades,
    @Schema(description = "Language-check refusals by term and team (the writer's groups), found in the period")
    List<LanguageRefusal> languageRefusals) {

  public record Period(LocalDate from, LocalDate to, String team) {
  }

  public record ContactsReceived(long received) {
  }

  public record Decisions(
      @Schema(description = "Contacts with a decision approved by a manager") long decided,
      @Schema(description = "Approved no later than the due time of the contact's urgency rating") long withinTimescale,
      Double withinTimescaleShare,
      @Schema(description = "Approved within one working day of being received") long withinOneWorkingDay,
      Double withinOneWorkingDayShare,
      @Schema(description = "Median working hours from received to approved") Double medianWorkingHours,
      @Schema(description = "90th percentile (nearest rank) of working hours from received to approved")
      Double percentile90WorkingHours) {
  }

  public record ReReferrals(
      @Schema(description = "Children referred (a referral outcome)") long referrals,
      @Schema(description = "Of those, children referred within 12 months of a previous referral") long reReferrals,
      Double reReferralRate,
      @Schema(description = "Contacts where a child was a re-referral") long reReferralContacts,
      @Schema(description = "Of those, contacts checked by every partner agency") long withFullPartnerChecks,
      @Schema(description = "Of those, contacts missing a partner agency's check: must be 0") long withoutFullPartnerChecks) {
  }

  public record Consent(long given, long refusedAndRespected, long overridden, long notSought) {
  }

  public record OutcomeCount(String outcome, long children) {
  }

  public record BriefIntervention(long children, long contacts, long contactsThroughPartnerChecks,
      @Schema(description = "Contacts routed without every partner agency's check: must be 0") long contactsWithoutPartnerChecks) {
  }

  public record LevelCount(Integer level, long children) {
  }

  public record Departures(long decisions, long departures, Double departureShare) {
  }

  public record Allocations(long routed, long siblings) {
  }

  public record Oversight(long records, long sendBacks, Double sendBackRate) {
  }

  public record AuditGradeCount(String month, String theme, String grade, long audits) {
  }

  public record LanguageRefusal(String term, String team, long refusals) {
  }

  /** The CSV tables, by the name in {@code /api/measures/{table}.csv}. */
  public Map<String, List<? extends Record>> tables() {
    Map<String, List<? extends Record>> tables = new LinkedHashMap<>();
    tables.put("contacts", List.of(contacts));
    tables.put("decisions", List.of(decisions));
    tables.put("re-referrals", List.of(reReferrals));
    tables.put("consent", List.of(consent));
    tables.put("consent-refused-outcomes", consentRefusedOutcomes);
    tables.put("brief-intervention", List.of(briefIntervention));
    tables.put("threshold-levels", thresholdLevels);
    tables.put("outcomes", outcomes);
    tables.put("departures", List.of(departures));
    tables.put("sibling-allocations", List.of(siblingAllocations));
    tables.put("oversight", List.of(oversight));
    tables.put("audit-grades", auditGrades);
    tables.put("language-refusals", languageRefusals);
    return tables;
  }

  static final List<String> TABLES = List.of("contacts", "decisions", "re-referrals", "consent",
      "consent-refused-outcomes", "brief-intervention", "threshold-levels", "outcomes", "departures",
      "sibling-allocations", "oversight", "audit-grades", "language-refusals");
}
