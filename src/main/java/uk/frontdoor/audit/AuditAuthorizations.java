package uk.frontdoor.audit;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import uk.frontdoor.security.Roles;

/**
 * Service leads and team managers start a dip sample from Tasklist; auditors and managers follow
 * audits in Cockpit. Audit tasks themselves are granted by their candidate groups and assignee.
 */
@Component
class AuditAuthorizations implements InitializingBean {

  static final String PROCESS_KEY = "dip-sample-audit";

  private final AuthorizationService authorizationService;

  AuditAuthorizations(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  @Override
  public void afterPropertiesSet() {
    for (String group : List.of(Roles.SERVICE_LEADS, Roles.CRS_MANAGERS)) {
      grant(group, Resources.PROCESS_DEFINITION, PROCESS_KEY, Permissions.CREATE_INSTANCE, Permissions.READ_INSTANCE,
          Permissions.READ_HISTORY, Permissions.READ_TASK);
      grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
    }
    grant(Roles.AUDITORS, Resources.PROCESS_DEFINITION, PROCESS_KEY, Permissions.READ_INSTANCE,
        Permissions.READ_HISTORY, Permissions.READ_TASK);
  }

  private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .groupIdIn(group).resourceType(resource).resourceId(resourceId).authorizationType(AUTH_TYPE_GRANT)
        .singleResult();
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(group);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    boolean changed = authorization.getId() == null;
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizationService.saveAuthorization(authorization);
    }
  }
}
