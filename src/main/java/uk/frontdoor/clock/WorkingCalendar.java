package uk.frontdoor.clock;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Working time for statutory and local timescales: Monday to Friday, not a bank holiday, between
 * the day start and day end. Immutable and thread-safe.
 *
 * <p>Time is counted on the local wall clock of {@link #zone()}, so a working day is always
 * {@link #workingDayLength()} long and 09:00 means 09:00 in both GMT and BST. (England's clocks
 * change at 01:00 and 02:00, outside any working day.)
 *
 * <p>A clock started outside working hours starts at the next working moment. A deadline that uses
 * up a day exactly falls at that day's end (Monday 17:00), not at the next day's start.
 */
public final class WorkingCalendar {

  public static final LocalTime DEFAULT_DAY_START = LocalTime.of(9, 0);
  public static final LocalTime DEFAULT_DAY_END = LocalTime.of(17, 0);

  private final BankHolidays bankHolidays;
  private final ZoneId zone;
  private final LocalTime dayStart;
  private final LocalTime dayEnd;
  private final Duration workingDayLength;

  public WorkingCalendar(BankHolidays bankHolidays, ZoneId zone) {
    this(bankHolidays, zone, DEFAULT_DAY_START, DEFAULT_DAY_END);
  }

  public WorkingCalendar(BankHolidays bankHolidays, ZoneId zone, LocalTime dayStart,
      LocalTime dayEnd) {
    this.bankHolidays = Objects.requireNonNull(bankHolidays, "bankHolidays");
    this.zone = Objects.requireNonNull(zone, "zone");
    this.dayStart = Objects.requireNonNull(dayStart, "dayStart");
    this.dayEnd = Objects.requireNonNull(dayEnd, "dayEnd");
    if (!dayStart.isBefore(dayEnd)) {
      throw new IllegalArgumentException(
          "working day start " + dayStart + " must be before working day end " + dayEnd);
    }
    this.workingDayLength = Duration.between(dayStart, dayEnd);
  }

  /** Monday to Friday and not a bank holiday. */
  public boolean isWorkingDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !bankHolidays.isHoliday(date);
  }

  /**
   * The earliest instant by which {@code workingTime} of working time has passed since
   * {@code from}. With zero working time, the next working moment at or after {@code from}.
   */
  public Instant addWorkingHours(Instant from, Duration workingTime) {
    Objects.requireNonNull(from, "from");
    if (workingTime.isNegative()) {
      throw new IllegalArgumentException("working time must not be negative: " + workingTime);
    }
    LocalDateTime at = nextWorkingMoment(toLocal(from));
    Duration remaining = workingTime;
    while (true) {
      LocalDateTime endOfDay = at.toLocalDate().atTime(dayEnd);
      Duration leftToday = Duration.between(at, endOfDay);
      if (remaining.compareTo(leftToday) <= 0) {
        return toInstant(at.plus(remaining));
      }
      remaining = remaining.minus(leftToday);
      at = nextWorkingDay(at.toLocalDate()).atTime(dayStart);
    }
  }

  /**
   * Adds {@code days} working days, each {@link #workingDayLength()} of working time: received
   * Tuesday 11:00 plus 1 is Wednesday 11:00; received Saturday plus 1 is Monday 17:00 (the end of
   * the first working day).
   */
  public Instant addWorkingDays(Instant from, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("working days must not be negative: " + days);
    }
    return addWorkingHours(from, workingDayLength.multipliedBy(days));
  }

  /** Working time between {@code a} and {@code b}; zero if {@code b} is not after {@code a}. */
  public Duration workingTimeBetween(Instant a, Instant b) {
    if (!b.isAfter(a)) {
      return Duration.ZERO;
    }
    LocalDateTime start = toLocal(a);
    LocalDateTime end = toLocal(b);
    Duration total = Duration.ZERO;
    for (LocalDate date = start.toLocalDate(); !date.isAfter(end.toLocalDate());
        date = date.plusDays(1)) {
      if (!isWorkingDay(date)) {
        continue;
      }
      LocalDateTime from = latest(start, date.atTime(dayStart));
      LocalDateTime to = earliest(end, date.atTime(dayEnd));
      if (to.isAfter(from)) {
        total = total.plus(Duration.between(from, to));
      }
    }
    return total;
  }

  /** The working time in one working day (8 hours for 09:00 to 17:00). */
  public Duration workingDayLength() {
    return workingDayLength;
  }

  public ZoneId zone() {
    return zone;
  }

  public LocalTime dayStart() {
    return dayStart;
  }

  public LocalTime dayEnd() {
    return dayEnd;
  }

  public BankHolidays bankHolidays() {
    return bankHolidays;
  }

  private LocalDateTime nextWorkingMoment(LocalDateTime at) {
    LocalDate date = at.toLocalDate();
    if (!isWorkingDay(date) || !at.toLocalTime().isBefore(dayEnd)) {
      return nextWorkingDay(date).atTime(dayStart);
    }
    return at.toLocalTime().isBefore(dayStart) ? date.atTime(dayStart) : at;
  }

  private LocalDate nextWorkingDay(LocalDate after) {
    LocalDate date = after.plusDays(1);
    while (!isWorkingDay(date)) {
      date = date.plusDays(1);
    }
    return date;
  }

  private LocalDateTime toLocal(Instant instant) {
    return LocalDateTime.ofInstant(instant, zone);
  }

  private Instant toInstant(LocalDateTime local) {
    return local.atZone(zone).toInstant();
  }

  private static LocalDateTime latest(LocalDateTime a, LocalDateTime b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDateTime earliest(LocalDateTime a, LocalDateTime b) {
    return a.isBefore(b) ? a : b;
  }
}
