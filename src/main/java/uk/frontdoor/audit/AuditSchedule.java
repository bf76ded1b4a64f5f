package uk.frontdoor.audit;

import org.springframework.stereotype.Component;

/** The timer start's cycle, read by the model as {@code ${auditSchedule.cycle()}} when it is deployed. */
@Component("auditSchedule")
public class AuditSchedule {

  private final AuditSettings settings;

  AuditSchedule(AuditSettings settings) {
    this.settings = settings;
  }

  /** A Quartz-style cron, e.g. {@code 0 0 7 1 * ?}: 07:00 on the 1st of every month. */
  public String cycle() {
    return settings.cycle();
  }
}
