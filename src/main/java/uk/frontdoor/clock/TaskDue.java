package uk.frontdoor.clock;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Due dates a model sets in working time from the moment a task is created, so the number stays
 * in the service lead's hands: {@code ${taskDue.workingDays(10)}}, {@code ${taskDue.workingHours(4)}}.
 */
@Component("taskDue")
public class TaskDue {

  private final WorkingCalendar calendar;
  private final Clock clock;

  TaskDue(WorkingCalendar calendar, Clock clock) {
    this.calendar = calendar;
    this.clock = clock;
  }

  public Date workingDays(int days) {
    return Date.from(calendar.addWorkingDays(clock.instant(), days));
  }

  public Date workingHours(int hours) {
    return Date.from(calendar.addWorkingHours(clock.instant(), Duration.ofHours(hours)));
  }
}
