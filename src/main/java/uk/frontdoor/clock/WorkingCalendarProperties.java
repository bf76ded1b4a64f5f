package uk.frontdoor.clock;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The working day and the timescales measured in it, under {@code frontdoor.clock.*}. Defaults
 * follow Working Together to Safeguard Children and the common RAG model (red 4 working hours,
 * amber 1 working day, green 3 working days).
 *
 * @param zone the local time working hours are read in
 * @param dayStart start of a working day, e.g. {@code 09:00}
 * @param dayEnd end of a working day, e.g. {@code 17:00}
 * @param bankHolidays Spring resource location of the {@code date,name} bank holiday file
 * @param red decision timescale for a red contact, in working hours
 * @param amberWorkingDays decision timescale for an amber contact
 * @param greenWorkingDays decision timescale for a green contact
 * @param assessmentWorkingDays maximum length of an assessment from referral
 * @param conferenceWorkingDays initial child protection conference from the strategy discussion
 * @param referrerToldWorkingDays when the referrer must hear the outcome of the decision
 */
@ConfigurationProperties(prefix = "frontdoor.clock")
public record WorkingCalendarProperties(
    @DefaultValue("Europe/London") ZoneId zone,
    @DefaultValue("09:00") LocalTime dayStart,
    @DefaultValue("17:00") LocalTime dayEnd,
    @DefaultValue(DEFAULT_BANK_HOLIDAYS) String bankHolidays,
    @DefaultValue("PT4H") Duration red,
    @DefaultValue("1") int amberWorkingDays,
    @DefaultValue("3") int greenWorkingDays,
    @DefaultValue("45") int assessmentWorkingDays,
    @DefaultValue("15") int conferenceWorkingDays,
    @DefaultValue("1") int referrerToldWorkingDays) {

  public static final String DEFAULT_BANK_HOLIDAYS =
      "classpath:processes/calendar/bank-holidays-england-and-wales.csv";

  public WorkingCalendarProperties {
    if (!dayStart.isBefore(dayEnd)) {
      throw new IllegalArgumentException("frontdoor.clock.day-start (" + dayStart
          + ") must be before frontdoor.clock.day-end (" + dayEnd + ")");
    }
    if (bankHolidays == null || bankHolidays.isBlank()) {
      throw new IllegalArgumentException("frontdoor.clock.bank-holidays must name a file");
    }
    if (red.isNegative() || red.isZero()) {
      throw new IllegalArgumentException("frontdoor.clock.red must be positive: " + red);
    }
    requirePositive("amber-working-days", amberWorkingDays);
    requirePositive("green-working-days", greenWorkingDays);
    requirePositive("assessment-working-days", assessmentWorkingDays);
    requirePositive("conference-working-days", conferenceWorkingDays);
    requirePositive("referrer-told-working-days", referrerToldWorkingDays);
  }

  private static void requirePositive(String name, int days) {
    if (days <= 0) {
      throw new IllegalArgumentException("frontdoor.clock." + name + " must be at least 1: " + days);
    }
  }
}
