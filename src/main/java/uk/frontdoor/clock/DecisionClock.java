package uk.frontdoor.clock;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/** When each step of the child's journey is due, from the configured timescales. */
public class DecisionClock {

  private final WorkingCalendar calendar;
  private final WorkingCalendarProperties timescales;

  public DecisionClock(WorkingCalendar calendar, WorkingCalendarProperties timescales) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.timescales = Objects.requireNonNull(timescales, "timescales");
  }

  /**
   * The decision deadline for a contact of RAG rating {@code rag} ("red", "amber" or "green",
   * any case) received at {@code received}.
   *
   * @throws IllegalArgumentException naming an unknown rating
   */
  public Instant decisionDue(String rag, Instant received) {
    String rating = rag == null ? "" : rag.trim().toLowerCase(Locale.ROOT);
    return switch (rating) {
      case "red" -> calendar.addWorkingHours(received, timescales.red());
      case "amber" -> calendar.addWorkingDays(received, timescales.amberWorkingDays());
      case "green" -> calendar.addWorkingDays(received, timescales.greenWorkingDays());
      default -> throw new IllegalArgumentException(
          "unknown RAG rating '" + rag + "'; expected red, amber or green");
    };
  }

  /** Latest completion of an assessment started by a referral received at {@code referral}. */
  public Instant assessmentDue(Instant referral) {
    return calendar.addWorkingDays(referral, timescales.assessmentWorkingDays());
  }

  /** Latest initial child protection conference after the strategy discussion. */
  public Instant conferenceDue(Instant strategyDiscussion) {
    return calendar.addWorkingDays(strategyDiscussion, timescales.conferenceWorkingDays());
  }

  /** When the referrer must have heard the outcome of a decision made at {@code decided}. */
  public Instant referrerToldBy(Instant decided) {
    return calendar.addWorkingDays(decided, timescales.referrerToldWorkingDays());
  }
}
