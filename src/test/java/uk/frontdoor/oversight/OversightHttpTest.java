package uk.frontdoor.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.frontdoor.journey.ChildJourneyProcess.Element;
import uk.frontdoor.support.Contacts;
import uk.frontdoor.support.Http.Reply;
import uk.frontdoor.support.HttpTest;

/**
 * The proforma through the engine REST API, as Tasklist submits it, by the seeded users: the
 * sign-off for the contact, then one step per child; each quality rule refused with what to write,
 * four eyes at claim and completion of each, a send-back and its rework with the clock running,
 * and a correction that leaves the signed record as it was.
 */
class OversightHttpTest extends HttpTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String RATIONALE = "No further action: her school and her grandmother keep her safe and well.";

  @Autowired
  private AuthorizationService authorizationService;

  /** A contact recorded over the API and screened out by the screener, now at management oversight. */
  private record AtOversight(String contactId, String processInstanceId, List<String> childIds) {
  }

  private AtOversight screenedOutBy(String screener, ObjectNode contact) {
    Reply recorded = as("practitioner").post("/api/contacts", contact, Map.of());
    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    String contactId = recorded.json().get("contactId").asText();
    String pi = recorded.json().get("processInstanceId").asText();
    runJobs(pi);
    screen(screener, pi, "no-further-action");
    assertThat(oversightTask(pi)).isNotNull();
    List<String> childIds = jdbc.sql("select child_id from contact_child where contact_id = ? order by position")
        .param(UUID.fromString(contactId)).query(UUID.class).list().stream().map(UUID::toString).toList();
    return new AtOversight(contactId, pi, childIds);
  }

  private AtOversight screenedOutBy(String screener) {
    return screenedOutBy(screener, Contacts.valid());
  }

  private void screen(String screener, String pi, String decision) {
    Task screening = taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey(Element.SCREEN_CONTACT)
        .singleResult();
    Reply done = as(screener).post("/engine-rest/task/" + screening.getId() + "/complete", variables(Map.of(
        "screeningDecision", decision,
        "screeningRationale", "The neighbour's account is vague and her school has no worries about her.")),
        Map.of());
    assertThat(done.status()).as(done.toString()).isEqualTo(204);
  }

  private Task oversightTask(String pi) {
    return taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey(Element.MANAGEMENT_OVERSIGHT)
        .singleResult();
  }

  private Task childTask(String pi) {
    return taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey(Element.OVERSIGHT_FOR_CHILD)
        .singleResult();
  }

  /** One child's section, as the child's step submits it. */
  private static ObjectNode section() {
    ObjectNode child = JSON.createObjectNode();
    child.put("level", "1");
    child.put("indicators", "No indicator of need beyond universal services applies.");
    child.put("risks", "Shouting heard by one neighbour; no injury seen and nothing from school.");
    child.put("strengths", "Her grandmother lives with the family; she attends school every day.");
    child.put("analysis", "Nothing suggests she is unsafe at home; the people around her notice and act.");
    child.put("childsVoice", "She told her teacher she likes reading with her grandmother at bedtime.");
    return child;
  }

  private static ArrayNode nextSteps() {
    ArrayNode steps = JSON.createArrayNode();
    ObjectNode step = steps.addObject();
    step.put("action", "Write to the neighbour to say what happens now and who to call if worried.");
    step.put("owner", "Duty practitioner");
    step.put("timescale", "Within 2 working days");
    return steps;
  }

  /** A sign-off that passes; a test changes one thing. */
  private static ObjectNode approval() {
    ObjectNode form = JSON.createObjectNode();
    form.put("oversightDecision", "approve");
    form.put("rationale", RATIONALE);
    form.set("step1", nextSteps().get(0));
    return form;
  }

  /** A correction's proforma: the lists, with a section per child. */
  private static ObjectNode correctionOf(List<String> childIds) {
    ObjectNode form = JSON.createObjectNode();
    ArrayNode children = form.putArray("children");
    childIds.forEach(id -> children.add(section().put("childId", id)));
    form.put("rationale", RATIONALE);
    form.set("nextSteps", nextSteps());
    return form;
  }

  /** The engine REST API's variables: lists go as Json, as Tasklist sends a dynamic list. */
  private static ObjectNode variables(Map<String, ?> values) {
    ObjectNode body = JSON.createObjectNode();
    ObjectNode variables = body.putObject("variables");
    values.forEach((name, value) -> {
      ObjectNode variable = variables.putObject(name);
      if (value instanceof JsonNode node && node.isContainerNode()) {
        variable.put("value", node.toString());
        variable.put("type", "Json");
      } else if (value instanceof JsonNode node) {
        variable.set("value", node);
      } else {
        variable.putPOJO("value", value);
      }
    });
    return body;
  }

  private static ObjectNode variables(ObjectNode form) {
    Map<String, JsonNode> values = new java.util.LinkedHashMap<>();
    form.fields().forEachRemaining(field -> values.put(field.getKey(), field.getValue()));
    return variables(values);
  }

  private Reply complete(String manager, String pi, ObjectNode form) {
    return as(manager).post("/engine-rest/task/" + oversightTask(pi).getId() + "/complete", variables(form), Map.of());
  }

  private Reply completeChild(String manager, String pi, ObjectNode section) {
    return as(manager).post("/engine-rest/task/" + childTask(pi).getId() + "/complete", variables(section), Map.of());
  }

  /** Signs off the contact and writes every child's section, as one manager. */
  private void approve(String manager, AtOversight journey, ObjectNode signOff) {
    Reply signed = complete(manager, journey.processInstanceId(), signOff);
    assertThat(signed.status()).as(signed.toString()).isEqualTo(204);
    for (int n = 0; n < journey.childIds().size(); n++) {
      Reply written = completeChild(manager, journey.processInstanceId(), section());
      assertThat(written.status()).as(written.toString()).isEqualTo(204);
    }
    assertThat(childTask(journey.processInstanceId())).isNull();
  }

  private long oversightRows(String contactId) {
    return jdbc.sql("select count(*) from oversight_record where contact_id = ?").param(UUID.fromString(contactId))
        .query(Long.class).single();
  }

  private void assertRefused(Reply reply, AtOversight journey, String... messages) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.json().get("message").asText()).contains(messages);
    assertThat(oversightRows(journey.contactId())).isZero();
    assertThat(oversightTask(journey.processInstanceId()) != null || childTask(journey.processInstanceId()) != null)
        .as("the task stays open").isTrue();
  }

  @Test
  void theManagerWhoScreenedIsRefusedAtClaimAndCompletionAndASecondManagerSigns() {
    AtOversight journey = screenedOutBy("manager");
    Task task = oversightTask(journey.processInstanceId());
    assertThat(authorizationService.createAuthorizationQuery().userIdIn("manager").resourceType(Resources.TASK)
        .resourceId(task.getId()).authorizationType(Authorization.AUTH_TYPE_REVOKE).count()).isEqualTo(1);

    Reply claim = as("manager").post("/engine-rest/task/" + task.getId() + "/claim", "{\"userId\":\"manager\"}");
    assertThat(claim.status()).as(claim.toString()).isEqualTo(403);
    // Tasklist shows this message as it is: plain words, no ids or permission names
    assertThat(claim.json().get("message").asText()).isEqualTo("You made the screening decision on this contact, "
        + "so another team manager must sign it off. Leave this task for a colleague.");
    Reply completion = complete("manager", journey.processInstanceId(), approval());
    assertThat(completion.status()).as(completion.toString()).isEqualTo(403);
    assertThat(oversightRows(journey.contactId())).isZero();
    assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();

    Reply claimed = as("manager2").post("/engine-rest/task/" + task.getId() + "/claim", "{\"userId\":\"manager2\"}");
    assertThat(claimed.status()).as(claimed.toString()).isEqualTo(204);
    Reply signed = complete("manager2", journey.processInstanceId(), approval());
    assertThat(signed.status()).as(signed.toString()).isEqualTo(204);
    Task child = childTask(journey.processInstanceId());
    Reply childClaim = as("manager").post("/engine-rest/task/" + child.getId() + "/claim", "{\"userId\":\"manager\"}");
    assertThat(childClaim.status()).as("the child's step is closed to the screener too: " + childClaim).isEqualTo(403);
    Reply written = completeChild("manager2", journey.processInstanceId(), section());
    assertThat(written.status()).as(written.toString()).isEqualTo(204);

    Map<String, Object> row = jdbc.sql("select * from oversight_record where contact_id = ?")
        .param(UUID.fromString(journey.contactId())).query().singleRow();
    assertThat(row).containsEntry("APPROVED", true).containsEntry("MANAGER", "manager2")
        .containsEntry("MANAGER_NAME", "Alex Reid").containsEntry("NOT_PROGRESSED", true)
        .containsEntry("DECISION_WORDS", "no further action").containsEntry("RATIONALE", RATIONALE);
    assertThat(jdbc.sql("select child_id, level, written_by from oversight_child where oversight_id = ?")
        .param(row.get("ID")).query().listOfRows()).singleElement()
        .satisfies(section -> assertThat(section).containsEntry("CHILD_ID", UUID.fromString(journey.childIds().get(0)))
            .containsEntry("LEVEL", 1).containsEntry("WRITTEN_BY", "manager2"));
    assertThat(jdbc.sql("select owner, timescale from oversight_next_step where oversight_id = ?")
        .param(row.get("ID")).query().singleRow()).containsEntry("OWNER", "Duty practitioner");
  }

  @Test
  void aPlaceholderIsRefusedWithWhatToWrite() {
    AtOversight journey = screenedOutBy("practitioner");
    ObjectNode form = approval();
    ((ObjectNode) form.get("step1")).put("owner", "tbc");
    assertRefused(complete("manager", journey.processInstanceId(), form), journey,
        "Please check: Next step 1, owner: 'tbc' says nothing: write who does this step");

    assertThat(complete("manager", journey.processInstanceId(), approval()).status()).isEqualTo(204);
    assertRefused(completeChild("manager", journey.processInstanceId(), section().put("strengths", "N/A")), journey,
        "Please check: Strengths (protective factors): 'N/A' says nothing: write the strengths around");
  }

  @Test
  void aShortAnalysisIsRefused() {
    AtOversight journey = screenedOutBy("practitioner");
    assertThat(complete("manager", journey.processInstanceId(), approval()).status()).isEqualTo(204);

    assertRefused(completeChild("manager", journey.processInstanceId(), section().put("analysis", "She is fine.")),
        journey, "Please check: Analysis: write your analysis: what the risks and strengths mean for", "(at least 20 characters)");
  }

  @Test
  void aRationaleThatDoesNotNameTheDecisionIsRefused() {
    AtOversight journey = screenedOutBy("practitioner");
    ObjectNode form = approval();
    form.put("rationale", "Her school and her grandmother keep her safe and well, so this is right.");

    assertRefused(complete("manager", journey.processInstanceId(), form), journey,
        "Please check: Rationale for the decision: say which decision this justifies: write \"no further action\"");
  }

  @Test
  void everyChildHasAStepOfTheirOwnAndNothingIsSignedUntilEachIsWritten() {
    ObjectNode sister = Contacts.child(Contacts.uniqueName("Maya"), Contacts.uniqueName("Khan"),
        LocalDate.now().minusYears(4));
    ObjectNode brother = Contacts.child(Contacts.uniqueName("Omar"), Contacts.uniqueName("Khan"),
        LocalDate.now().minusYears(9));
    AtOversight journey = screenedOutBy("practitioner", Contacts.valid(sister, brother));
    assertThat(journey.childIds()).hasSize(2);
    assertThat(complete("manager", journey.processInstanceId(), approval()).status()).isEqualTo(204);

    String first = (String) taskService.getVariable(childTask(journey.processInstanceId()).getId(), "childName");
    assertThat(completeChild("manager", journey.processInstanceId(), section()).status()).isEqualTo(204);
    assertThat(oversightRows(journey.contactId())).as("one child of two written: nothing signed yet").isZero();
    String second = (String) taskService.getVariable(childTask(journey.processInstanceId()).getId(), "childName");
    assertThat(List.of(first, second)).containsExactly(sister.get("firstName").asText() + " "
        + sister.get("lastName").asText(), brother.get("firstName").asText() + " " + brother.get("lastName").asText());
    assertThat(completeChild("manager", journey.processInstanceId(), section()).status()).isEqualTo(204);

    assertThat(jdbc.sql("select c.child_id from oversight_child c join oversight_record r on r.id = c.oversight_id "
        + "where r.contact_id = ? order by c.position").param(UUID.fromString(journey.contactId()))
        .query(UUID.class).list()).containsExactlyElementsOf(journey.childIds().stream().map(UUID::fromString).toList());
    assertThat(jdbc.sql("select count(*) from oversight_draft_child where contact_id = ?")
        .param(UUID.fromString(journey.contactId())).query(Long.class).single()).as("the drafts go").isZero();
  }

  @Test
  void aSendBackIsRecordedWithItsReworkAndTheClockKeepsRunning() {
    AtOversight journey = screenedOutBy("practitioner");
    Job timer = managementService.createJobQuery().processInstanceId(journey.processInstanceId()).timers()
        .singleResult();
    Date due = timer.getDuedate();

    Reply sentBack = complete("manager", journey.processInstanceId(), variablesOf(
        "oversightDecision", "send-back",
        "sendBackReason", "Ask her school what she has said about home before closing this."));
    assertThat(sentBack.status()).as(sentBack.toString()).isEqualTo(204);
    screen("practitioner", journey.processInstanceId(), "information-and-advice");
    Job after = managementService.createJobQuery().processInstanceId(journey.processInstanceId()).timers()
        .singleResult();
    assertThat(after.getId()).as("the decision clock's timer is the same job").isEqualTo(timer.getId());
    assertThat(after.getDuedate()).isEqualTo(due);
    ObjectNode form = approval();
    form.put("rationale", "Information and advice to her mother about support at school is enough for her.");
    approve("manager", journey, form);

    List<Map<String, Object>> records = jdbc.sql("""
        select approved, send_back_reason, decision_words, signed_at from oversight_record
        where contact_id = ? order by signed_at""").param(UUID.fromString(journey.contactId())).query().listOfRows();
    assertThat(records).hasSize(2);
    assertThat(records.get(0)).containsEntry("APPROVED", false)
        .containsEntry("SEND_BACK_REASON", "Ask her school what she has said about home before closing this.");
    assertThat(records.get(1)).containsEntry("APPROVED", true).containsEntry("DECISION_WORDS", "information and advice");
    List<String> screenings = jdbc.sql("select decision from screening_decision where contact_id = ? order by decided_at")
        .param(UUID.fromString(journey.contactId())).query(String.class).list();
    assertThat(screenings).containsExactly("no-further-action", "information-and-advice");
  }

  private static ObjectNode variablesOf(String... namesAndValues) {
    ObjectNode form = JSON.createObjectNode();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      form.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return form;
  }

  @Test
  void aCorrectionIsANewRecordAndTheSignedOneStaysAsItWas() {
    AtOversight journey = screenedOutBy("practitioner");
    approve("manager2", journey, approval());
    UUID contactId = UUID.fromString(journey.contactId());
    Map<String, Object> original = jdbc.sql("select * from oversight_record where contact_id = ?").param(contactId)
        .query().singleRow();
    String corrections = "/api/contacts/" + contactId + "/oversight/" + original.get("ID") + "/corrections";
    ObjectNode correction = correctionOf(journey.childIds());
    correction.put("reason", "The owner of the next step is the school nurse, not the duty practitioner.");
    ((ObjectNode) correction.get("nextSteps").get(0)).put("owner", "School nurse");

    assertThat(as("practitioner").post(corrections, correction, Map.of()).status()).isEqualTo(403);
    ObjectNode placeholder = correction.deepCopy();
    placeholder.put("reason", "see above");
    Reply refused = as("manager").post(corrections, placeholder, Map.of());
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.body()).contains("'see above' says nothing");
    assertThat(oversightRows(journey.contactId())).isEqualTo(1);

    Reply corrected = as("manager").post(corrections, correction, Map.of());
    assertThat(corrected.status()).as(corrected.toString()).isEqualTo(201);
    assertThat(corrected.json().get("correctsId").asText()).isEqualTo(original.get("ID").toString());
    assertThat(jdbc.sql("select * from oversight_record where id = ?").param(original.get("ID")).query().singleRow())
        .isEqualTo(original);
    assertThat(jdbc.sql("select corrects_id, correction_reason, manager_name from oversight_record where id = ?")
        .param(UUID.fromString(corrected.json().get("id").asText())).query().singleRow())
        .containsEntry("CORRECTS_ID", original.get("ID")).containsEntry("MANAGER_NAME", managerName("manager"));
  }

  private String managerName(String userId) {
    return jdbc.sql("select FIRST_ || ' ' || LAST_ from ACT_ID_USER where ID_ = ?").param(userId)
        .query(String.class).single();
  }
}
