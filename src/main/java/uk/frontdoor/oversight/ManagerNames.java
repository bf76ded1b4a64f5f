package uk.frontdoor.oversight;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * A manager's full name as Camunda's users know it, for the record: "Sam Patel", not only
 * "manager". Read on the service's behalf, since a manager need not be allowed to read users.
 */
@Component
class ManagerNames {

  private final IdentityService identityService;
  private final ProcessEngine engine;

  ManagerNames(IdentityService identityService, ProcessEngine engine) {
    this.identityService = identityService;
    this.engine = engine;
  }

  /** The full name, or the user id when the user has no name; null for null. */
  String fullName(String userId) {
    if (userId == null) {
      return null;
    }
    CommandContext context = Context.getCommandContext();
    if (context != null) {
      return context.runWithoutAuthorization(() -> lookUp(userId));
    }
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(command -> command.runWithoutAuthorization(() -> lookUp(userId)));
  }

  private String lookUp(String userId) {
    User user = identityService.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      return userId;
    }
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return name.isEmpty() ? userId : name;
  }
}
