package uk.frontdoor.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/**
 * A group's grants, seeded idempotently at start-up so that every restart leaves one grant per
 * group and resource, whichever feature asked for it.
 */
@Component
public class GroupGrants {

  private final AuthorizationService authorizationService;

  GroupGrants(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  /**
   * Takes the permissions out of the group's grant on the resource, if it has them: a grant an
   * earlier version of the service gave is withdrawn from an existing database at start-up.
   */
  public void withdraw(String group, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .groupIdIn(group).resourceType(resource).resourceId(resourceId).authorizationType(AUTH_TYPE_GRANT)
        .singleResult();
    if (authorization == null) {
      return;
    }
    boolean changed = false;
    for (Permission permission : permissions) {
      if (authorization.isPermissionGranted(permission)) {
        authorization.removePermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizationService.saveAuthorization(authorization);
    }
  }

  /** Adds the permissions to the group's grant on the resource, creating the grant if needed. */
  public void grant(String group, Resource resource, String resourceId, Permission... permissions) {
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
