package uk.frontdoor.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.task.Task;
import uk.frontdoor.journey.ChildJourneyProcess;
import uk.frontdoor.journey.ChildJourneyProcess.Element;
import uk.frontdoor.journey.JourneyDriver;
import uk.frontdoor.support.Http.Reply;

/**
 * One journey walked over HTTP from contact to its last follow-on step, every step by the seeded
 * user whose step it is, as in Tasklist: a police contact about two children, partner agency checks
 * with consent, a strategy discussion for the first child and Brief Intervention for the second.
 * Before each task is done, a test may try what it wants on it.
 */
public abstract class WholeJourneyHttpTest extends HttpTest {

  /** What a test tries on a task before its person completes it with this valid submission. */
  protected interface BeforeEachStep {
    void on(Task task, String element, String doer, Map<String, Object> validSubmission);
  }

  /** Walks the journey; returns its process instance id, ended. */
  protected String walkWholeJourney(BeforeEachStep before) {
    String ada = Contacts.uniqueName("Ada");
    ObjectNode request = Contacts.valid(
        Contacts.child(ada, Contacts.uniqueName("Shaw"), LocalDate.now().minusYears(9)),
        Contacts.child(Contacts.uniqueName("Ben"), Contacts.uniqueName("Shaw"), LocalDate.now().minusYears(6)));
    Reply recorded = as(JourneyDriver.PRACTITIONER).post("/api/contacts", request.toString());
    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    String pi = recorded.json().get("processInstanceId").asText();
    runJobs(pi);

    step(pi, Element.SCREEN_CONTACT, JourneyDriver.PRACTITIONER, before, task -> JourneyDriver.screening("mash-checks"));
    step(pi, Element.RECORD_CONSENT, JourneyDriver.PRACTITIONER, before, task -> JourneyDriver.consentGiven());
    runJobs(pi);
    for (String agency : JourneyDriver.AGENCY_GROUPS.keySet()) {
      Task check = taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey(Element.CHECK_AGENCY_RECORDS)
          .list().stream()
          .filter(t -> agency.equals(taskService.getVariable(t.getId(), ChildJourneyProcess.Var.AGENCY)))
          .findFirst().orElseThrow();
      doStep(check, Element.CHECK_AGENCY_RECORDS, agency, before, JourneyDriver.agencyAnswer("known"));
    }
    runJobs(pi);
    for (int child = 0; child < 2; child++) {
      Task apply = next(pi, Element.APPLY_PATHWAYS);
      boolean first = apply.getName().contains(ada);
      doStep(apply, Element.APPLY_PATHWAYS, JourneyDriver.PRACTITIONER, before,
          first ? JourneyDriver.injuryIndicators(true) : JourneyDriver.earlyHelpIndicators());
      step(pi, Element.DECIDE_PATHWAY, JourneyDriver.PRACTITIONER, before,
          task -> JourneyDriver.pathway(first ? "strategy-discussion" : "brief-intervention-team"));
    }
    // the sign-off is by a manager who made no decision on this contact (four eyes)
    step(pi, Element.MANAGEMENT_OVERSIGHT, JourneyDriver.MANAGER_2, before,
        task -> JourneyDriver.oversightApproved(taskService.getVariables(task.getId())));
    for (int child = 0; child < 2; child++) {
      step(pi, Element.OVERSIGHT_FOR_CHILD, JourneyDriver.MANAGER_2, before,
          task -> JourneyDriver.oversightForChild(taskService.getVariables(task.getId())));
    }
    step(pi, Element.HOLD_STRATEGY_DISCUSSION, JourneyDriver.MANAGER, before, task -> JourneyDriver.strategyDiscussion());
    step(pi, Element.OFFER_BRIEF_INTERVENTION, JourneyDriver.BRIEF_INTERVENTION_WORKER, before,
        task -> JourneyDriver.briefIntervention());
    while (taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey(Element.ALLOCATE_ASSESSMENT).count() > 0) {
      step(pi, Element.ALLOCATE_ASSESSMENT, JourneyDriver.ASSESSOR, before, task -> JourneyDriver.allocation());
    }
    step(pi, Element.TELL_REFERRER, JourneyDriver.PRACTITIONER, before, task -> JourneyDriver.referrerTold());
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi).count()).as("the journey ended").isZero();
    return pi;
  }

  private void step(String pi, String element, String doer, BeforeEachStep before,
      Function<Task, Map<String, Object>> payload) {
    Task task = next(pi, element);
    doStep(task, element, doer, before, payload.apply(task));
  }

  private Task next(String pi, String element) {
    List<Task> open = taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey(element)
        .orderByTaskCreateTime().asc().list();
    assertThat(open).as("an open " + element).isNotEmpty();
    return open.get(0);
  }

  private void doStep(Task task, String element, String doer, BeforeEachStep before, Map<String, Object> payload) {
    before.on(task, element, doer, payload);
    completeAs(task, doer, payload);
  }

  /** The task claimed and completed by the person, as Tasklist does (submit-form). */
  protected void completeAs(Task task, String doer, Map<String, Object> payload) {
    String path = "/engine-rest/task/" + task.getId();
    Reply claimed = as(doer).post(path + "/claim", "{\"userId\":\"" + doer + "\"}");
    assertThat(claimed.status()).as(doer + " claims " + task.getName() + ": " + claimed).isEqualTo(204);
    Reply done = as(doer).post(path + "/submit-form", JourneyDriver.typed(payload), Map.of());
    assertThat(done.status()).as(doer + " completes " + task.getName() + ": " + done).isIn(200, 204);
  }
}
