package uk.frontdoor.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Checks the shipped file against the calendar rules, so a typo cannot move a deadline. */
class BankHolidaysFileTest {

  static final String RESOURCE = "/processes/calendar/bank-holidays-england-and-wales.csv";

  static BankHolidays shipped;

  @BeforeAll
  static void readShippedFile() throws IOException {
    shipped = readShipped();
  }

  static BankHolidays readShipped() throws IOException {
    try (InputStream in = BankHolidaysFileTest.class.getResourceAsStream(RESOURCE)) {
      assertThat(in).as("%s on the classpath", RESOURCE).isNotNull();
      return BankHolidays.parse(in, RESOURCE);
    }
  }

  @Test
  void covers_2025_to_2028() {
    assertThat(shipped.firstYear()).isEqualTo(2025);
    assertThat(shipped.lastYear()).isEqualTo(2028);
    assertThat(shipped.covers(LocalDate.of(2027, 6, 1))).isTrue();
    assertThat(shipped.covers(LocalDate.of(2029, 1, 1))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {2025, 2026, 2027, 2028})
  void good_friday_and_easter_monday_match_computed_easter(int year) {
    LocalDate easterSunday = easterSunday(year);
    assertThat(shipped.nameOf(easterSunday.minusDays(2))).hasValue("Good Friday");
    assertThat(shipped.nameOf(easterSunday.plusDays(1))).hasValue("Easter Monday");
  }

  @ParameterizedTest
  @ValueSource(ints = {2025, 2026, 2027, 2028})
  void eight_bank_holidays_a_year(int year) {
    assertThat(shipped.asMap().keySet()).filteredOn(d -> d.getYear() == year).hasSize(8);
  }

  @Test
  void no_bank_holiday_falls_at_a_weekend_because_substitute_days_are_listed() {
    assertThat(shipped.asMap().keySet())
        .allSatisfy(date -> assertThat(date.getDayOfWeek())
            .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
  }

  @Test
  void fixed_date_holidays_that_fall_at_a_weekend_move_to_the_next_free_weekday() {
    IntStream.rangeClosed(2025, 2028).forEach(year -> {
      LocalDate christmas = LocalDate.of(year, Month.DECEMBER, 25);
      List<LocalDate> expected = substitutes(christmas, christmas.plusDays(1));
      assertThat(shipped.asMap().keySet()).as("Christmas %d", year).containsAll(expected);
      LocalDate newYear = LocalDate.of(year, Month.JANUARY, 1);
      assertThat(shipped.isHoliday(substitutes(newYear).get(0))).as("New Year %d", year).isTrue();
    });
  }

  @Test
  void lists_exactly_the_gov_uk_dates() {
    assertThat(shipped.asMap().keySet()).containsExactly(
        d("2025-01-01"), d("2025-04-18"), d("2025-04-21"), d("2025-05-05"), d("2025-05-26"),
        d("2025-08-25"), d("2025-12-25"), d("2025-12-26"),
        d("2026-01-01"), d("2026-04-03"), d("2026-04-06"), d("2026-05-04"), d("2026-05-25"),
        d("2026-08-31"), d("2026-12-25"), d("2026-12-28"),
        d("2027-01-01"), d("2027-03-26"), d("2027-03-29"), d("2027-05-03"), d("2027-05-31"),
        d("2027-08-30"), d("2027-12-27"), d("2027-12-28"),
        d("2028-01-03"), d("2028-04-14"), d("2028-04-17"), d("2028-05-01"), d("2028-05-29"),
        d("2028-08-28"), d("2028-12-25"), d("2028-12-26"));
  }

  @Test
  void easter_algorithm_agrees_with_known_dates() {
    assertThat(easterSunday(2024)).isEqualTo(d("2024-03-31"));
    assertThat(easterSunday(2025)).isEqualTo(d("2025-04-20"));
    assertThat(easterSunday(2026)).isEqualTo(d("2026-04-05"));
    assertThat(easterSunday(2038)).isEqualTo(d("2038-04-25"));
  }

  /** Gregorian Easter Sunday (anonymous algorithm: Meeus, Jones, Butcher). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }

  /** Where consecutive fixed holidays are observed: each takes the next weekday not yet taken. */
  private static List<LocalDate> substitutes(LocalDate... fixed) {
    List<LocalDate> observed = new java.util.ArrayList<>();
    for (LocalDate date : fixed) {
      LocalDate day = date;
      while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
          || observed.contains(day)) {
        day = day.plusDays(1);
      }
      observed.add(day);
    }
    return observed;
  }

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }
}
