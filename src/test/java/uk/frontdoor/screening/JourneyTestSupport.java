package uk.frontdoor.screening;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.frontdoor.child.Address;
import uk.frontdoor.child.ChildDetails;
import uk.frontdoor.clock.DecisionClock;
import uk.frontdoor.contact.ContactIntake;
import uk.frontdoor.contact.ContactRequest;
import uk.frontdoor.contact.RecordedContact;
import uk.frontdoor.journey.ChildJourneyProcess;
import uk.frontdoor.journey.ChildJourneyProcess.Var;
import uk.frontdoor.security.Roles;

/**
 * What the screening, consent and oversight tests share: a fresh contact of their own (the data
 * directory outlives a run), a journey started just before the step under test, and acting as a
 * seeded person.
 */
public abstract class JourneyTestSupport {

  protected static final String PRACTITIONER = "practitioner";
  protected static final String PRACTITIONER_2 = "practitioner2";
  protected static final String MANAGER = "manager";
  protected static final String MANAGER_2 = "manager2";

  @Autowired protected ProcessEngine processEngine;
  @Autowired protected RuntimeService runtimeService;
  @Autowired protected TaskService taskService;
  @Autowired protected IdentityService identityService;
  @Autowired protected ContactIntake intake;
  @Autowired protected JdbcClient jdbc;
  @Autowired protected DecisionClock decisionClock;
  @Autowired protected Clock clock;

  @BeforeEach
  void initAssertions() {
    AbstractAssertions.init(processEngine);
  }

  @AfterEach
  void nobodyActs() {
    identityService.clearAuthentication();
  }

  /** A new anonymous contact about one child, with no journey yet. */
  protected String newContact() {
    return newContact(1);
  }

  /** A new anonymous contact about that many brothers and sisters, with no journey yet. */
  protected String newContact(int children) {
    String unique = UUID.randomUUID().toString().substring(0, 8);
    String surname = "Test" + unique.replaceAll("[0-9]", "x");
    List<ChildDetails> family = java.util.stream.IntStream.rangeClosed(1, children)
        .mapToObj(n -> new ChildDetails(n == 1 ? "Child" : "Child" + "abcdefghijklmnopqrstuvwxyz".charAt(n), surname,
            LocalDate.now(clock).minusYears(6).minusDays(n), null, null, null, null, null))
        .toList();
    ContactRequest request = new ContactRequest(null, "anonymous", null,
        new Address(unique + " Test Street", null, "Exampletown", "EX1 2AB"),
        family,
        "A neighbour heard shouting and a child crying late at night, several nights this week.",
        List.of(), "not-asked", null, null);
    RecordedContact contact = intake.recordForJourney(request, null);
    return contact.contactId().toString();
  }

  /** Starts the journey of the contact just before the element, with what the screening needs. */
  protected ProcessInstance startBefore(String element, String contactId, boolean reReferral,
      Map<String, Object> more) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.CONTACT_ID, contactId);
    variables.put(Var.CONTACT_REFERENCE, "FD-TEST-" + contactId.substring(0, 6));
    variables.put(Var.RE_REFERRAL, reReferral);
    variables.put(Var.RAG, "amber");
    variables.put(Var.DECISION_DUE, Date.from(decisionClock.decisionDue("amber", Instant.now(clock))));
    variables.putAll(more);
    return runtimeService.createProcessInstanceByKey(ChildJourneyProcess.KEY)
        .setVariables(variables)
        .startBeforeActivity(element)
        .execute();
  }

  protected Task taskAt(ProcessInstance journey, String element) {
    return taskService.createTaskQuery().processInstanceId(journey.getId()).taskDefinitionKey(element)
        .singleResult();
  }

  /** Completes the task as the person, in the group, as Tasklist or the REST API would. */
  protected void completeAs(String userId, String group, Task task, Map<String, Object> variables) {
    identityService.setAuthentication(userId, List.of(group));
    try {
      taskService.complete(task.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
  }

  protected void completeAsPractitioner(String userId, Task task, Map<String, Object> variables) {
    completeAs(userId, Roles.CRS_PRACTITIONERS, task, variables);
  }

  protected void completeAsManager(String userId, Task task, Map<String, Object> variables) {
    completeAs(userId, Roles.CRS_MANAGERS, task, variables);
  }

  protected long rows(String table, String contactId) {
    return jdbc.sql("select count(*) from " + table + " where contact_id = ?")
        .param(UUID.fromString(contactId)).query(Long.class).single();
  }
}
