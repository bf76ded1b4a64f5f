package uk.frontdoor.oversight;

import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;
import uk.frontdoor.journey.ChildJourneyProcess;

/**
 * Four eyes at claim: when an oversight task is created, everyone who made a screening, consent
 * or threshold decision on the contact gets a REVOKE of UPDATE, TASK_WORK and TASK_ASSIGN on that
 * one task. Camunda then refuses their claim or completion with 403 and its own message, while
 * they can still read the task. (A listener on assignment could only fail with a 500.) Camunda
 * deletes a task's authorizations with the task. Revokes are checked with
 * {@code authorization-check-revokes: auto} (the default): as soon as any revoke exists.
 */
@Component("fourEyes")
class FourEyes implements TaskListener {

  private final DecisionsSignedOff decisions;
  private final AuthorizationService authorizations;

  FourEyes(DecisionsSignedOff decisions, AuthorizationService authorizations) {
    this.decisions = decisions;
    this.authorizations = authorizations;
  }

  @Override
  public void notify(DelegateTask task) {
    UUID contactId = ChildJourneyProcess.contactId(task);
    for (String decider : decisions.practitionersWhoDecided(contactId)) {
      Authorization revoke = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
      revoke.setUserId(decider);
      revoke.setResource(Resources.TASK);
      revoke.setResourceId(task.getId());
      revoke.removePermission(TaskPermissions.UPDATE);
      revoke.removePermission(TaskPermissions.TASK_WORK);
      revoke.removePermission(TaskPermissions.TASK_ASSIGN);
      // the service adds it, not the practitioner whose completion created the task
      Context.getCommandContext().runWithoutAuthorization(() -> authorizations.saveAuthorization(revoke));
    }
  }
}
