package uk.frontdoor.record;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The journey of one child: every contact about them and every step taken, in time order. */
@Schema(name = "ChildJourney", description = "One child's record: every contact about them, each with its steps in time order")
public record JourneyRecord(
    ChildSummary child,
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

  @Schema(name = "ChildSummary")
  public record ChildSummary(UUID childId, String firstName, String lastName, LocalDate dateOfBirth,
      String address, @Schema(description = "Link to this child's record page") String link) {

    public String name() {
      return firstName + " " + lastName;
    }
  }

  @Schema(name = "ContactJourney")
  public record ContactJourney(UUID contactId, String reference, OffsetDateTime receivedAt, OffsetDateTime closedAt,
      @Schema(description = "A referral within 12 months of a previous referral for this child") boolean reReferral,
      @Schema(description = "The earlier referral this one repeats, when it is a re-referral") UUID reReferralOf,
      @Schema(description = "This child's previous contact, if any") UUID previousContactId,
      @Schema(description = "Other children named on this contact") List<ChildSummary> otherChildren,
      List<Entry> entries) {
  }

  /** One step of the journey. */
  @Schema(name = "JourneyEntry")
  public record Entry(
      @Schema(description = "contact-received, history-found, urgency-proposed, urgency-changed, screening, consent, "
          + "agency-check, check-requested, escalation, needs-found, pathway-decided, signed-off, sent-back, "
          + "outcome, assessment-allocated, referrer-told, strategy-discussion, brief-intervention, still-to-do")
      String kind,
      @Schema(description = "A plain heading") String title,
      OffsetDateTime at,
      Person by,
      @Schema(description = "When it was due, where there is a due time") OffsetDateTime dueAt,
      @Schema(description = "Whether it was done by the due time; null when there is no due time or it is not done")
      Boolean dueMet,
      @Schema(description = "The reasons in the words recorded") String rationale,
      @Schema(description = "The referrer's own words, quoted") String referrerWords,
      List<Fact> facts) {
  }

  @Schema(name = "Person", description = "Who acted: their name and role")
  public record Person(String userId, String name, String role) {
  }

  @Schema(name = "Fact", description = "A labelled detail of a step, in plain words")
  public record Fact(String label, String value) {
  }
}
