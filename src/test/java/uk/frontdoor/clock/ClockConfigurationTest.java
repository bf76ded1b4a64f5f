package uk.frontdoor.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ClockConfigurationTest {

  static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner().withUserConfiguration(ClockConfiguration.class);

  static Instant london(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
  }

  @Test
  void defaults_read_the_shipped_bank_holidays_and_the_rag_timescales() {
    runner.run(context -> {
      assertThat(context).hasNotFailed();
      WorkingCalendarProperties properties = context.getBean(WorkingCalendarProperties.class);
      assertThat(properties).isEqualTo(new WorkingCalendarProperties(LONDON, LocalTime.of(9, 0),
          LocalTime.of(17, 0), WorkingCalendarProperties.DEFAULT_BANK_HOLIDAYS,
          Duration.ofHours(4), 1, 3, 45, 15, 1));
      WorkingCalendar calendar = context.getBean(WorkingCalendar.class);
      assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 28))).isFalse();
      assertThat(calendar.bankHolidays().lastYear()).isEqualTo(2028);
    });
  }

  @Test
  void decision_clock_maps_rag_to_the_deadline() {
    runner.run(context -> {
      DecisionClock clock = context.getBean(DecisionClock.class);
      Instant friday = london("2026-05-22T16:00"); // Spring bank holiday on Monday 25th
      assertThat(clock.decisionDue("red", friday)).isEqualTo(london("2026-05-26T12:00"));
      assertThat(clock.decisionDue("Amber", friday)).isEqualTo(london("2026-05-26T16:00"));
      assertThat(clock.decisionDue("GREEN", friday)).isEqualTo(london("2026-05-28T16:00"));
      assertThat(clock.assessmentDue(london("2026-01-05T10:00")))
          .isEqualTo(london("2026-03-09T10:00"));
      assertThat(clock.conferenceDue(london("2026-12-15T14:00")))
          .isEqualTo(london("2027-01-08T14:00"));
      assertThat(clock.referrerToldBy(friday)).isEqualTo(london("2026-05-26T16:00"));
      assertThatThrownBy(() -> clock.decisionDue("purple", friday))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'purple'");
      assertThatThrownBy(() -> clock.decisionDue(null, friday))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'null'");
    });
  }

  @Test
  void working_day_and_timescales_can_be_set_in_properties() {
    runner.withPropertyValues("frontdoor.clock.day-start=08:30", "frontdoor.clock.day-end=16:30",
            "frontdoor.clock.red=2h", "frontdoor.clock.green-working-days=2")
        .run(context -> {
          assertThat(context).hasNotFailed();
          DecisionClock clock = context.getBean(DecisionClock.class);
          Instant tuesday = london("2026-03-10T16:00");
          assertThat(clock.decisionDue("red", tuesday)).isEqualTo(london("2026-03-11T10:00"));
          assertThat(clock.decisionDue("green", tuesday)).isEqualTo(london("2026-03-12T16:00"));
        });
  }

  @Test
  void missing_bank_holiday_file_stops_start_up_naming_it() {
    runner.withPropertyValues("frontdoor.clock.bank-holidays=classpath:no/such/holidays.csv")
        .run(context -> assertThat(context).hasFailed().getFailure()
            .rootCause()
            .hasMessageContaining("Bank holiday file not found at 'classpath:no/such/holidays.csv'")
            .hasMessageContaining("frontdoor.clock.bank-holidays"));
  }

  @Test
  void bad_bank_holiday_file_stops_start_up_naming_the_line(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("holidays.csv"),
        "date,name\n2026-12-25,Christmas Day\n2026-02-30,Not a day\n");
    String location = file.toUri().toString();
    runner.withPropertyValues("frontdoor.clock.bank-holidays=" + location)
        .run(context -> assertThat(context).hasFailed().getFailure()
            .rootCause()
            .isInstanceOf(BankHolidaysFileException.class)
            .hasMessageStartingWith(location + " line 3: '2026-02-30' is not a date"));
  }

  @Test
  void working_day_that_ends_before_it_starts_stops_start_up() {
    runner.withPropertyValues("frontdoor.clock.day-start=17:00", "frontdoor.clock.day-end=09:00")
        .run(context -> assertThat(context).hasFailed().getFailure()
            .rootCause()
            .hasMessageContaining("frontdoor.clock.day-start (17:00) must be before"));
  }

  @Test
  void warns_a_year_before_the_bank_holidays_run_out() throws IOException {
    BankHolidays holidays = BankHolidaysFileTest.readShipped();
    assertThat(ClockConfiguration.warnIfRunningOut(holidays, LocalDate.of(2027, 12, 31), "f"))
        .isFalse();
    assertThat(ClockConfiguration.warnIfRunningOut(holidays, LocalDate.of(2028, 1, 1), "f"))
        .isTrue();
  }
}
