package uk.frontdoor.record;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.frontdoor.journey.ChildJourneyProcess.Element;
import uk.frontdoor.record.JourneyRecord.View;
import uk.frontdoor.security.Roles;

/**
 * Need to know, decided on the server for every opening of a record:
 * <ul>
 * <li>children's referral service practitioners and managers, auditors, service leads and
 * administrators: any child, the full record;</li>
 * <li>a partner agency officer ({@code mash-police} and so on): only a child with a check assigned
 * to their agency (open in Tasklist or answered), and then only the child's identity, the contact
 * reference and their own agency's check — never the concerns, the referrer, consent, the
 * decisions, brothers and sisters, or another agency's findings;</li>
 * <li>the brief intervention team: a child routed to them (an outcome of brief-intervention-team);</li>
 * <li>the assessment team: a child allocated to them for an assessment;</li>
 * <li>anyone else: nobody.</li>
 * </ul>
 */
@Component
class RecordAccessPolicy {

  static final String BRIEF_INTERVENTION_OUTCOME = "brief-intervention-team";
  private static final String AGENCY_GROUP_PREFIX = "mash-";
  private static final List<String> AGENCIES = List.of(Roles.MASH_POLICE, Roles.MASH_HEALTH, Roles.MASH_EDUCATION,
      Roles.MASH_PROBATION, Roles.MASH_HOUSING);

  private final JdbcClient jdbc;
  private final TaskService taskService;
  private final IdentityService identityService;

  RecordAccessPolicy(JdbcClient jdbc, TaskService taskService, IdentityService identityService) {
    this.jdbc = jdbc;
    this.taskService = taskService;
    this.identityService = identityService;
  }

  /** What this viewer may see of the child's record; empty when they may not open it. */
  Optional<Access> decide(List<String> groups, UUID childId) {
    if (groups.stream().anyMatch(Roles.WHOLE_RECORD::contains)) {
      return Optional.of(Access.full(View.FULL));
    }
    if (groups.contains(Roles.BRIEF_INTERVENTION_TEAM) && jdbc.sql(
        "select count(*) from child_outcome where child_id = ? and outcome = ?")
        .params(childId, BRIEF_INTERVENTION_OUTCOME).query(Long.class).single() > 0) {
      return Optional.of(Access.full(View.BRIEF_INTERVENTION));
    }
    if (groups.contains(Roles.ASSESSMENT_TEAM) && jdbc.sql(
        "select count(*) from assessment_allocation where child_id = ?").param(childId).query(Long.class).single() > 0) {
      return Optional.of(Access.full(View.ASSESSMENT));
    }
    for (String group : groups) {
      if (AGENCIES.contains(group)) {
        Optional<Access> access = agencyAccess(group, childId);
        if (access.isPresent()) {
          return access;
        }
      }
    }
    return Optional.empty();
  }

  /** The agency a partner group searches for: {@code mash-police} → {@code police}. */
  static String agencyOf(String group) {
    return group.substring(AGENCY_GROUP_PREFIX.length());
  }

  private Optional<Access> agencyAccess(String group, UUID childId) {
    String agency = agencyOf(group);
    Set<UUID> contacts = new HashSet<>(jdbc.sql("""
        select distinct m.contact_id from contact_child cc join mash_check m on m.contact_id = cc.contact_id
        where cc.child_id = ? and m.agency = ?""").params(childId, agency).query(UUID.class).list());
    Map<String, UUID> processes = new HashMap<>();
    jdbc.sql("""
        select c.process_instance_id, c.id from contact_child cc join contact c on c.id = cc.contact_id
        where cc.child_id = ? and c.process_instance_id is not null and c.closed_at is null""")
        .param(childId).query((rs, n) -> processes.put(rs.getString(1), rs.getObject(2, UUID.class))).list();
    Set<String> openTasks = new HashSet<>();
    if (!processes.isEmpty()) {
      List<Task> tasks = AsService.call(identityService, () -> taskService.createTaskQuery()
          .processInstanceIdIn(processes.keySet().toArray(String[]::new))
          .taskDefinitionKey(Element.CHECK_AGENCY_RECORDS).taskCandidateGroup(group).includeAssignedTasks().list());
      for (Task task : tasks) {
        openTasks.add(task.getId());
        contacts.add(processes.get(task.getProcessInstanceId()));
      }
    }
    return contacts.isEmpty() ? Optional.empty()
        : Optional.of(new Access(View.AGENCY_CHECK, agency, Set.copyOf(contacts), Set.copyOf(openTasks)));
  }

  /** The view, and for a partner agency, which contacts and open check tasks are theirs. */
  record Access(View view, String agency, Set<UUID> agencyContacts, Set<String> openAgencyTasks) {
    static Access full(View view) {
      return new Access(view, null, Set.of(), Set.of());
    }
  }
}
