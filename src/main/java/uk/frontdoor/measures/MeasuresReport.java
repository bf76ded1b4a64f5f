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

  @Schema(description = "The period and team the measures cover")
  public record Period(
      @Schema(description = "First day, inclusive (UK date)", example = "2025-04-01") LocalDate from,
      @Schema(description = "Last day, inclusive (UK date)", example = "2026-03-31") LocalDate to,
      @Schema(description = "The team manager's user id, or null for the whole service", example = "manager")
      String team) {
  }

  @Schema(description = "Contacts received in the period")
  public record ContactsReceived(
      @Schema(description = "How many contacts arrived", example = "412") long received) {
  }

  @Schema(description = "Decisions signed off by a manager, and how quickly")
  public record Decisions(
      @Schema(description = "Contacts with a decision approved by a manager", example = "380") long decided,
      @Schema(description = "Approved no later than the due time of the contact's urgency rating", example = "361")
      long withinTimescale,
      @Schema(description = "Share approved within the timescale, 0 to 1; null when none was decided",
          example = "0.95") Double withinTimescaleShare,
      @Schema(description = "Approved within one working day of being received", example = "290")
      long withinOneWorkingDay,
      @Schema(description = "Share approved within one working day, 0 to 1; null when none was decided",
          example = "0.76") Double withinOneWorkingDayShare,
      @Schema(description = "Median working hours from received to approved", example = "5.5")
      Double medianWorkingHours,
      @Schema(description = "90th percentile (nearest rank) of working hours from received to approved",
          example = "14.0") Double percentile90WorkingHours) {
  }

  @Schema(description = "Re-referrals within 12 months (Department for Education definition) and their partner checks")
  public record ReReferrals(
      @Schema(description = "Children referred (a referral outcome)", example = "120") long referrals,
      @Schema(description = "Of those, children referred within 12 months of a previous referral", example = "26")
      long reReferrals,
      @Schema(description = "Re-referrals as a share of referrals, 0 to 1; null when there was no referral",
          example = "0.22") Double reReferralRate,
      @Schema(description = "Contacts where a child was a re-referral", example = "24") long reReferralContacts,
      @Schema(description = "Of those, contacts checked by every partner agency", example = "24")
      long withFullPartnerChecks,
      @Schema(description = "Of those, contacts missing a partner agency's check: must be 0", example = "0")
      long withoutFullPartnerChecks) {
  }

  @Schema(description = "The latest consent decision of each contact, counted by kind")
  public record Consent(
      @Schema(description = "The family agreed", example = "250") long given,
      @Schema(description = "The family refused and the refusal was respected", example = "40")
      long refusedAndRespected,
      @Schema(description = "A manager proceeded without consent, on the lawful grounds", example = "12")
      long overridden,
      @Schema(description = "A manager decided consent was not to be sought", example = "8") long notSought) {
  }

  @Schema(description = "How many children had one outcome")
  public record OutcomeCount(
      @Schema(description = "The outcome", example = "early-help") String outcome,
      @Schema(description = "How many children", example = "31") long children) {
  }

  @Schema(description = "Children routed to the Brief Intervention Team, and whether each came through partner checks")
  public record BriefIntervention(
      @Schema(description = "Children routed to the team", example = "45") long children,
      @Schema(description = "Contacts with a child routed to the team", example = "38") long contacts,
      @Schema(description = "Of those, contacts checked by every partner agency first", example = "38")
      long contactsThroughPartnerChecks,
      @Schema(description = "Contacts routed without every partner agency's check: must be 0", example = "0")
      long contactsWithoutPartnerChecks) {
  }

  @Schema(description = "How many children the Pathways table placed at one level")
  public record LevelCount(
      @Schema(description = "The Pathways level, 1 to 4; null where none was proposed", example = "3") Integer level,
      @Schema(description = "How many children", example = "57") long children) {
  }

  @Schema(description = "How often the practitioner chose another pathway than the Pathways table proposed")
  public record Departures(
      @Schema(description = "Threshold decisions taken", example = "300") long decisions,
      @Schema(description = "Of those, decisions with another pathway than proposed", example = "21") long departures,
      @Schema(description = "Departures as a share of decisions, 0 to 1; null when none was taken", example = "0.07")
      Double departureShare) {
  }

  @Schema(description = "Assessments allocated: children routed, and their brothers and sisters")
  public record Allocations(
      @Schema(description = "Children routed to an assessment or a strategy discussion", example = "60") long routed,
      @Schema(description = "Their brothers and sisters allocated an assessment of their own", example = "35")
      long siblings) {
  }

  @Schema(description = "Management oversight records and how many sent the decision back")
  public record Oversight(
      @Schema(description = "Oversight records signed", example = "390") long records,
      @Schema(description = "Of those, decisions sent back to the practitioner", example = "30") long sendBacks,
      @Schema(description = "Send-backs as a share of records, 0 to 1; null when none was signed", example = "0.08")
      Double sendBackRate) {
  }

  @Schema(description = "Audits of one grade, for one theme, completed in one month")
  public record AuditGradeCount(
      @Schema(description = "The month the audits were completed", example = "2026-02") String month,
      @Schema(description = "The audit theme", example = "threshold") String theme,
      @Schema(description = "The grade", example = "good") String grade,
      @Schema(description = "How many audits", example = "4") long audits) {
  }

  @Schema(description = "How often one term was refused in one team's writing")
  public record LanguageRefusal(
      @Schema(description = "The acronym or phrase refused", example = "DV") String term,
      @Schema(description = "The writer's team (Camunda group)", example = "crs-practitioners") String team,
      @Schema(description = "How many times it was refused", example = "17") long refusals) {
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
