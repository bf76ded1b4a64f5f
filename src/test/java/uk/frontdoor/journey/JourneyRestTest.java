package uk.frontdoor.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.frontdoor.journey.ChildJourneyProcess.Element;
import uk.frontdoor.support.Contacts;
import uk.frontdoor.support.Http;
import uk.frontdoor.support.HttpTest;

/**
 * A whole journey through the REST API, as the seeded users would do it in Tasklist: the contact
 * comes in, each task is found, claimed and completed by the right role with its form's typed
 * values, and the outcome comes out. The payloads are JourneyDriver's, the same as the engine tests'.
 */
class JourneyRestTest extends HttpTest {

  @Test
  void aContactGoesFromArrivalToOutcomeThroughTheRestApiAsEachRoleWouldTakeIt() {
    ObjectNode request = Contacts.valid(
        Contacts.child(Contacts.uniqueName("Ada"), Contacts.uniqueName("Shaw"), LocalDate.now().minusYears(9)),
        Contacts.child(Contacts.uniqueName("Ben"), Contacts.uniqueName("Shaw"), LocalDate.now().minusYears(6)));
    Http.Reply recorded = as("practitioner").post("/api/contacts", request.toString());
    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    String pi = recorded.json().get("processInstanceId").asText();
    UUID contactId = UUID.fromString(recorded.json().get("contactId").asText());
    String ada = recorded.json().get("children").get(0).get("childId").asText();
    runJobs(pi);

    // a bad submission is refused, naming the field, and changes nothing
    JsonNode screening = claim("practitioner", pi, Element.SCREEN_CONTACT);
    Map<String, Object> noDecision = JourneyDriver.screening("mash-checks");
    noDecision.remove("screeningDecision");
    Http.Reply refused = submit("practitioner", screening, noDecision);
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    // under the label the form shows, without the field's key or the task's id
    assertThat(refused.json().get("message").asText()).contains("Your decision: ")
        .doesNotContain("screeningDecision").doesNotContain(id(screening));
    assertThat(rows("screening_decision", contactId)).isZero();

    completed(submit("practitioner", screening, JourneyDriver.screening("mash-checks")));
    completed(submit("practitioner", claim("practitioner", pi, Element.RECORD_CONSENT), JourneyDriver.consentGiven()));
    runJobs(pi);

    // the wrong role: the police cannot take the health check; a manager cannot answer for the police
    JsonNode health = agencyTask("health", pi, "health");
    Http.Reply policeOnHealth = as("police").post("/engine-rest/task/" + id(health) + "/claim",
        "{\"userId\":\"police\"}");
    assertThat(policeOnHealth.status()).as(policeOnHealth.toString()).isEqualTo(403);
    assertThat(policeOnHealth.json().get("message").asText())
        .isEqualTo("This task is not one your team works on, so you cannot take or complete it. "
            + "Choose a task from your own team's list.");
    JsonNode police = agencyTask("police", pi, "police");
    Http.Reply claimedByManager = as("manager").post("/engine-rest/task/" + id(police) + "/claim",
        "{\"userId\":\"manager\"}");
    assertThat(claimedByManager.status()).isEqualTo(204);
    Http.Reply managerForPolice = submit("manager", police, JourneyDriver.agencyAnswer("not-known"));
    assertThat(managerForPolice.status()).as(managerForPolice.toString()).isEqualTo(400);
    assertThat(managerForPolice.json().get("message").asText()).contains("only the police officers");
    assertThat(rows("mash_check", contactId)).isEqualTo(2);
    taskService.setAssignee(id(police), null);

    for (String agency : JourneyDriver.AGENCY_GROUPS.keySet()) {
      JsonNode check = agencyTask(agency, pi, agency);
      claimTask(agency, check);
      completed(submit(agency, check, JourneyDriver.agencyAnswer("known")));
    }
    assertThat(rows("mash_check", contactId)).isEqualTo(7);
    runJobs(pi); // the job executor joins the answers (asyncAfter), here by hand

    for (int child = 0; child < 2; child++) {
      JsonNode apply = claim("practitioner", pi, Element.APPLY_PATHWAYS);
      boolean first = apply.get("name").asText().contains(request.get("children").get(0).get("firstName").asText());
      completed(submit("practitioner", apply, first ? JourneyDriver.injuryIndicators(false)
          : JourneyDriver.earlyHelpIndicators()));
      completed(submit("practitioner", claim("practitioner", pi, Element.DECIDE_PATHWAY),
          JourneyDriver.pathway(first ? "children-and-families-assessment" : "early-help")));
    }

    JsonNode oversight = claim("manager2", pi, Element.MANAGEMENT_OVERSIGHT);
    completed(submit("manager2", oversight, JourneyDriver.oversightApproved(shown("manager2", oversight))));
    for (int child = 0; child < 2; child++) {
      JsonNode section = claim("manager2", pi, Element.OVERSIGHT_FOR_CHILD);
      completed(submit("manager2", section, JourneyDriver.oversightForChild(shown("manager2", section))));
    }

    assertThat(jdbc.sql("select outcome from child_outcome where contact_id = ? and child_id = ?")
        .params(contactId, UUID.fromString(ada)).query(String.class).single())
        .isEqualTo("children-and-families-assessment");
    assertThat(rows("child_outcome", contactId)).isEqualTo(2);
    assertThat(jdbc.sql("select closed_at is not null from contact where id = ?").param(contactId)
        .query(Boolean.class).single()).isTrue();
    assertThat(jdbc.sql("select manager from oversight_record where contact_id = ? and approved = true")
        .param(contactId).query(String.class).single()).isEqualTo("manager2");

    List<JsonNode> allocations = visible("assessor", pi, Element.ALLOCATE_ASSESSMENT);
    assertThat(allocations).hasSize(2);
    for (JsonNode allocation : allocations) {
      claimTask("assessor", allocation);
      completed(submit("assessor", allocation, JourneyDriver.allocation()));
    }
    completed(submit("practitioner", claim("practitioner", pi, Element.TELL_REFERRER), JourneyDriver.referrerTold()));

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(pi)
        .activityId(Element.JOURNEY_COMPLETE).count()).isOne();
    assertThat(jdbc.sql("select count(*) from assessment_allocation where contact_id = ? and allocated_to is not null")
        .param(contactId).query(Long.class).single()).isEqualTo(2);
  }

  /** The one task of that kind the user sees, claimed by them. */
  private JsonNode claim(String user, String pi, String element) {
    List<JsonNode> found = visible(user, pi, element);
    assertThat(found).as(user + " sees " + element).hasSize(1);
    claimTask(user, found.get(0));
    return found.get(0);
  }

  private void claimTask(String user, JsonNode task) {
    Http.Reply claimed = as(user).post("/engine-rest/task/" + id(task) + "/claim", "{\"userId\":\"" + user + "\"}");
    assertThat(claimed.status()).as(user + " claims " + task.get("name").asText() + ": " + claimed).isEqualTo(204);
  }

  private List<JsonNode> visible(String user, String pi, String element) {
    Http.Reply reply = as(user).get("/engine-rest/task?processInstanceId=" + pi + "&taskDefinitionKey=" + element);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    List<JsonNode> tasks = new ArrayList<>();
    reply.json().forEach(tasks::add);
    return tasks;
  }

  /** The partner check of that agency, as its officer finds it in their queue (by the task's agency). */
  private JsonNode agencyTask(String user, String pi, String agency) {
    return visible("manager", pi, Element.CHECK_AGENCY_RECORDS).stream()
        .filter(task -> agency.equals(taskService.getVariable(id(task), ChildJourneyProcess.Var.AGENCY)))
        .findFirst().orElseThrow();
  }

  private Http.Reply submit(String user, JsonNode task, Map<String, Object> payload) {
    return as(user).post("/engine-rest/task/" + id(task) + "/submit-form", JourneyDriver.typed(payload), Map.of());
  }

  /** What the task's form shows the user, read through the REST API as Tasklist reads it. */
  private Map<String, Object> shown(String user, JsonNode task) {
    Http.Reply variables = as(user).get("/engine-rest/task/" + id(task) + "/form-variables?deserializeValues=false");
    assertThat(variables.status()).as(variables.toString()).isEqualTo(200);
    Map<String, Object> shown = new java.util.HashMap<>();
    variables.json().fields().forEachRemaining(field -> {
      JsonNode value = field.getValue().get("value");
      shown.put(field.getKey(), value == null || value.isNull() ? null : value.isTextual() ? value.asText() : value.toString());
    });
    return shown;
  }

  private static void completed(Http.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isIn(200, 204);
  }

  private static String id(JsonNode task) {
    return task.get("id").asText();
  }

  private long rows(String table, UUID contactId) {
    return jdbc.sql("select count(*) from " + table + " where contact_id = ?").param(contactId)
        .query(Long.class).single();
  }
}
