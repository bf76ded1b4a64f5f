package uk.frontdoor.audit;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.frontdoor.clock.WorkingCalendar;

/** The monthly timer's request: the previous calendar month, with the settings' per-manager count and stratification. */
@Component("prepareMonthlySample")
class PrepareMonthlySample implements JavaDelegate {

  private final AuditSettings settings;
  private final WorkingCalendar calendar;
  private final Clock clock;

  PrepareMonthlySample(AuditSettings settings, WorkingCalendar calendar, Clock clock) {
    this.settings = settings;
    this.calendar = calendar;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate lastMonth = LocalDate.now(clock.withZone(calendar.zone())).withDayOfMonth(1).minusMonths(1);
    execution.setVariable(AuditVocabulary.THEME, DrawSample.MONTHLY_THEME);
    execution.setVariable(AuditVocabulary.PERIOD_FROM, lastMonth.toString());
    execution.setVariable(AuditVocabulary.PERIOD_TO, lastMonth.plusMonths(1).minusDays(1).toString());
    execution.setVariable(AuditVocabulary.PER_MANAGER, settings.perManager());
    execution.setVariable(AuditVocabulary.STRATIFY, settings.stratify());
  }
}
