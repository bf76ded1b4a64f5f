package uk.frontdoor.urgency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.time.format.DateTimeFormatter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.frontdoor.clock.WorkingCalendar;
import uk.frontdoor.contact.ContactIntake;
import uk.frontdoor.contact.RecordedContact;
import uk.frontdoor.journey.ChildJourneyProcess.Element;
import uk.frontdoor.journey.ChildJourneyProcess.Var;
import uk.frontdoor.journeysupport.TestContacts;
import uk.frontdoor.validation.InvalidSubmissionException;
import uk.frontdoor.support.ServiceTest;

/** The proposed urgency starts the decision clock; a recorded change moves every deadline with it. */
@ServiceTest
class UrgencyTest {

  private static final String AGENCY_CHECKS = Element.AGENCY_CHECK + "#multiInstanceBody";

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired ContactIntake intake;
  @Autowired UrgencyChange urgencyChange;
  @Autowired WorkingCalendar calendar;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void init() {
    AbstractAssertions.init(processEngine);
  }

  @Test
  void aPoliceReportOfDomesticAbuseIsRedAndDueFourWorkingHoursAfterItArrived() {
    OffsetDateTime received = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).truncatedTo(ChronoUnit.MINUTES);
    RecordedContact contact = record(received, "police", List.of("domestic-abuse"));

    Instant due = calendar.addWorkingHours(received.toInstant(), Duration.ofHours(4));
    String pi = contact.processInstanceId();
    assertThat(runtimeService.getVariable(pi, Var.RAG)).isEqualTo("red");
    assertThat(runtimeService.getVariable(pi, Var.DECISION_DUE)).isEqualTo(Date.from(due));
    // the form shows it as people in England read it, e.g. "26 November 2026, 13:00"
    assertThat((String) runtimeService.getVariable(pi, Var.DECISION_DUE_TEXT))
        .isEqualTo(DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm", Locale.UK).format(due.atZone(ZoneId.of("Europe/London"))));
    assertThat(runtimeService.getVariable(pi, Var.URGENCY)).isNull();
    Map<String, Object> row = jdbc.sql("select * from contact where id = ?").param(contact.contactId()).query().singleRow();
    assertThat(row.get("RAG")).isEqualTo("red");
    assertThat(instant(row.get("DECISION_DUE_AT"))).isEqualTo(due);
    Map<String, Object> rating = jdbc.sql("select * from urgency_rating where contact_id = ?").param(contact.contactId())
        .query().singleRow();
    assertThat(rating).containsEntry("PROPOSED", true).containsEntry("RAG", "red");
    assertThat((String) rating.get("REASON")).contains("police").contains("domestic abuse");
    assertThat(taskService.createTaskQuery().processInstanceId(pi).singleResult().getDueDate()).isEqualTo(Date.from(due));
    assertThat(decisionTimer(pi).getDuedate()).isEqualTo(Date.from(due));
  }

  @Test
  void changingTheUrgencyMovesOpenTasksAndEscalationTimersAndRecordsWhy() {
    OffsetDateTime received = OffsetDateTime.now(ZoneOffset.UTC).minusHours(2).truncatedTo(ChronoUnit.MINUTES);
    RecordedContact contact = record(received, "school", List.of());
    String pi = contact.processInstanceId();
    assertThat(runtimeService.getVariable(pi, Var.RAG)).isEqualTo("green");
    runtimeService.createProcessInstanceModification(pi).startBeforeActivity(AGENCY_CHECKS).execute();
    assertThat(taskService.createTaskQuery().processInstanceId(pi).count()).isEqualTo(6);

    Instant newDue = processConfiguration().getCommandExecutorTxRequired().execute(context -> {
      ExecutionEntity execution = context.getExecutionManager().findExecutionById(pi);
      return urgencyChange.change(execution, contact.contactId().toString(), "red",
          "The school called back: the child has a bruise on her face.", "practitioner");
    });

    Instant expected = calendar.addWorkingHours(received.toInstant(), Duration.ofHours(4));
    assertThat(newDue).isEqualTo(expected);
    for (Task task : taskService.createTaskQuery().processInstanceId(pi).list()) {
      assertThat(task.getDueDate()).as(task.getName()).isEqualTo(Date.from(expected));
    }
    List<Job> timers = managementService.createJobQuery().processInstanceId(pi).timers().list();
    assertThat(timers).hasSize(6).allSatisfy(job -> assertThat(job.getDuedate()).isEqualTo(Date.from(expected)));
    assertThat(runtimeService.getVariable(pi, Var.DECISION_DUE)).isEqualTo(Date.from(expected));
    assertThat(runtimeService.getVariable(pi, Var.RAG)).isEqualTo("red");
    Map<String, Object> change = jdbc.sql("select * from urgency_rating where contact_id = ? and proposed = false")
        .param(contact.contactId()).query().singleRow();
    assertThat(change).containsEntry("RAG", "red").containsEntry("DECIDED_BY", "practitioner");
    assertThat((String) change.get("REASON")).contains("bruise");
    assertThat(jdbc.sql("select rag from contact where id = ?").param(contact.contactId()).query(String.class).single())
        .isEqualTo("red");
  }

  @Test
  void aChangeWithoutAReasonOrWithAnUnknownRatingIsRefusedAndChangesNothing() {
    RecordedContact contact = record(OffsetDateTime.now(ZoneOffset.UTC).minusHours(1), "school", List.of());
    String pi = contact.processInstanceId();
    Object dueBefore = runtimeService.getVariable(pi, Var.DECISION_DUE);

    assertThatThrownBy(() -> processConfiguration().getCommandExecutorTxRequired().execute(context ->
        urgencyChange.change(context.getExecutionManager().findExecutionById(pi), contact.contactId().toString(),
            "purple", " ", "practitioner")))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("rag: choose red, amber or green")
        .hasMessageContaining("ragChangeReason: say why the urgency is changing");

    assertThat(jdbc.sql("select count(*) from urgency_rating where contact_id = ?").param(contact.contactId())
        .query(Integer.class).single()).isEqualTo(1);
    assertThat(runtimeService.getVariable(pi, Var.DECISION_DUE)).isEqualTo(dueBefore);
  }

  private RecordedContact record(OffsetDateTime received, String source, List<String> concerns) {
    return TestContacts.recorded(intake, managementService, TestContacts.contact(received, source, TestContacts.uniqueAddress(),
        List.of(TestContacts.child("Maya", TestContacts.uniqueSurname("Brown"), LocalDate.now().minusYears(7))),
        concerns));
  }

  private Job decisionTimer(String pi) {
    return managementService.createJobQuery().processInstanceId(pi).activityId(Element.DECISION_OVERDUE).singleResult();
  }

  private ProcessEngineConfigurationImpl processConfiguration() {
    return (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
  }

  private static Instant instant(Object timestamp) {
    if (timestamp instanceof OffsetDateTime time) {
      return time.toInstant();
    }
    return ((java.sql.Timestamp) timestamp).toInstant();
  }
}
