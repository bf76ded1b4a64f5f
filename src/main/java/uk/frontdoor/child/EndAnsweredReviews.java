package uk.frontdoor.child;

import java.util.Collection;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Ends the Tasklist reviews of flags answered through the API, so no practitioner is left with a
 * question someone has answered. The service ends them itself, in the answer's transaction: it is
 * not an administrator's cancellation of a journey, and the answer is the record of why.
 */
@Component
class EndAnsweredReviews {

  static final String WHY = "answered through the API";

  private final ProcessEngineConfigurationImpl engine;
  private final RuntimeService runtimeService;

  EndAnsweredReviews(ProcessEngineConfigurationImpl engine, RuntimeService runtimeService) {
    this.engine = engine;
    this.runtimeService = runtimeService;
  }

  void end(Collection<String> reviewProcessInstanceIds) {
    if (reviewProcessInstanceIds.isEmpty()) {
      return;
    }
    engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() -> {
      for (String id : reviewProcessInstanceIds) {
        if (runtimeService.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
          runtimeService.deleteProcessInstance(id, WHY, true);
        }
      }
      return null;
    }));
  }
}
