package uk.frontdoor.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.frontdoor.journey.ChildJourneyProcess;
import uk.frontdoor.journey.ChildJourneyProcess.Element;
import uk.frontdoor.journey.ChildJourneyProcess.Var;
import uk.frontdoor.journey.JourneyDriver;
import uk.frontdoor.support.Contacts;
import uk.frontdoor.support.Http.Reply;
import uk.frontdoor.support.HttpTest;
import uk.frontdoor.support.WebappSession;

/**
 * The hostile cases of the journey's doors, over real HTTP as the seeded users: a submission that
 * sets what a guard reads, a journey started part-way or moved, its variables written in Cockpit.
 */
class EngineDoorsHttpTest extends HttpTest {

  private static final String START = "/engine-rest/process-definition/key/" + ChildJourneyProcess.KEY + "/start";
  private static final String REASON = "Restoring a journey lost in the outage of 2 December, ticket 4471.";

  @Test
  void aScreeningThatAlsoSendsReReferralFalseIsRefusedNamingItAndNothingMoves() {
    Journey journey = atScreening();
    runtimeService.setVariable(journey.processInstanceId(), Var.RE_REFERRAL, true);
    Map<String, Object> payload = JourneyDriver.screening("no-further-action");
    payload.put(Var.RE_REFERRAL, false);

    Reply refused = submit("practitioner", journey.screeningTaskId(), payload);

    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.json().get("message").asText()).contains(Var.RE_REFERRAL).contains("not on this form")
        .doesNotContain("screeningRationale");
    assertThat(taskService.createTaskQuery().taskId(journey.screeningTaskId()).count()).isOne();
    assertThat(runtimeService.getVariable(journey.processInstanceId(), Var.RE_REFERRAL)).isEqualTo(true);
    assertThat(rows("screening_decision", journey.contactId())).isZero();
  }

  @Test
  void aThousandExtraVariablesAreRefusedWithTheFirstNamedAndTheRestCounted() {
    Journey journey = atScreening();
    Map<String, Object> payload = JourneyDriver.screening("mash-checks");
    for (int n = 0; n < 1000; n++) {
      payload.put("extra" + n, "x");
    }

    Reply refused = submit("practitioner", journey.screeningTaskId(), payload);

    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.json().get("message").asText()).contains("extra0").contains("and 990 more");
    assertThat(rows("screening_decision", journey.contactId())).isZero();
  }

  @Test
  void aPractitionerCannotStartAJourneyAtTheBriefIntervention() {
    long before = journeys();

    Reply refused = as("practitioner").post(START, startAt(Element.OFFER_BRIEF_INTERVENTION, "contact"));

    assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
    assertThat(refused.json().get("message").asText()).contains("Only an administrator");
    assertThat(journeys()).isEqualTo(before);
  }

  @Test
  void anAdministratorStartsPartWayOnlyWithAReasonAndTheActIsRecorded() {
    String contactId = newContactId();
    long before = journeys();

    Reply noReason = as("admin").post(START, startAt(Element.SCREEN_CONTACT, contactId));
    // Camunda REST wraps a refused start in a 500; the service answers what it is, a bad request
    assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
    assertThat(noReason.json().get("message").asText()).contains(InterventionReason.HEADER);
    assertThat(journeys()).isEqualTo(before);

    Reply started = as("admin").post(START, startAt(Element.SCREEN_CONTACT, contactId),
        Map.of(InterventionReason.HEADER, REASON));
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    String processInstanceId = started.json().get("id").asText();
    Map<String, Object> row = interventionOf(processInstanceId);
    assertThat(row).containsEntry("USER_ID", "admin").containsEntry("OPERATION", "start-part-way")
        .containsEntry("COMMAND", "StartProcessInstanceAtActivitiesCmd").containsEntry("REASON", REASON);
  }

  @Test
  void anAdministratorsStartAtTheBriefInterventionWithoutTheRecordsIsRefusedByTheStepsGuard() {
    String contactId = newContactId();
    long before = journeys();

    Reply refused = as("admin").post(START, startAt(Element.OFFER_BRIEF_INTERVENTION, contactId),
        Map.of(InterventionReason.HEADER, REASON));

    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.json().get("message").asText()).contains("does not follow from what was decided");
    assertThat(journeys()).isEqualTo(before);
    assertThat(rows("follow_on", UUID.fromString(contactId))).isZero();
  }

  @Test
  void theLogOfInterventionsIsForAdministrators() {
    Reply manager = as("manager").get("/api/interventions");
    Reply admin = as("admin").get("/api/interventions");

    assertThat(manager.status()).as(manager.toString()).isEqualTo(403);
    assertThat(admin.status()).as(admin.toString()).isEqualTo(200);
    assertThat(admin.json().isArray()).isTrue();
  }

  @Test
  void aManagerCannotMoveAJourneyButAnAdministratorCanWithCockpitsAnnotation() {
    Journey journey = atScreening();
    String modification = "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\""
        + Element.SCREEN_CONTACT + "\"}]";
    String path = "/engine-rest/process-instance/" + journey.processInstanceId() + "/modification";

    Reply manager = as("manager").post(path, modification + "}");
    assertThat(manager.status()).as(manager.toString()).isEqualTo(403);
    assertThat(screeningTasks(journey)).isOne();
    Reply noReason = as("admin").post(path, modification + "}");
    assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
    assertThat(noReason.json().get("message").asText()).contains(InterventionReason.HEADER);
    assertThat(screeningTasks(journey)).isOne();

    Reply admin = as("admin").post(path, modification + ",\"annotation\":\"" + REASON + "\"}");
    assertThat(admin.status()).as(admin.toString()).isEqualTo(204);
    assertThat(screeningTasks(journey)).isEqualTo(2);
    assertThat(interventionOf(journey.processInstanceId())).containsEntry("OPERATION", "modify")
        .containsEntry("REASON", REASON);
  }

  @Test
  void aManagerInCockpitCannotWriteDeleteOrCancel() {
    Journey journey = atScreening();
    runtimeService.setVariable(journey.processInstanceId(), Var.CONSENT_ROUTE, "manager");
    WebappSession cockpit = WebappSession.signIn(port, "manager", "cockpit");
    String instance = "/camunda/api/engine/engine/default/process-instance/" + journey.processInstanceId();

    assertThat(cockpit.get(instance).status()).isEqualTo(200);
    Reply write = cockpit.put(instance + "/variables/" + Var.CONSENT_ROUTE, "{\"value\":\"share\",\"type\":\"String\"}");
    Reply delete = cockpit.delete(instance + "/variables/" + Var.CONSENT_ROUTE);
    Reply modify = cockpit.post(instance + "/variables", "{\"modifications\":{\"" + Var.CONSENT_ROUTE
        + "\":{\"value\":\"share\",\"type\":\"String\"}}}");
    Reply cancel = cockpit.delete(instance);

    for (Reply reply : List.of(write, delete, modify, cancel)) {
      assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
    }
    assertThat(runtimeService.getVariable(journey.processInstanceId(), Var.CONSENT_ROUTE)).isEqualTo("manager");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(journey.processInstanceId()).count())
        .isOne();
  }

  private record Journey(String processInstanceId, UUID contactId, String screeningTaskId) {
  }

  /** A new contact through the API, its automatic steps run, its screening claimed by the practitioner. */
  private Journey atScreening() {
    Reply recorded = as("practitioner").post("/api/contacts", Contacts.valid().toString());
    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    String pi = recorded.json().get("processInstanceId").asText();
    runJobs(pi);
    String taskId = taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey(Element.SCREEN_CONTACT)
        .singleResult().getId();
    Reply claimed = as("practitioner").post("/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"practitioner\"}");
    assertThat(claimed.status()).as(claimed.toString()).isEqualTo(204);
    return new Journey(pi, UUID.fromString(recorded.json().get("contactId").asText()), taskId);
  }

  private String newContactId() {
    Reply recorded = as("practitioner").post("/api/contacts", Contacts.valid().toString());
    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    return recorded.json().get("contactId").asText();
  }

  private Reply submit(String user, String taskId, Map<String, Object> payload) {
    return as(user).post("/engine-rest/task/" + taskId + "/submit-form", JourneyDriver.typed(payload), Map.of());
  }

  /** A start at the activity with what its task needs to be created. */
  private static String startAt(String activityId, String contactId) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.CONTACT_ID, Map.of("value", contactId, "type", "String"));
    variables.put(Var.CONTACT_REFERENCE, Map.of("value", "FD-TEST", "type", "String"));
    variables.put(Var.RE_REFERRAL, Map.of("value", false, "type", "Boolean"));
    variables.put(Var.DECISION_DUE, Map.of("value", "2030-01-01T09:00:00.000+0000", "type", "Date"));
    variables.put(Var.REFERRER_DUE, Map.of("value", "2030-01-01T09:00:00.000+0000", "type", "Date"));
    return write(Map.of("variables", variables,
        "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", activityId))));
  }

  private static String write(Object body) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private long screeningTasks(Journey journey) {
    return taskService.createTaskQuery().processInstanceId(journey.processInstanceId())
        .taskDefinitionKey(Element.SCREEN_CONTACT).count();
  }

  private long journeys() {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ChildJourneyProcess.KEY).count();
  }

  private Map<String, Object> interventionOf(String processInstanceId) {
    return jdbc.sql("select * from intervention where process_instance_ids like ?").param("%" + processInstanceId + "%")
        .query().singleRow();
  }

  private long rows(String table, UUID contactId) {
    return jdbc.sql("select count(*) from " + table + " where contact_id = ?").param(contactId)
        .query(Long.class).single();
  }
}
