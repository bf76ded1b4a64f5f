package uk.frontdoor.record;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The journey of one child: every contact about them and every step taken, in time order. */
@Schema(name = "ChildJourney", description = "One child's record: every contact about them, each with its steps in time order")
public record JourneyRecord(
    @Schema(description = "The child whose record this is") ChildSummary child,
    @Schema(description = "How much this viewer may see: full, agency-check (a partner agency's own check only) "
        + "or brief-intervention") View view,
    @Schema(description = "Other children of the same household, each with a link to their own record; empty in the agency view")
    List<ChildSummary> siblings,
    @Schema(description = "Every contact about the child, oldest first") List<ContactJourney> contacts) {

  /** How much of the record a viewer may see. */
  public enum View {
    @Schema(description = "Everything: children's referral service staff, managers, auditors, service leads, administrators")
    FULL("full"),
    @Schema(description = "A partner agency's own check request and findings, with the child's identity")
    AGENCY_CHECK("agency-check"),
    @Schema(description = "The brief intervention team, for a child routed to them")
    BRIEF_INTERVENTION("brief-intervention"),
    /** Assessment team, for a child allocated for an assessment. */
    ASSESSMENT("assessment");

    private final String key;

    View(String key) {
      this.key = key;
    }

    @com.fasterxml.jackson.annotation.JsonValue
    public String key() {
      return key;
    }
  }

  @Schema(name = "ChildSummary", description = "Who a child is, and where their record is")
  public record ChildSummary(
      @Schema(description = "The child's id", example = "3f2b7c1e-8a4d-4e5f-9b6a-1c2d3e4f5a6b") UUID childId,
      @Schema(description = "First name", example = "Amira") String firstName,
      @Schema(description = "Last name", example = "Khan") String lastName,
      @Schema(description = "Date of birth, when known", example = "2019-04-02") LocalDate dateOfBirth,
      @Schema(description = "The household's address, on one line", example = "12 Station Road, Exampletown, EX1 2AB")
      String address,
      @Schema(description = "Link to this child's record page",
          example = "/children/3f2b7c1e-8a4d-4e5f-9b6a-1c2d3e4f5a6b") String link) {

    public String name() {
      return firstName + " " + lastName;
    }
  }

  @Schema(name = "ContactJourney", description = "One contact about the child, with its steps in time order")
  public record ContactJourney(
      @Schema(description = "The contact's id", example = "0b9a6f3e-2c1d-4f8e-9a7b-6c5d4e3f2a1b") UUID contactId,
      @Schema(description = "The reference staff quote", example = "FD-2026-000042") String reference,
      @Schema(description = "When the contact arrived", example = "2026-11-26T09:15:00Z") OffsetDateTime receivedAt,
      @Schema(description = "When the journey ended; null while it goes on", example = "2026-11-27T15:40:00Z")
      OffsetDateTime closedAt,
      @Schema(description = "A referral within 12 months of a previous referral for this child", example = "false")
      boolean reReferral,
      @Schema(description = "The earlier referral this one repeats, when it is a re-referral",
          example = "6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d") UUID reReferralOf,
      @Schema(description = "This child's previous contact, if any", example = "5f4e3d2c-1b0a-4f9e-8d7c-6b5a4f3e2d1c")
      UUID previousContactId,
      @Schema(description = "Other children named on this contact") List<ChildSummary> otherChildren,
      @Schema(description = "The steps taken, oldest first") List<Entry> entries) {
  }

  /** One step of the journey. */
  @Schema(name = "JourneyEntry", description = "One step of the journey: what happened, when, by whom and why")
  public record Entry(
      @Schema(description = "contact-received, history-found, urgency-proposed, urgency-changed, screening, consent, "
          + "agency-check, check-requested, escalation, needs-found, pathway-decided, signed-off, sent-back, "
          + "outcome, assessment-allocated, referrer-told, strategy-discussion, brief-intervention, records-merged, still-to-do",
          example = "pathway-decided")
      String kind,
      @Schema(description = "A plain heading", example = "Pathway decided") String title,
      @Schema(description = "When it happened", example = "2026-11-26T14:05:00Z") OffsetDateTime at,
      @Schema(description = "Who did it; null for a step the service took by itself") Person by,
      @Schema(description = "When it was due, where there is a due time", example = "2026-11-26T17:00:00Z")
      OffsetDateTime dueAt,
      @Schema(description = "Whether it was done by the due time; null when there is no due time or it is not done",
          example = "true") Boolean dueMet,
      @Schema(description = "The reasons in the words recorded",
          example = "Both children were present at a third incident in two months") String rationale,
      @Schema(description = "The referrer's own words, quoted",
          example = "Police attended a domestic incident at the home last night.") String referrerWords,
      @Schema(description = "The step's details, each labelled") List<Fact> facts) {
  }

  @Schema(name = "Person", description = "Who acted: their name and role")
  public record Person(
      @Schema(description = "Their Camunda user id", example = "manager") String userId,
      @Schema(description = "Their full name", example = "Morgan Hughes") String name,
      @Schema(description = "Their role, in plain words", example = "Team manager") String role) {
  }

  @Schema(name = "Fact", description = "A labelled detail of a step, in plain words")
  public record Fact(
      @Schema(description = "What the detail is", example = "Pathway") String label,
      @Schema(description = "The detail", example = "Child and family assessment") String value) {
  }
}
