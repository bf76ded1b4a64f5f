package uk.frontdoor.support;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/** Runs a journey's waiting jobs by hand: the job executor is off in tests, so each test says when. */
public final class Jobs {

  private Jobs() {
  }

  /**
   * Executes the journey's jobs that are due now (the history check, the council records check),
   * until none is left; timers due later are left alone.
   */
  public static void runDue(ManagementService management, String processInstanceId) {
    for (int round = 0; round < 20; round++) {
      List<Job> due = management.createJobQuery().processInstanceId(processInstanceId).executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
    throw new IllegalStateException("The journey " + processInstanceId + " keeps making new jobs");
  }
}
