package uk.frontdoor.oversight;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.frontdoor.journey.ChildJourneyProcess;
import uk.frontdoor.security.CommandFields;

/**
 * Turns Camunda's refusal of a task ("The user with id ... does not have one of the following
 * permissions: 'TASK_WORK' permission on resource '5ba5...'") into the plain sentence Tasklist
 * then shows the person: for four eyes, which of their decisions bars them; otherwise that the task
 * is another team's. It only rewords a refusal the engine already made, on every door alike, and
 * reads nothing unless there was one.
 *
 * <p>Its plugin runs last, after {@code CommandGuard}, so its interceptor is the outermost and sees
 * the command as the caller sent it.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class FourEyesRefusals extends AbstractProcessEnginePlugin {

  static final String ANOTHER_TEAM = "This task is not one your team works on, so you cannot take or complete it. "
      + "Choose a task from your own team's list.";

  private final DecisionsSignedOff decisions;
  private ProcessEngineConfigurationImpl configuration;

  FourEyesRefusals(@Lazy DecisionsSignedOff decisions) {
    this.decisions = decisions;
  }

  /** The four-eyes refusal in words, naming the decisions the person made on the contact. */
  static String youMade(List<String> decisionsMade) {
    if (decisionsMade.isEmpty()) {
      return "You made a decision on this contact, so another team manager must sign it off.";
    }
    List<String> named = new ArrayList<>(decisionsMade);
    String last = named.remove(named.size() - 1);
    String which = named.isEmpty() ? last : String.join(", ", named) + " and " + last;
    return "You made the " + which + (decisionsMade.size() == 1 ? " decision" : " decisions")
        + " on this contact, so another team manager must sign " + (decisionsMade.size() == 1 ? "it" : "them")
        + " off. Leave this task for a colleague.";
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
    List<CommandInterceptor> interceptors = new ArrayList<>();
    interceptors.add(new Reword());
    if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
    }
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  private class Reword extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      Authentication person = configuration.getIdentityService().getCurrentAuthentication();
      if (person == null || Context.getCommandContext() != null) {
        return next.execute(command);
      }
      try {
        return next.execute(command);
      } catch (AuthorizationException refused) {
        for (String taskId : CommandFields.ids(command, "taskId")) {
          if (refusedOnTask(refused, taskId)) {
            throw new AuthorizationException(plainly(taskId, person.getUserId()));
          }
        }
        throw refused;
      }
    }
  }

  private static boolean refusedOnTask(AuthorizationException refused, String taskId) {
    return refused.getMissingAuthorizations().stream().anyMatch(missing -> taskId.equals(missing.getResourceId()));
  }

  private String plainly(String taskId, String userId) {
    Optional<UUID> barredFromContact = configuration.getCommandExecutorTxRequired().execute(context ->
        context.runWithoutAuthorization(() -> {
          TaskEntity task = context.getTaskManager().findTaskById(taskId);
          boolean fourEyes = task != null && configuration.getAuthorizationService().createAuthorizationQuery()
              .userIdIn(userId).resourceType(Resources.TASK).resourceId(taskId)
              .authorizationType(Authorization.AUTH_TYPE_REVOKE).count() > 0;
          return fourEyes ? Optional.of(ChildJourneyProcess.contactId(task)) : Optional.<UUID>empty();
        }));
    return barredFromContact.map(contactId -> youMade(decisions.decisionsBy(contactId, userId))).orElse(ANOTHER_TEAM);
  }
}
