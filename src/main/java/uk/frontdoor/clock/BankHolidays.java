package uk.frontdoor.clock;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The bank holidays the working-day clock skips, read from the service lead's CSV file
 * ({@code date,name}, ISO dates, {@code #} comments). Immutable.
 */
public final class BankHolidays {

  static final String HEADER = "date,name";

  private final NavigableMap<LocalDate, String> namesByDate;

  private BankHolidays(NavigableMap<LocalDate, String> namesByDate) {
    this.namesByDate = Collections.unmodifiableNavigableMap(new TreeMap<>(namesByDate));
  }

  /** Holidays given in code, for tests and for callers that do not read a file. */
  public static BankHolidays of(Map<LocalDate, String> namesByDate) {
    namesByDate.forEach((date, name) -> {
      Objects.requireNonNull(date, "date");
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("bank holiday " + date + " has no name");
      }
    });
    return new BankHolidays(new TreeMap<>(namesByDate));
  }

  /** Reads UTF-8 CSV; {@code sourceName} (file name or resource location) appears in every error. */
  public static BankHolidays parse(InputStream in, String sourceName) {
    return parse(new InputStreamReader(in, StandardCharsets.UTF_8), sourceName);
  }

  /**
   * Reads {@code date,name} lines. Blank lines and lines starting with {@code #} are ignored; the
   * first other line must be the header {@code date,name}.
   *
   * @throws BankHolidaysFileException naming the source and line of a missing header, a bad date,
   *     a duplicate date, a missing name, or a file with no dates at all
   */
  public static BankHolidays parse(Reader reader, String sourceName) {
    Objects.requireNonNull(sourceName, "sourceName");
    TreeMap<LocalDate, String> namesByDate = new TreeMap<>();
    Map<LocalDate, Integer> lineOfDate = new HashMap<>();
    boolean headerSeen = false;
    int lineNumber = 0;
    try (BufferedReader lines = new BufferedReader(reader)) {
      for (String raw = lines.readLine(); raw != null; raw = lines.readLine()) {
        lineNumber++;
        String line = (lineNumber == 1 ? stripByteOrderMark(raw) : raw).trim();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        if (!headerSeen) {
          if (!line.replace(" ", "").equalsIgnoreCase(HEADER)) {
            throw new BankHolidaysFileException(sourceName, lineNumber,
                "expected the header line '" + HEADER + "' but found '" + line + "'");
          }
          headerSeen = true;
          continue;
        }
        int comma = line.indexOf(',');
        String dateText = unquote(comma < 0 ? line : line.substring(0, comma));
        String name = comma < 0 ? "" : unquote(line.substring(comma + 1));
        LocalDate date;
        try {
          date = LocalDate.parse(dateText);
        } catch (DateTimeParseException e) {
          throw new BankHolidaysFileException(sourceName, lineNumber,
              "'" + dateText + "' is not a date; write dates as YYYY-MM-DD, e.g. 2026-12-25");
        }
        if (name.isEmpty()) {
          throw new BankHolidaysFileException(sourceName, lineNumber,
              "bank holiday " + date + " has no name; write it as " + date + ",<name>");
        }
        Integer earlier = lineOfDate.putIfAbsent(date, lineNumber);
        if (earlier != null) {
          throw new BankHolidaysFileException(sourceName, lineNumber,
              "duplicate date " + date + " (already listed on line " + earlier + ")");
        }
        namesByDate.put(date, name);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read bank holidays from " + sourceName, e);
    }
    if (!headerSeen) {
      throw new BankHolidaysFileException(sourceName, 0,
          "no header line '" + HEADER + "' and no dates; the file is empty");
    }
    if (namesByDate.isEmpty()) {
      throw new BankHolidaysFileException(sourceName, 0, "the file lists no bank holidays");
    }
    return new BankHolidays(namesByDate);
  }

  public boolean isHoliday(LocalDate date) {
    return namesByDate.containsKey(date);
  }

  public Optional<String> nameOf(LocalDate date) {
    return Optional.ofNullable(namesByDate.get(date));
  }

  /** The earliest year with a listed holiday; 0 if none are listed. */
  public int firstYear() {
    return namesByDate.isEmpty() ? 0 : namesByDate.firstKey().getYear();
  }

  /** The latest year with a listed holiday; 0 if none are listed. Dates after it are unknown. */
  public int lastYear() {
    return namesByDate.isEmpty() ? 0 : namesByDate.lastKey().getYear();
  }

  /** Whether the file speaks for this date's year; outside it every weekday counts as working. */
  public boolean covers(LocalDate date) {
    return !namesByDate.isEmpty() && date.getYear() >= firstYear() && date.getYear() <= lastYear();
  }

  /** All listed holidays in date order, read-only. */
  public NavigableMap<LocalDate, String> asMap() {
    return namesByDate;
  }

  @Override
  public String toString() {
    return "BankHolidays[" + namesByDate.size() + " dates, " + firstYear() + "-" + lastYear() + "]";
  }

  private static String stripByteOrderMark(String line) {
    return line.startsWith("\uFEFF") ? line.substring(1) : line;
  }

  /** Spreadsheet programs may save a field as {@code "Boxing Day"}. */
  private static String unquote(String field) {
    String trimmed = field.trim();
    if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
      return trimmed.substring(1, trimmed.length() - 1).replace("\"\"", "\"").trim();
    }
    return trimmed;
  }
}
