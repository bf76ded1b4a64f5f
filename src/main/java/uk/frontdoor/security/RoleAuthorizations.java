package uk.frontdoor.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * The groups of the front door, what each may do, and the Tasklist filters they share. Seeded
 * in every profile and idempotently, so a council's IT team only has to put people in groups
 * (Camunda Admin), never hand-craft authorizations.
 */
@Component
class RoleAuthorizations implements InitializingBean {

  static final String TASKLIST = "tasklist";
  static final String COCKPIT = "cockpit";

  /** Group id → name, in the words a council uses. */
  static final Map<String, String> GROUPS = Map.ofEntries(
      Map.entry(Roles.CRS_PRACTITIONERS, "Children's Referral Service practitioners"),
      Map.entry(Roles.CRS_MANAGERS, "Children's Referral Service team managers"),
      Map.entry(Roles.MASH_POLICE, "Safeguarding hub: police"),
      Map.entry(Roles.MASH_HEALTH, "Safeguarding hub: health"),
      Map.entry(Roles.MASH_EDUCATION, "Safeguarding hub: education"),
      Map.entry(Roles.MASH_PROBATION, "Safeguarding hub: probation"),
      Map.entry(Roles.MASH_HOUSING, "Safeguarding hub: housing"),
      Map.entry(Roles.BRIEF_INTERVENTION_TEAM, "Brief Intervention Team"),
      Map.entry(Roles.ASSESSMENT_TEAM, "Assessment team"),
      Map.entry(Roles.SERVICE_LEADS, "Service leads"),
      Map.entry(Roles.AUDITORS, "Auditors"));

  /** Groups who start journeys and see every front-door task, not only their own queue. */
  static final List<String> CRS = List.of(Roles.CRS_PRACTITIONERS, Roles.CRS_MANAGERS);
  /** Groups who watch progress and history in Cockpit. */
  static final List<String> OVERSIGHT = List.of(Roles.CRS_MANAGERS, Roles.SERVICE_LEADS, Roles.AUDITORS);

  static final String MY_TASKS = "My tasks";
  static final String MY_TEAMS_TASKS = "My team's tasks";
  static final String OVERDUE = "Overdue";

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;

  RoleAuthorizations(IdentityService identityService, AuthorizationService authorizationService,
      FilterService filterService, TaskService taskService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.filterService = filterService;
    this.taskService = taskService;
  }

  @Override
  public void afterPropertiesSet() {
    GROUPS.forEach(this::group);
    for (String group : GROUPS.keySet()) {
      grant(group, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
      grant(group, Resources.FILTER, ANY, Permissions.READ);
      // every role reads the models, so Tasklist can show the forms and the diagram
      grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
      grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
    }
    for (String group : CRS) {
      grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.CREATE_INSTANCE, Permissions.READ_INSTANCE,
          Permissions.READ_HISTORY, Permissions.READ_TASK);
      grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE, Permissions.READ);
      grant(group, Resources.TASK, ANY, Permissions.READ);
      grant(group, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
      grant(group, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
    }
    for (String group : OVERSIGHT) {
      grant(group, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
      grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ_INSTANCE, Permissions.READ_HISTORY,
          Permissions.READ_TASK);
      grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
      grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ_HISTORY);
      grant(group, Resources.DEPLOYMENT, ANY, Permissions.READ);
      grant(group, Resources.TASK, ANY, Permissions.READ);
      grant(group, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
      grant(group, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
    }
    // managers act on what they watch: claim a team member's task, retry a failed partner check
    grant(Roles.CRS_MANAGERS, Resources.TASK, ANY, Permissions.READ, Permissions.UPDATE);
    grant(Roles.CRS_MANAGERS, Resources.PROCESS_INSTANCE, ANY, Permissions.READ, Permissions.UPDATE);
    grant(Roles.CRS_MANAGERS, Resources.PROCESS_DEFINITION, ANY, Permissions.UPDATE_INSTANCE);
    filters();
  }

  private void group(String id, String name) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType("WORKFLOW");
      identityService.saveGroup(group);
    }
  }

  /** Adds the permissions to the group's grant on the resource, creating the grant if needed. */
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

  private void filters() {
    filter(MY_TASKS, -10, "Tasks assigned to me",
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    filter(MY_TEAMS_TASKS, 0, "Tasks waiting for my team, claimed or not",
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks());
    filter(OVERDUE, 10, "My team's tasks past their due time",
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks().dueBeforeExpression("${now()}"));
  }

  private void filter(String name, int priority, String description, TaskQuery query) {
    if (filterService.createTaskFilterQuery().filterName(name).count() > 0) {
      return;
    }
    Filter filter = filterService.newTaskFilter(name)
        .setQuery(query)
        .setProperties(Map.of("description", description, "priority", priority, "refresh", true));
    filterService.saveFilter(filter);
  }
}
