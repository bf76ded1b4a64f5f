package uk.frontdoor.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The due dates the models set with {@code ${taskDue...}}, counted in working time from now. */
class TaskDueTest {

  static final ZoneId LONDON = ZoneId.of("Europe/London");
  // Good Friday 2026 is 3 April and Easter Monday 6 April
  static final WorkingCalendar CALENDAR = new WorkingCalendar(BankHolidays.of(Map.of(
      LocalDate.of(2026, 4, 3), "Good Friday", LocalDate.of(2026, 4, 6), "Easter Monday")), LONDON);

  @Test
  void fourWorkingHoursFromThursdayAfternoonBeforeEasterEndOnTuesdayMorning() {
    // Thursday 2 April 2026, 15:00 in London (BST): two hours that day, two on Tuesday from 09:00
    TaskDue due = new TaskDue(CALENDAR, Clock.fixed(Instant.parse("2026-04-02T14:00:00Z"), LONDON));

    assertThat(due.workingHours(4)).isEqualTo(Date.from(Instant.parse("2026-04-07T10:00:00Z")));
  }

  @Test
  void tenWorkingDaysSkipTheWeekendsAndTheBankHolidays() {
    // Monday 30 March 2026, 10:00 GMT+1: 31 Mar, 1, 2, 7, 8, 9, 10, 13, 14, 15 April are the ten days
    TaskDue due = new TaskDue(CALENDAR, Clock.fixed(Instant.parse("2026-03-30T09:00:00Z"), LONDON));

    assertThat(due.workingDays(10)).isEqualTo(Date.from(Instant.parse("2026-04-15T09:00:00Z")));
  }
}
