package uk.frontdoor.mash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.frontdoor.contact.ContactIntake;
import uk.frontdoor.contact.RecordedContact;
import uk.frontdoor.journey.ChildJourneyProcess;
import uk.frontdoor.journey.ChildJourneyProcess.Element;
import uk.frontdoor.journey.ChildJourneyProcess.Var;
import uk.frontdoor.journeysupport.TestContacts;
import uk.frontdoor.validation.InvalidSubmissionException;
import uk.frontdoor.support.ServiceTest;

/** Partner agency checks in parallel, their escalation, and the council's own automatic checks. */
@ServiceTest
class MashChecksTest {

  private static final String AGENCY_CHECKS = Element.AGENCY_CHECK + "#multiInstanceBody";

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired ContactIntake intake;
  @Autowired MashChecks mashChecks;
  @Autowired MashRecords records;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void init() {
    AbstractAssertions.init(processEngine);
  }

  @AfterEach
  void nobody() {
    identityService.clearAuthentication();
  }

  @Test
  void oneCheckPerConfiguredAgencyInThatAgencysQueueShowingOnlyReferenceChildrenAndAddress() {
    RecordedContact contact = contactWithAgencyChecks();

    List<Task> checks = agencyChecks(contact);
    assertThat(checks).hasSize(5);
    Map<String, String> groupByName = new HashMap<>();
    for (Task task : checks) {
      List<IdentityLink> links = taskService.getIdentityLinksForTask(task.getId());
      assertThat(links).hasSize(1);
      // the queue shows the contact reference and the family after the model's plain words
      assertThat(task.getName()).contains(" – " + contact.reference() + ", ").endsWith(" family");
      groupByName.put(task.getName().substring(0, task.getName().indexOf(" – ")), links.get(0).getGroupId());
      Map<String, Object> shown = taskService.getVariables(task.getId());
      assertThat(shown.get(PrepareAgencyCheck.CHILDREN_NAMES)).asString().startsWith("Maya ");
      assertThat(shown.get(PrepareAgencyCheck.HOUSEHOLD_ADDRESS)).asString().endsWith("EX1 2AB");
    }
    assertThat(groupByName).containsOnly(
        Map.entry("Check police records", "mash-police"),
        Map.entry("Check health records", "mash-health"),
        Map.entry("Check school and education records", "mash-education"),
        Map.entry("Check probation records", "mash-probation"),
        Map.entry("Check housing records", "mash-housing"));
  }

  @Test
  void anAgencyCheckIsRefusedWithoutAnOutcomeOrFromOutsideThatAgencyAndNothingIsWritten() {
    RecordedContact contact = contactWithAgencyChecks();
    Task police = agencyCheck(contact, "police");

    identityService.setAuthentication("police", List.of("mash-police"));
    assertThatThrownBy(() -> taskService.complete(police.getId(), Map.of("agencyFindings", "Two call-outs in 2025.")))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("agencyOutcome: choose whether the child or family is known");
    // a manager may complete any task in Tasklist, but cannot answer for the police
    identityService.setAuthentication("manager", List.of("crs-managers"));
    assertThatThrownBy(() -> taskService.complete(police.getId(),
        Map.of("agencyOutcome", "not-known", "agencyFindings", "Nothing found on our systems.")))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("only the police officers can answer this check");
    identityService.clearAuthentication();
    assertThat(checkRows(contact)).isZero();
    assertThat(taskService.createTaskQuery().taskId(police.getId()).count()).isEqualTo(1);

    identityService.setAuthentication("police", List.of("mash-police"));
    taskService.complete(police.getId(),
        Map.of("agencyOutcome", "known", "agencyFindings", "Two call-outs to the address for shouting in 2025."));
    identityService.clearAuthentication();

    Map<String, Object> row = jdbc.sql("select * from mash_check where contact_id = ?").param(contact.contactId())
        .query().singleRow();
    assertThat(row).containsEntry("AGENCY", "police").containsEntry("OUTCOME", "known")
        .containsEntry("AUTOMATIC", false).containsEntry("RECORDED_BY", "police");
    assertThat(runtimeService.getVariables(contact.processInstanceId())).doesNotContainKeys("agencyOutcome",
        "agencyFindings");
    assertThat(agencyChecks(contact)).hasSize(4);
  }

  @Test
  void anOverdueCheckGoesToAManagerWhoMayProceedWithoutItWhileTheOtherChecksStayOpen() {
    RecordedContact contact = contactWithAgencyChecks();
    String pi = contact.processInstanceId();
    managementService.executeJob(overdueTimer(contact, "police").getId());
    Task review = taskService.createTaskQuery().processInstanceId(pi)
        .taskDefinitionKey(Element.REVIEW_OVERDUE_AGENCY_CHECK).singleResult();
    assertThat(review.getName()).startsWith("Chase or proceed without the check of police records – ");
    assertThat(taskService.getIdentityLinksForTask(review.getId())).extracting(IdentityLink::getGroupId)
        .containsExactly("crs-managers");

    // an administrator can complete any task, but only a team manager decides this
    identityService.setAuthentication("admin", List.of("camunda-admin"));
    assertThatThrownBy(() -> taskService.complete(review.getId(), Map.of("proceedWithoutAgency", true,
        "escalationNote", "The police have not answered and the children need a decision today.")))
        .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("only a team manager");
    identityService.setAuthentication("manager", List.of("crs-managers"));
    assertThatThrownBy(() -> taskService.complete(review.getId(), Map.of("proceedWithoutAgency", true)))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("escalationNote: write why it is safe to proceed without this check");
    assertThat(escalations(contact)).isZero();

    taskService.complete(review.getId(), Map.of("proceedWithoutAgency", "true",
        "escalationNote", "The police have not answered and the children need a decision today."));
    identityService.clearAuthentication();

    Map<String, Object> escalation = jdbc.sql("select * from escalation where contact_id = ?")
        .param(contact.contactId()).query().singleRow();
    assertThat(escalation).containsEntry("KIND", "agency-check").containsEntry("AGENCY", "police")
        .containsEntry("ACTION", "proceed-without").containsEntry("RECORDED_BY", "manager");
    Map<String, Object> check = jdbc.sql("select * from mash_check where contact_id = ?")
        .param(contact.contactId()).query().singleRow();
    assertThat(check).containsEntry("AGENCY", "police").containsEntry("OUTCOME", "proceeded-without");
    assertThat((String) check.get("FINDINGS")).contains("children need a decision today");
    assertThat(agencyChecks(contact)).extracting(Task::getName).hasSize(4)
        .noneMatch(name -> name.startsWith("Check police records"));
    assertThat(taskService.createTaskQuery().processInstanceId(pi)
        .taskDefinitionKey(Element.REVIEW_OVERDUE_AGENCY_CHECK).count()).isZero();
    assertThat(runtimeService.getVariable(pi, Var.PROCEEDING_WITHOUT_AGENCY)).isNull();
  }

  @Test
  void aChasedAgencyKeepsItsCheckOpen() {
    RecordedContact contact = contactWithAgencyChecks();
    managementService.executeJob(overdueTimer(contact, "health").getId());
    Task review = taskService.createTaskQuery().processInstanceId(contact.processInstanceId())
        .taskDefinitionKey(Element.REVIEW_OVERDUE_AGENCY_CHECK).singleResult();

    identityService.setAuthentication("manager", List.of("crs-managers"));
    taskService.complete(review.getId(), Map.of("proceedWithoutAgency", false,
        "escalationNote", "Rang the health safeguarding team; they will answer by noon."));
    identityService.clearAuthentication();

    assertThat(jdbc.sql("select action from escalation where contact_id = ?").param(contact.contactId())
        .query(String.class).single()).isEqualTo("chased");
    assertThat(checkRows(contact)).isZero();
    assertThat(agencyChecks(contact)).extracting(Task::getName).hasSize(5)
        .anyMatch(name -> name.startsWith("Check health records – "));
  }

  @Test
  void anOverdueDecisionIsRecordedByAManagerAndClosesNothing() {
    RecordedContact contact = contact();
    String pi = contact.processInstanceId();
    Job timer = managementService.createJobQuery().processInstanceId(pi).activityId(Element.DECISION_OVERDUE)
        .singleResult();
    managementService.executeJob(timer.getId());
    Task review = taskService.createTaskQuery().processInstanceId(pi)
        .taskDefinitionKey(Element.REVIEW_OVERDUE_DECISION).singleResult();

    identityService.setAuthentication("manager", List.of("crs-managers"));
    assertThatThrownBy(() -> taskService.complete(review.getId(), Map.of("escalationAction", "close-it",
        "escalationNote", "short")))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("escalationAction: 'close-it' is not one of")
        .hasMessageContaining("escalationNote: write why the decision is late");
    taskService.complete(review.getId(), Map.of("escalationAction", "reallocate",
        "escalationNote", "Practitioner off sick; given to Sam to decide this morning."));
    identityService.clearAuthentication();

    assertThat(jdbc.sql("select kind || ':' || action from escalation where contact_id = ?")
        .param(contact.contactId()).query(String.class).single()).isEqualTo("decision:reallocate");
    assertThat(taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey(Element.SCREEN_CONTACT).count())
        .isEqualTo(1);
  }

  @Test
  void theCouncilsOwnRecordsGiveTwoChecksInPlainEnglish() {
    String surname = TestContacts.uniqueSurname("Ali");
    RecordedContact earlier = TestContacts.recorded(intake, managementService, TestContacts.contact(OffsetDateTime.now(ZoneOffset.UTC).minusMonths(3),
        "school", TestContacts.uniqueAddress(), List.of(TestContacts.child("Sara", surname,
            LocalDate.now().minusYears(6))), List.of()));
    UUID sara = earlier.children().get(0).childId();
    jdbc.sql("""
        insert into child_outcome (contact_id, child_id, outcome, referral, consent_refused, decided_at)
        values (?, ?, 'early-help', false, false, ?)""")
        .params(earlier.contactId(), sara, OffsetDateTime.now(ZoneOffset.UTC).minusMonths(3).plusDays(1)).update();
    jdbc.sql("insert into social_care_case (id, child_id, kind, opened_on) values (?, ?, 'child-in-need', ?)")
        .params(UUID.randomUUID(), sara, LocalDate.now().minusMonths(1)).update();
    RecordedContact contact = TestContacts.recorded(intake, managementService, TestContacts.contact(null, "school", TestContacts.uniqueAddress(),
        List.of(TestContacts.known(sara, "Sara", surname)), List.of()));

    runtimeService.createProcessInstanceModification(contact.processInstanceId())
        .startBeforeActivity(Element.CHECK_COUNCIL_RECORDS).execute();
    managementService.executeJob(councilJob(contact.processInstanceId()).getId());

    Map<String, Map<String, Object>> rows = new HashMap<>();
    jdbc.sql("select * from mash_check where contact_id = ?").param(contact.contactId()).query().listOfRows()
        .forEach(row -> rows.put((String) row.get("AGENCY"), row));
    assertThat(rows).containsOnlyKeys("social-care", "early-help");
    assertThat(rows.get("social-care")).containsEntry("OUTCOME", "known").containsEntry("AUTOMATIC", true);
    assertThat((String) rows.get("social-care").get("FINDINGS")).startsWith("Sara " + surname + ": open: a child in need plan since");
    assertThat(rows.get("early-help")).containsEntry("OUTCOME", "known");
    assertThat((String) rows.get("early-help").get("FINDINGS")).contains("1 time offered early help");
  }

  @Test
  void aFailedCouncilCheckBecomesAnIncidentAndCompletesWhenRetriedAfterTheFix() {
    RecordedContact contact = contact();
    String pi = runtimeService.createProcessInstanceByKey(ChildJourneyProcess.KEY)
        .setVariable(Var.CONTACT_ID, UUID.randomUUID().toString())
        .setVariable(Var.DECISION_DUE, Date.from(java.time.Instant.now().plusSeconds(3600)))
        .startBeforeActivity(Element.CHECK_COUNCIL_RECORDS)
        .execute().getId();

    for (int attempt = 0; attempt < 10 && councilJob(pi).getRetries() > 0; attempt++) {
      String jobId = councilJob(pi).getId();
      assertThatThrownBy(() -> managementService.executeJob(jobId)).hasMessageContaining("has no children recorded");
    }
    Incident incident = runtimeService.createIncidentQuery().processInstanceId(pi).singleResult();
    assertThat(incident.getActivityId()).isEqualTo(Element.CHECK_COUNCIL_RECORDS);
    assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);

    runtimeService.setVariable(pi, Var.CONTACT_ID, contact.contactId().toString());
    managementService.setJobRetries(councilJob(pi).getId(), 1);
    managementService.executeJob(councilJob(pi).getId());

    assertThat(runtimeService.createIncidentQuery().processInstanceId(pi).count()).isZero();
    assertThat(councilJob(pi)).isNull();
    assertThat(checkRows(contact)).isEqualTo(2);
  }

  @Test
  void allAnsweredNeedsEveryAgencyAndBothCouncilChecks() {
    RecordedContact contact = contact();
    String id = contact.contactId().toString();
    assertThat(mashChecks.allAnswered(id)).isFalse();
    java.time.Instant now = java.time.Instant.now();
    for (String agency : List.of("police", "health", "education", "probation", "social-care", "early-help")) {
      records.check(contact.contactId(), agency, false, "not-known", "Nothing found.", "test", now);
    }
    assertThat(mashChecks.allAnswered(id)).as("housing has not answered").isFalse();
    records.check(contact.contactId(), "housing", false, "proceeded-without", "A manager decided.", "manager", now);
    assertThat(mashChecks.allAnswered(id)).isTrue();
  }

  private RecordedContact contact() {
    return TestContacts.recorded(intake, managementService, TestContacts.contact(null, "school", TestContacts.uniqueAddress(),
        List.of(TestContacts.child("Maya", TestContacts.uniqueSurname("Green"), LocalDate.now().minusYears(8))),
        List.of()));
  }

  private RecordedContact contactWithAgencyChecks() {
    RecordedContact contact = contact();
    runtimeService.createProcessInstanceModification(contact.processInstanceId()).startBeforeActivity(AGENCY_CHECKS)
        .execute();
    return contact;
  }

  private List<Task> agencyChecks(RecordedContact contact) {
    return taskService.createTaskQuery().processInstanceId(contact.processInstanceId())
        .taskDefinitionKey(Element.CHECK_AGENCY_RECORDS).list();
  }

  private Task agencyCheck(RecordedContact contact, String agency) {
    return agencyChecks(contact).stream()
        .filter(task -> agency.equals(taskService.getVariable(task.getId(), Var.AGENCY))).findFirst().orElseThrow();
  }

  private Job overdueTimer(RecordedContact contact, String agency) {
    return managementService.createJobQuery().processInstanceId(contact.processInstanceId())
        .activityId(Element.AGENCY_CHECK_OVERDUE).list().stream()
        .filter(job -> agency.equals(runtimeService.getVariable(job.getExecutionId(), Var.AGENCY)))
        .findFirst().orElseThrow();
  }

  private Job councilJob(String pi) {
    return managementService.createJobQuery().processInstanceId(pi).activityId(Element.CHECK_COUNCIL_RECORDS)
        .singleResult();
  }

  private int checkRows(RecordedContact contact) {
    return jdbc.sql("select count(*) from mash_check where contact_id = ?").param(contact.contactId())
        .query(Integer.class).single();
  }

  private int escalations(RecordedContact contact) {
    return jdbc.sql("select count(*) from escalation where contact_id = ?").param(contact.contactId())
        .query(Integer.class).single();
  }
}
