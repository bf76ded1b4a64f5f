package uk.frontdoor.clock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as people in England read them: "26 November 2026, 09:15", in UK time. */
public final class UkDates {

  static final ZoneId UK = ZoneId.of("Europe/London");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm", Locale.UK);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

  public String time(OffsetDateTime time) {
    return time == null ? "" : TIME.format(time.atZoneSameInstant(UK));
  }

  public String time(Instant time) {
    return time == null ? "" : TIME.format(time.atZone(UK));
  }

  public String date(LocalDate date) {
    return date == null ? "not known" : DATE.format(date);
  }
}
