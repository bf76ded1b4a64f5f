package uk.frontdoor.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.frontdoor.audit.Sampler.Candidate;
import uk.frontdoor.clock.WorkingCalendar;
import uk.frontdoor.measures.Journeys;
import uk.frontdoor.measures.Journeys.Journey;
import uk.frontdoor.security.Roles;
import uk.frontdoor.support.ServiceTest;

/** The dip sample through the engine: the draw's rules, a full audit with its follow-up, peer refusals, moderation. */
@ServiceTest
class DipSampleAuditTest {

  static final String KEY = "dip-sample-audit";

  @Autowired
  JdbcClient jdbc;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  IdentityService identityService;
  @Autowired
  AuditStore store;
  @Autowired
  WorkingCalendar calendar;

  LocalDate from;
  Journeys rows;

  @AfterEach
  void nobody() {
    identityService.clearAuthentication();
  }

  /** A month of its own, decades ago, so no other test's contacts are candidates. */
  Journey closedContact(String manager) {
    if (from == null) {
      rows = new Journeys(jdbc);
      from = LocalDate.of(ThreadLocalRandom.current().nextInt(1950, 1999), ThreadLocalRandom.current().nextInt(1, 13), 1);
    }
    Instant received = from.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(3600 * 30);
    Journey journey = rows.contact(received, received.plusSeconds(3600 * 8));
    rows.oversight(journey, true, manager, received.plusSeconds(3600)).closed(journey, received.plusSeconds(7200));
    return journey;
  }

  Map<String, Object> request(long seed, int perManager, boolean stratify) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("theme", "Acronyms and management oversight");
    variables.put("periodFrom", from.toString());
    variables.put("periodTo", from.plusMonths(1).minusDays(1).toString());
    variables.put("perManager", (long) perManager);
    variables.put("stratify", stratify);
    variables.put("seed", String.valueOf(seed));
    return variables;
  }

  Map<String, Object> sample(ProcessInstance instance) {
    return jdbc.sql("select * from audit_sample where process_instance_id = ?").param(instance.getId())
        .query().singleRow();
  }

  List<Task> tasks(ProcessInstance instance, String key) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).list();
  }

  Map<String, Object> auditOf(Task task) {
    return jdbc.sql("select * from contact_audit where id = ?")
        .param(UUID.fromString((String) taskService.getVariable(task.getId(), "auditId"))).query().singleRow();
  }

  Object closedAt(Journey journey) {
    return jdbc.sql("select closed_at from contact_audit where contact_id = ?").param(journey.contactId())
        .query().singleRow().get("CLOSED_AT");
  }

  static Map<String, Object> grades(String overall) {
    Map<String, Object> form = new HashMap<>();
    AuditVocabulary.THEME_FIELDS.forEach(field -> form.put(field, "good"));
    form.put("gradeOverall", overall);
    form.put("auditComments", "The child's voice is clear but the plan was not shared with the school.");
    return form;
  }

  @Test
  void drawsTwoPerManagerNeverARecentlyAuditedContactAndRecordsTheDraw() {
    String ann = "ann" + UUID.randomUUID().toString().substring(0, 6);
    String bob = "bob" + UUID.randomUUID().toString().substring(0, 6);
    for (int i = 0; i < 3; i++) {
      closedContact(ann);
    }
    closedContact(bob);
    closedContact(bob);
    Journey auditedLately = closedContact(ann);
    rows.completedAudit(auditedLately, ann, Instant.now().minusSeconds(86400 * 200), "good", "good");
    Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
    List<Candidate> candidates = store.candidates(start, from.plusMonths(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
        Instant.now().minusSeconds(86400L * 366));

    ProcessInstance instance = runtimeService.startProcessInstanceByKey(KEY, request(42L, 2, false));

    Map<String, Object> sample = sample(instance);
    assertThat(sample.get("CANDIDATES")).as("5 closed, the one audited 200 days ago left out").isEqualTo(5);
    assertThat(((Number) sample.get("SEED")).longValue()).isEqualTo(42L);
    assertThat((String) sample.get("RULE")).contains("seed 42");
    List<String> chosen = List.of(((String) sample.get("CHOSEN")).split(","));
    assertThat(chosen).hasSize(4).doesNotContain(auditedLately.contactId().toString());
    // the same seed over the same candidates draws the same contacts
    assertThat(chosen).isEqualTo(Sampler.draw(candidates, 42L, 2, false, 0.2).chosen().stream()
        .map(c -> c.contactId().toString()).toList());
    List<Task> audits = tasks(instance, "Task_AuditContact");
    assertThat(audits).hasSize(4);
    assertThat(audits).extracting(task -> auditOf(task).get("TEAM_MANAGER")).containsOnly(ann, bob)
        .filteredOn(ann::equals).hasSize(2);
  }

  @Test
  void anInvalidRequestStartsNothing() {
    closedContact("carl" + UUID.randomUUID().toString().substring(0, 6));
    Map<String, Object> bad = request(1L, 0, false);
    bad.put("theme", "");
    bad.put("periodTo", from.minusDays(1).toString());
    long before = jdbc.sql("select count(*) from audit_sample").query(Long.class).single();

    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(KEY, bad))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("dip sample cannot start");

    assertThat(jdbc.sql("select count(*) from audit_sample").query(Long.class).single()).isEqualTo(before);
  }

  @Test
  void anAuditGradedInadequateCannotCloseUntilTheTeamManagerRecordsTheFollowUp() {
    String dee = "dee" + UUID.randomUUID().toString().substring(0, 6);
    Journey journey = closedContact(dee);
    rows.screening(journey, "practitioner", "The SW spoke to Sam at school.");
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(KEY, request(5L, 2, false));
    Task audit = tasks(instance, "Task_AuditContact").get(0);
    jdbc.sql("update contact_audit set moderation_selected = false where contact_id = ?").param(journey.contactId()).update();
    assertThat((String) taskService.getVariable(audit.getId(), "journeyRecordLinks"))
        .contains("/children/" + journey.childId());
    assertThat((String) taskService.getVariable(audit.getId(), "languageSummary")).contains("\"SW\"");

    identityService.setAuthentication("auditor", List.of(Roles.AUDITORS));
    taskService.claim(audit.getId(), "auditor");
    Map<String, Object> missing = grades("inadequate");
    missing.remove("gradeTimeliness");
    assertThatThrownBy(() -> taskService.complete(audit.getId(), missing)).hasMessageContaining("timeliness");
    assertThat(auditOf(audit).get("COMPLETED_AT")).isNull();
    taskService.complete(audit.getId(), grades("inadequate"));
    identityService.clearAuthentication();

    Map<String, Object> row = jdbc.sql("select * from contact_audit where contact_id = ?").param(journey.contactId())
        .query().singleRow();
    assertThat(row.get("AUDITOR")).isEqualTo("auditor");
    assertThat(row.get("OVERALL")).isEqualTo("inadequate");
    assertThat(row.get("CLOSED_AT")).as("not closed before the follow-up").isNull();
    Task followUp = tasks(instance, "Task_FollowUpAudit").get(0);
    assertThat(followUp.getAssignee()).isEqualTo(dee);
    Instant completed = ((java.time.OffsetDateTime) row.get("COMPLETED_AT")).toInstant();
    // Camunda keeps due dates to the millisecond
    assertThat(followUp.getDueDate().toInstant())
        .isEqualTo(calendar.addWorkingDays(completed, 10).truncatedTo(ChronoUnit.MILLIS));

    identityService.setAuthentication(dee, List.of(Roles.CRS_MANAGERS));
    assertThatThrownBy(() -> taskService.complete(followUp.getId(), Map.of("followUpAction", "Spoke.")))
        .hasMessageContaining("follow-up cannot be recorded");
    assertThat(closedAt(journey)).isNull();
    taskService.complete(followUp.getId(), Map.of("followUpAction",
        "Talked it through with the team and the plan now goes to the school within a day."));
    identityService.clearAuthentication();

    assertThat(closedAt(journey)).isNotNull();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  void someoneWhoWorkedOnTheContactCannotClaimOrCompleteItsAudit() {
    String eve = "eve" + UUID.randomUUID().toString().substring(0, 6);
    Journey journey = closedContact(eve);
    rows.screening(journey, "auditor", "Screened by the person who is now an auditor.");
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(KEY, request(9L, 2, false));
    Task audit = tasks(instance, "Task_AuditContact").get(0);

    assertThatThrownBy(() -> taskService.claim(audit.getId(), "auditor")).hasMessageContaining("worked on contact");
    assertThat(taskService.createTaskQuery().taskId(audit.getId()).singleResult().getAssignee()).isNull();
    assertThatThrownBy(() -> taskService.claim(audit.getId(), eve)).as("the manager who signed it off")
        .hasMessageContaining("worked on contact");

    identityService.setAuthentication("auditor", List.of(Roles.AUDITORS));
    assertThatThrownBy(() -> taskService.complete(audit.getId(), grades("good"))).hasMessageContaining("worked on contact");
    identityService.clearAuthentication();
    assertThat(auditOf(audit).get("AUDITOR")).isNull();
    assertThat(auditOf(audit).get("COMPLETED_AT")).isNull();

    taskService.claim(audit.getId(), "manager2");
    assertThat(taskService.createTaskQuery().taskId(audit.getId()).singleResult().getAssignee()).isEqualTo("manager2");
  }

  @Test
  void aModeratorChangesAGradeOnlyWithAReasonAndNeverModeratesTheirOwnAudit() {
    String fay = "fay" + UUID.randomUUID().toString().substring(0, 6);
    Journey journey = closedContact(fay);
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(KEY, request(11L, 2, false));
    Task audit = tasks(instance, "Task_AuditContact").get(0);
    jdbc.sql("update contact_audit set moderation_selected = true where contact_id = ?").param(journey.contactId()).update();
    identityService.setAuthentication("auditor", List.of(Roles.AUDITORS));
    taskService.complete(audit.getId(), grades("good"));
    identityService.clearAuthentication();

    Task moderation = tasks(instance, "Task_ModerateAudit").get(0);
    assertThat(taskService.getVariable(moderation.getId(), "gradeOverall")).isEqualTo("good");
    assertThatThrownBy(() -> taskService.claim(moderation.getId(), "auditor")).hasMessageContaining("your audit");
    identityService.setAuthentication("manager2", List.of(Roles.CRS_MANAGERS));
    Map<String, Object> changed = grades("requires-improvement");
    changed.remove("auditComments");
    assertThatThrownBy(() -> taskService.complete(moderation.getId(), changed)).hasMessageContaining("why you changed");
    changed.put("moderationReason", "The plan was never shared, so the overall grade cannot be good.");
    taskService.complete(moderation.getId(), changed);
    identityService.clearAuthentication();

    assertThat(jdbc.sql("select from_grade || '>' || to_grade from audit_grade_change c join contact_audit a "
        + "on a.id = c.audit_id where a.contact_id = ?").param(journey.contactId()).query(String.class).list())
        .containsExactly("good>requires-improvement");
    assertThat(tasks(instance, "Task_FollowUpAudit")).as("the moderated grade needs a follow-up").hasSize(1);
  }
}
