package uk.frontdoor.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
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
  private final GroupGrants grants;
  private final FilterService filterService;
  private final TaskService taskService;

  RoleAuthorizations(IdentityService identityService, AuthorizationService authorizationService, GroupGrants grants,
      FilterService filterService, TaskService taskService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.grants = grants;
    this.filterService = filterService;
    this.taskService = taskService;
  }

  @Override
  public void afterPropertiesSet() {
    GROUPS.forEach(this::group);
    group(Roles.OPERATIONS, "IT operations"); // no grants: the actuator asks for this group, the engine never does
    for (String group : GROUPS.keySet()) {
      grants.grant(group, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
      grants.grant(group, Resources.FILTER, ANY, Permissions.READ);
      // every role reads the models, so Tasklist can show the forms and the diagram
      grants.grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
      grants.grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
    }
    for (String group : CRS) {
      grants.grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.CREATE_INSTANCE, Permissions.READ_INSTANCE,
          Permissions.READ_HISTORY, Permissions.READ_TASK);
      grants.grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE, Permissions.READ);
      grants.grant(group, Resources.TASK, ANY, Permissions.READ);
      grants.grant(group, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
      grants.grant(group, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
    }
    for (String group : OVERSIGHT) {
      grants.grant(group, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
      grants.grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ_INSTANCE, Permissions.READ_HISTORY,
          Permissions.READ_TASK);
      grants.grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
      grants.grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ_HISTORY);
      grants.grant(group, Resources.DEPLOYMENT, ANY, Permissions.READ);
      grants.grant(group, Resources.TASK, ANY, Permissions.READ);
      grants.grant(group, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
      grants.grant(group, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
    }
    // managers claim or hand on a team member's task; they watch journeys read-only: moving,
    // changing or cancelling one is an administrator's act with a reason (CommandGuard)
    grants.grant(Roles.CRS_MANAGERS, Resources.TASK, ANY, Permissions.READ, TaskPermissions.TASK_WORK,
        TaskPermissions.TASK_ASSIGN);
    grants.withdraw(Roles.CRS_MANAGERS, Resources.TASK, ANY, Permissions.UPDATE);
    grants.withdraw(Roles.CRS_MANAGERS, Resources.PROCESS_INSTANCE, ANY, Permissions.UPDATE);
    grants.withdraw(Roles.CRS_MANAGERS, Resources.PROCESS_DEFINITION, ANY, Permissions.UPDATE_INSTANCE);
    candidatesWorkOnly();
    filters();
  }

  /**
   * Tasks created before candidates were given TASK_WORK (see {@code default-user-permission-name-for-task})
   * granted their candidates and assignee UPDATE, which would let them edit the task or its variables:
   * replace it with TASK_WORK.
   */
  private void candidatesWorkOnly() {
    for (Authorization old : authorizationService.createAuthorizationQuery().resourceType(Resources.TASK)
        .authorizationType(Authorization.AUTH_TYPE_GRANT).hasPermission(Permissions.UPDATE).list()) {
      if (ANY.equals(old.getResourceId())) {
        continue;
      }
      old.removePermission(Permissions.UPDATE);
      old.addPermission(TaskPermissions.TASK_WORK);
      authorizationService.saveAuthorization(old);
    }
  }

  private void group(String id, String name) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType("WORKFLOW");
      identityService.saveGroup(group);
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
