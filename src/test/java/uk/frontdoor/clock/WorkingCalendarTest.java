package uk.frontdoor.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Local times below are Europe/London wall-clock times; dates are checked weekdays. */
class WorkingCalendarTest {

  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final Duration FOUR_HOURS = Duration.ofHours(4);

  static WorkingCalendar calendar;

  @BeforeAll
  static void calendar() throws IOException {
    calendar = new WorkingCalendar(BankHolidaysFileTest.readShipped(), LONDON);
  }

  static Instant london(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
  }

  @Nested
  class WorkingHours {

    @Test
    void red_within_a_day() {
      // Tuesday
      assertThat(calendar.addWorkingHours(london("2026-03-10T10:00"), FOUR_HOURS))
          .isEqualTo(london("2026-03-10T14:00"));
    }

    @Test
    void red_received_friday_afternoon_runs_over_the_weekend() {
      assertThat(calendar.addWorkingHours(london("2026-03-13T16:00"), FOUR_HOURS))
          .isEqualTo(london("2026-03-16T12:00"));
    }

    @Test
    void red_received_friday_afternoon_before_a_bank_holiday_monday_is_due_tuesday() {
      // Monday 25 May 2026 is the Spring bank holiday
      assertThat(calendar.addWorkingHours(london("2026-05-22T16:00"), FOUR_HOURS))
          .isEqualTo(london("2026-05-26T12:00"));
    }

    @Test
    void red_received_in_the_evening_starts_next_working_morning() {
      assertThat(calendar.addWorkingHours(london("2026-03-10T19:30"), FOUR_HOURS))
          .isEqualTo(london("2026-03-11T13:00"));
    }

    @Test
    void red_received_before_opening_starts_at_opening() {
      assertThat(calendar.addWorkingHours(london("2026-03-10T07:00"), FOUR_HOURS))
          .isEqualTo(london("2026-03-10T13:00"));
    }

    @Test
    void red_received_at_the_weekend_starts_monday_morning() {
      assertThat(calendar.addWorkingHours(london("2026-03-14T10:00"), FOUR_HOURS))
          .isEqualTo(london("2026-03-16T13:00"));
    }

    @Test
    void received_at_close_of_day_starts_next_working_morning() {
      assertThat(calendar.addWorkingHours(london("2026-03-10T17:00"), Duration.ofHours(1)))
          .isEqualTo(london("2026-03-11T10:00"));
    }

    @Test
    void zero_working_time_is_the_next_working_moment() {
      assertThat(calendar.addWorkingHours(london("2026-03-10T11:15"), Duration.ZERO))
          .isEqualTo(london("2026-03-10T11:15"));
      assertThat(calendar.addWorkingHours(london("2026-03-14T10:00"), Duration.ZERO))
          .isEqualTo(london("2026-03-16T09:00"));
    }

    @Test
    void deadline_that_uses_up_a_day_exactly_is_that_days_close() {
      assertThat(calendar.addWorkingHours(london("2026-03-10T09:00"), Duration.ofHours(8)))
          .isEqualTo(london("2026-03-10T17:00"));
    }

    @Test
    void keeps_seconds_and_nanos() {
      assertThat(calendar.addWorkingHours(london("2026-03-10T16:59:30.5"), Duration.ofSeconds(60)))
          .isEqualTo(london("2026-03-11T09:00:30.5"));
    }
  }

  @Nested
  class WorkingDays {

    @Test
    void amber_received_tuesday_morning_is_due_wednesday_same_time() {
      assertThat(calendar.addWorkingDays(london("2026-03-10T11:00"), 1))
          .isEqualTo(london("2026-03-11T11:00"));
    }

    @Test
    void green_received_thursday_is_due_the_following_tuesday() {
      assertThat(calendar.addWorkingDays(london("2026-03-12T11:00"), 3))
          .isEqualTo(london("2026-03-17T11:00"));
    }

    @Test
    void amber_received_at_the_weekend_is_due_at_close_of_monday() {
      assertThat(calendar.addWorkingDays(london("2026-03-14T10:00"), 1))
          .isEqualTo(london("2026-03-16T17:00"));
    }

    @Test
    void amber_received_in_the_evening_is_due_at_close_of_the_next_day() {
      assertThat(calendar.addWorkingDays(london("2026-03-10T18:00"), 1))
          .isEqualTo(london("2026-03-11T17:00"));
    }

    @Test
    void over_easter_skips_good_friday_and_easter_monday() {
      // Thursday 2 April 2026; Good Friday 3 April, Easter Monday 6 April
      assertThat(calendar.addWorkingDays(london("2026-04-02T11:00"), 1))
          .isEqualTo(london("2026-04-07T11:00"));
      assertThat(calendar.addWorkingHours(london("2026-04-02T15:00"), FOUR_HOURS))
          .isEqualTo(london("2026-04-07T11:00"));
    }

    @Test
    void over_christmas_2026_skips_christmas_day_and_the_boxing_day_substitute() {
      // Christmas Friday 25th, Boxing Day Saturday 26th moves to Monday 28th
      assertThat(calendar.addWorkingDays(london("2026-12-24T14:00"), 1))
          .isEqualTo(london("2026-12-29T14:00"));
    }

    @Test
    void over_christmas_2027_skips_both_substitute_days() {
      // Christmas and Boxing Day at the weekend move to Monday 27th and Tuesday 28th
      assertThat(calendar.addWorkingDays(london("2027-12-24T10:00"), 1))
          .isEqualTo(london("2027-12-29T10:00"));
    }

    @Test
    void over_new_year_2028_skips_the_new_years_day_substitute() {
      assertThat(calendar.addWorkingDays(london("2027-12-31T12:00"), 1))
          .isEqualTo(london("2028-01-04T12:00"));
    }

    @Test
    void assessment_45_working_days_without_bank_holidays_is_nine_weeks() {
      assertThat(calendar.addWorkingDays(london("2026-01-05T10:00"), 45))
          .isEqualTo(london("2026-03-09T10:00"));
    }

    @Test
    void assessment_45_working_days_over_easter_and_may_bank_holidays() {
      // nine weeks to Wed 20 May, plus Good Friday, Easter Monday and Early May; 25 May is a holiday
      assertThat(calendar.addWorkingDays(london("2026-03-18T10:00"), 45))
          .isEqualTo(london("2026-05-26T10:00"));
    }

    @Test
    void conference_15_working_days_over_christmas() {
      // three weeks to 5 Jan 2027, plus 25 and 28 Dec 2026 and 1 Jan 2027
      assertThat(calendar.addWorkingDays(london("2026-12-15T14:00"), 15))
          .isEqualTo(london("2027-01-08T14:00"));
    }

    @Test
    void adding_years_of_working_days_is_exact() {
      Instant due = calendar.addWorkingDays(london("2025-01-02T09:00"), 1_000);
      assertThat(calendar.workingTimeBetween(london("2025-01-02T09:00"), due))
          .isEqualTo(Duration.ofHours(8_000));
    }
  }

  @Nested
  class ClockChange {

    @Test
    void red_over_the_march_clock_change_is_due_at_local_time() {
      // clocks go forward on Sunday 29 March 2026: Friday is GMT, Monday is BST
      Instant due = calendar.addWorkingHours(london("2026-03-27T15:00"), FOUR_HOURS);
      assertThat(due).isEqualTo(Instant.parse("2026-03-30T10:00:00Z"));
      assertThat(due).isEqualTo(london("2026-03-30T11:00"));
    }

    @Test
    void red_over_the_october_clock_change_is_due_at_local_time() {
      // clocks go back on Sunday 25 October 2026: Friday is BST, Monday is GMT
      Instant due = calendar.addWorkingHours(london("2026-10-23T15:00"), FOUR_HOURS);
      assertThat(due).isEqualTo(Instant.parse("2026-10-26T11:00:00Z"));
    }

    @Test
    void a_working_day_is_eight_hours_on_both_sides_of_the_change() {
      assertThat(calendar.addWorkingDays(london("2026-03-27T11:00"), 1))
          .isEqualTo(london("2026-03-30T11:00"));
      assertThat(calendar.addWorkingDays(london("2026-10-23T11:00"), 1))
          .isEqualTo(london("2026-10-26T11:00"));
      assertThat(calendar.workingTimeBetween(london("2026-03-27T09:00"), london("2026-03-30T17:00")))
          .isEqualTo(Duration.ofHours(16));
      assertThat(calendar.workingTimeBetween(london("2026-10-23T09:00"), london("2026-10-26T17:00")))
          .isEqualTo(Duration.ofHours(16));
    }
  }

  @Nested
  class WorkingTimeBetween {

    @Test
    void within_a_day() {
      assertThat(calendar.workingTimeBetween(london("2026-03-10T10:00"), london("2026-03-10T12:30")))
          .isEqualTo(Duration.ofMinutes(150));
    }

    @Test
    void over_a_weekend_counts_only_friday_and_monday_hours() {
      assertThat(calendar.workingTimeBetween(london("2026-03-13T16:00"), london("2026-03-16T10:00")))
          .isEqualTo(Duration.ofHours(2));
    }

    @Test
    void over_easter_counts_nothing_for_the_bank_holidays() {
      assertThat(calendar.workingTimeBetween(london("2026-04-02T16:00"), london("2026-04-07T10:00")))
          .isEqualTo(Duration.ofHours(2));
    }

    @Test
    void a_week_is_forty_hours_and_thirty_two_with_a_bank_holiday() {
      assertThat(calendar.workingTimeBetween(london("2026-03-09T09:00"), london("2026-03-16T09:00")))
          .isEqualTo(Duration.ofHours(40));
      assertThat(calendar.workingTimeBetween(london("2026-05-22T17:00"), london("2026-05-29T17:00")))
          .isEqualTo(Duration.ofHours(32));
    }

    @Test
    void outside_working_hours_only_is_zero() {
      assertThat(calendar.workingTimeBetween(london("2026-03-13T17:30"), london("2026-03-16T08:59")))
          .isZero();
    }

    @Test
    void end_before_start_is_zero() {
      assertThat(calendar.workingTimeBetween(london("2026-03-10T12:00"), london("2026-03-10T10:00")))
          .isZero();
    }
  }

  @Nested
  class WorkingDay {

    @Test
    void weekdays_that_are_not_bank_holidays() {
      assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 10))).isTrue();
      assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 14))).as("Saturday").isFalse();
      assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 15))).as("Sunday").isFalse();
      assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 28))).as("substitute").isFalse();
    }

    @Test
    void other_working_hours_can_be_configured() {
      WorkingCalendar early = new WorkingCalendar(calendar.bankHolidays(), LONDON,
          LocalTime.of(8, 30), LocalTime.of(16, 30));
      assertThat(early.addWorkingHours(london("2026-03-13T15:30"), FOUR_HOURS))
          .isEqualTo(london("2026-03-16T11:30"));
      assertThat(early.workingDayLength()).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void refuses_a_day_that_ends_before_it_starts_and_negative_time() {
      assertThatThrownBy(() -> new WorkingCalendar(calendar.bankHolidays(), LONDON,
          LocalTime.of(17, 0), LocalTime.of(9, 0)))
          .hasMessageContaining("17:00").hasMessageContaining("09:00");
      assertThatThrownBy(() -> calendar.addWorkingDays(Instant.now(), -1))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> calendar.addWorkingHours(Instant.now(), Duration.ofHours(-1)))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
