package uk.frontdoor.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.frontdoor.security.AdminOnlyCommands.Act;

/**
 * One guard in the engine itself, so every door is covered alike: Camunda's REST API, the API
 * Tasklist and Cockpit call, and any other. It looks only at commands a person issues directly
 * (not the job executor, not start-up, not the service's own engine calls inside a command):
 *
 * <ul>
 *   <li>the acts of {@link AdminOnlyCommands} (moving, migrating, cancelling a journey, writing its
 *       variables, repairing its jobs...) are an administrator's alone, each with a reason, and
 *       each is written to the intervention log in its own transaction;
 *   <li>a completion or form submission sets only its own form's fields ({@link SubmittedFields}).
 * </ul>
 */
@Component
@Order(0) // before plugins that wrap its interceptor, such as the four-eyes wording
class CommandGuard extends AbstractProcessEnginePlugin {

  private final ObjectProvider<Interventions> interventions;
  private final SubmittedFields submittedFields = new SubmittedFields();
  private ProcessEngineConfigurationImpl configuration;

  CommandGuard(ObjectProvider<Interventions> interventions) {
    this.interventions = interventions;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
    configuration.setCustomPreCommandInterceptorsTxRequired(
        withGuard(configuration.getCustomPreCommandInterceptorsTxRequired()));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(
        withGuard(configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
  }

  private List<CommandInterceptor> withGuard(List<CommandInterceptor> interceptors) {
    List<CommandInterceptor> all = new ArrayList<>();
    all.add(new Guard());
    if (interceptors != null) {
      all.addAll(interceptors);
    }
    return all;
  }

  private class Guard extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      Authentication person = configuration.getIdentityService().getCurrentAuthentication();
      if (person == null || Context.getCommandContext() != null) {
        return next.execute(command);
      }
      Optional<Act> act = AdminOnlyCommands.of(command);
      if (act.isPresent()) {
        return next.execute(intervention(command, act.get(), person));
      }
      if (SubmittedFields.isSubmission(command)) {
        return next.execute(context -> {
          submittedFields.check(context, command);
          return command.execute(context);
        });
      }
      return next.execute(command);
    }
  }

  private <T> Command<T> intervention(Command<T> command, Act act, Authentication person) {
    List<String> groups = person.getGroupIds() == null ? List.of() : person.getGroupIds();
    if (!groups.contains(Roles.ADMINS)) {
      throw new AuthorizationException("Only an administrator may " + act.words()
          + ". If it must be done, ask an administrator and tell them why.");
    }
    String reason = reason(command);
    if (reason == null) {
      throw new BadUserRequestException("Say why you " + act.words() + ": send the reason in the "
          + InterventionReason.HEADER + " header, or write it as the annotation where Cockpit asks for one.");
    }
    return context -> {
      T result = command.execute(context);
      Set<String> instances = CommandFields.ids(command, "processInstanceId", "processInstanceIds");
      Set<String> tasks = new LinkedHashSet<>(CommandFields.ids(command, "taskId", "taskIds"));
      // variables belong to a task or an execution, named by the same field
      (isTaskVariables(command) ? tasks : instances).addAll(CommandFields.ids(command, "entityId"));
      if (result instanceof ProcessInstance started) {
        instances.add(started.getId());
      }
      interventions.getObject().record(person.getUserId(), act.operation(), command.getClass().getSimpleName(),
          instances, tasks, CommandFields.ids(command, "jobId", "jobIds"), CommandFields.ids(command, "incidentId"),
          reason);
      return result;
    };
  }

  private static String reason(Object command) {
    String given = CommandFields.text(command, "annotation", "deleteReason");
    return given != null ? given : InterventionReason.current();
  }

  private static boolean isTaskVariables(Object command) {
    return command instanceof SetTaskVariablesCmd || command instanceof RemoveTaskVariablesCmd
        || command instanceof PatchTaskVariablesCmd;
  }
}
