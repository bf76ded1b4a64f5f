package uk.frontdoor.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** addWorkingHours and workingTimeBetween undo each other, over random instants (fixed seed). */
class WorkingTimeRoundTripTest {

  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final Instant FIRST = Instant.parse("2025-01-01T00:00:00Z");
  static final long SPAN_SECONDS = Duration.ofDays(4 * 365 - 120).toSeconds();
  static final int RUNS = 500;

  static WorkingCalendar calendar;

  @BeforeAll
  static void calendar() throws IOException {
    calendar = new WorkingCalendar(BankHolidaysFileTest.readShipped(), LONDON);
  }

  private static Instant randomInstant(Random random) {
    return FIRST.plusSeconds((long) (random.nextDouble() * SPAN_SECONDS));
  }

  @Test
  void working_time_to_the_deadline_is_the_working_time_added() {
    Random random = new Random(20260401L);
    for (int run = 0; run < RUNS; run++) {
      Instant from = randomInstant(random);
      Duration workingTime = Duration.ofSeconds(random.nextInt(60 * 8 * 3600));
      Instant due = calendar.addWorkingHours(from, workingTime);
      assertThat(calendar.workingTimeBetween(from, due))
          .as("from %s plus %s is %s", from, workingTime, due)
          .isEqualTo(workingTime);
      assertThat(due).isAfterOrEqualTo(from);
    }
  }

  @Test
  void adding_the_working_time_between_two_instants_reaches_the_second_if_it_is_in_working_hours() {
    Random random = new Random(20261025L);
    int reachedExactly = 0;
    for (int run = 0; run < RUNS; run++) {
      Instant a = randomInstant(random);
      Instant b = randomInstant(random);
      Duration between = calendar.workingTimeBetween(a, b);
      if (!b.isAfter(a)) {
        assertThat(between).isZero();
        continue;
      }
      Instant reached = calendar.addWorkingHours(a, between);
      if (between.isZero()) {
        // no working time passed, so b is at or before the moment the clock starts
        assertThat(reached).as("from %s to %s", a, b).isAfterOrEqualTo(b);
        continue;
      }
      assertThat(reached).as("from %s to %s", a, b).isBeforeOrEqualTo(b);
      if (insideWorkingHours(b)) {
        assertThat(reached).as("from %s to %s", a, b).isEqualTo(b);
        reachedExactly++;
      }
    }
    assertThat(reachedExactly).as("enough samples land in working hours").isGreaterThan(RUNS / 20);
  }

  @Test
  void working_time_adds_up_over_consecutive_intervals() {
    Random random = new Random(20271227L);
    for (int run = 0; run < RUNS; run++) {
      Instant[] points = {randomInstant(random), randomInstant(random), randomInstant(random)};
      java.util.Arrays.sort(points);
      assertThat(calendar.workingTimeBetween(points[0], points[1])
          .plus(calendar.workingTimeBetween(points[1], points[2])))
          .isEqualTo(calendar.workingTimeBetween(points[0], points[2]));
    }
  }

  private static boolean insideWorkingHours(Instant instant) {
    LocalDateTime local = LocalDateTime.ofInstant(instant, LONDON);
    LocalTime time = local.toLocalTime();
    return calendar.isWorkingDay(local.toLocalDate())
        && time.isAfter(calendar.dayStart()) && !time.isAfter(calendar.dayEnd());
  }
}
