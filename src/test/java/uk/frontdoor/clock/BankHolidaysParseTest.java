package uk.frontdoor.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BankHolidaysParseTest {

  private static BankHolidays parse(String text) {
    return BankHolidays.parse(new StringReader(text), "holidays.csv");
  }

  @Test
  void reads_dates_and_names_skipping_comments_and_blank_lines() {
    BankHolidays holidays = parse("""
        # from gov.uk
        date,name

        2026-12-25,Christmas Day
          # indented comment
        2026-12-28, "Boxing Day (substitute day)"
        """);

    assertThat(holidays.isHoliday(LocalDate.of(2026, 12, 25))).isTrue();
    assertThat(holidays.isHoliday(LocalDate.of(2026, 12, 26))).isFalse();
    assertThat(holidays.nameOf(LocalDate.of(2026, 12, 28))).hasValue("Boxing Day (substitute day)");
    assertThat(holidays.firstYear()).isEqualTo(2026);
    assertThat(holidays.lastYear()).isEqualTo(2026);
  }

  @Test
  void reads_a_utf8_file_saved_with_a_byte_order_mark() {
    byte[] bytes = "\uFEFFdate,name\n2027-01-01,New Year’s Day\n".getBytes(StandardCharsets.UTF_8);
    BankHolidays holidays = BankHolidays.parse(new ByteArrayInputStream(bytes), "bom.csv");
    assertThat(holidays.nameOf(LocalDate.of(2027, 1, 1))).hasValue("New Year’s Day");
  }

  @Test
  void bad_date_names_the_file_line_and_value() {
    assertThatThrownBy(() -> parse("date,name\n2026-12-25,Christmas Day\n2026-13-01,Oops\n"))
        .isInstanceOf(BankHolidaysFileException.class)
        .hasMessage("holidays.csv line 3: '2026-13-01' is not a date; write dates as YYYY-MM-DD,"
            + " e.g. 2026-12-25")
        .extracting(e -> ((BankHolidaysFileException) e).lineNumber()).isEqualTo(3);
  }

  @Test
  void day_first_date_is_a_bad_date() {
    assertThatThrownBy(() -> parse("date,name\n25/12/2026,Christmas Day\n"))
        .hasMessageContaining("holidays.csv line 2: '25/12/2026' is not a date");
  }

  @Test
  void duplicate_date_names_both_lines() {
    assertThatThrownBy(() -> parse("""
        date,name
        2026-12-25,Christmas Day
        # again
        2026-12-25,Christmas Day
        """))
        .isInstanceOf(BankHolidaysFileException.class)
        .hasMessage("holidays.csv line 4: duplicate date 2026-12-25 (already listed on line 2)");
  }

  @Test
  void missing_name_names_the_line() {
    assertThatThrownBy(() -> parse("date,name\n2026-12-25,Christmas Day\n2026-12-28,\n"))
        .hasMessageStartingWith("holidays.csv line 3: bank holiday 2026-12-28 has no name");
    assertThatThrownBy(() -> parse("date,name\n2026-12-28\n"))
        .hasMessageStartingWith("holidays.csv line 2: bank holiday 2026-12-28 has no name");
  }

  @Test
  void missing_header_names_the_line() {
    assertThatThrownBy(() -> parse("# comment\n2026-12-25,Christmas Day\n"))
        .hasMessage("holidays.csv line 2: expected the header line 'date,name' but found"
            + " '2026-12-25,Christmas Day'");
  }

  @Test
  void empty_file_and_header_only_file_are_refused() {
    assertThatThrownBy(() -> parse("# only comments\n"))
        .isInstanceOf(BankHolidaysFileException.class)
        .hasMessageStartingWith("holidays.csv: no header line");
    assertThatThrownBy(() -> parse("date,name\n"))
        .hasMessage("holidays.csv: the file lists no bank holidays");
  }

  @Test
  void is_immutable() {
    BankHolidays holidays = parse("date,name\n2026-12-25,Christmas Day\n");
    assertThatThrownBy(() -> holidays.asMap().put(LocalDate.of(2026, 1, 1), "New Year"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
