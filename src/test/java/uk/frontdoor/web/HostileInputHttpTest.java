package uk.frontdoor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import uk.frontdoor.journey.ChildJourneyProcess.Element;
import uk.frontdoor.journey.JourneyDriver;
import uk.frontdoor.support.Contacts;
import uk.frontdoor.support.Http.Reply;
import uk.frontdoor.support.WebappSession;
import uk.frontdoor.support.WholeJourneyHttpTest;

/**
 * A generated sweep of hostile payloads, to the contacts API and to the completion of every form of
 * the journey through Camunda REST's doors (the engine's REST API and the webapps' API Tasklist
 * calls): none may answer 5xx, none may complete a task, and none that is refused may leave a row
 * behind.
 */
class HostileInputHttpTest extends WholeJourneyHttpTest {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Values no field should choke on: empty, invisible, control characters, huge, of the wrong shape. */
  private static List<JsonNode> hostileValues() {
    List<JsonNode> values = new ArrayList<>();
    for (String text : List.of("", "   ", "\u200B".repeat(30), "\u0000", "A\u0000B", "\u0001\u0002\u0003",
        "x".repeat(10_001), "'; drop table child; --",
        "\uD83D\uDE00".repeat(120), " padded ", "-999999999-01-01", "\u3164\u2800\uFFA0")) {
      values.add(NODES.textNode(text));
    }
    values.add(NODES.nullNode());
    values.add(NODES.numberNode(-1));
    values.add(NODES.numberNode(Long.MAX_VALUE));
    values.add(NODES.booleanNode(true));
    values.add(NODES.arrayNode().add("a").addNull());
    values.add(NODES.objectNode().put("x", 1));
    return values;
  }

  /** Every field of a contact, as a way to put a value there. */
  private static Map<String, Consumer<ObjectNode>> fieldSetters(JsonNode value) {
    Map<String, Consumer<ObjectNode>> fields = new LinkedHashMap<>();
    for (String top : List.of("receivedAt", "source", "referrer", "address", "children", "concerns", "concernTypes",
        "referrerConsent", "referrerConsentDetail", "clientReference")) {
      fields.put(top, c -> c.set(top, value));
    }
    for (String part : List.of("name", "organisation", "relationship", "telephone", "email")) {
      fields.put("referrer." + part, c -> ((ObjectNode) c.get("referrer")).set(part, value));
    }
    for (String part : List.of("line1", "line2", "town", "postcode")) {
      fields.put("address." + part, c -> ((ObjectNode) c.get("address")).set(part, value));
    }
    for (String part : List.of("firstName", "lastName", "dateOfBirth", "expectedDate", "estimatedAgeYears", "sex",
        "childId", "identifier")) {
      fields.put("children[0]." + part, c -> ((ObjectNode) c.get("children").get(0)).set(part, value));
    }
    fields.put("children[1]", c -> ((ArrayNode) c.get("children")).add(value));
    fields.put("concernTypes[1]", c -> ((ArrayNode) c.get("concernTypes")).add(value));
    return fields;
  }

  @Test
  void noHostileContactAnswers5xxAndNoRefusedOneWritesAnything() {
    List<String> sent = new ArrayList<>();
    List<JsonNode> values = hostileValues();
    for (JsonNode value : values) {
      fieldSetters(value).forEach((field, set) -> {
        ObjectNode contact = Contacts.valid();
        set.accept(contact);
        sent.add(field + " = " + abbreviated(value.toString()));
        sendContact(field + " = " + abbreviated(value.toString()), contact.toString());
      });
    }
    // the whole body misshapen
    for (String body : List.of("", "null", "[]", "42", "\"contact\"", "{", "{\"source\":", "\u0000",
        "{\"children\":[" + "[".repeat(2_000) + "]}", "{\"a\":1,\"a\":2}")) {
      sent.add("body " + abbreviated(body));
      sendContact("body " + abbreviated(body), body);
    }
    assertThat(sent).hasSizeGreaterThanOrEqualTo(500);
  }

  private void sendContact(String what, String body) {
    Map<String, Object> before = rows();
    Reply reply = as("practitioner").post("/api/contacts", body, Map.of());
    assertThat(reply.status()).as(what + " → " + reply).isLessThan(500);
    if (reply.status() >= 400) {
      assertThat(rows()).as(what + " was refused, yet wrote something").isEqualTo(before);
    }
  }

  /** Every table a contact writes to, and the journeys, counted in one query. */
  private Map<String, Object> rows() {
    return jdbc.sql("""
        select (select count(*) from contact) contacts, (select count(*) from contact_child) contact_children,
               (select count(*) from child) children, (select count(*) from household) households,
               (select count(*) from act_hi_procinst) journeys""").query().singleRow();
  }

  /** Unknown variables of every type Camunda REST reads, each of which the service must refuse. */
  private static final List<String> EXTRAS = List.of(
      "\"x\":{\"value\":\"{bad\",\"type\":\"Json\"}",
      "\"x\":{\"value\":\"[1,2\",\"type\":\"Json\"}",
      "\"x\":{\"value\":17,\"type\":\"Json\"}",
      "\"x\":{\"value\":\"abc\",\"type\":\"File\"}",
      "\"x\":{\"value\":\"abc\",\"type\":\"File\",\"valueInfo\":{}}",
      "\"x\":{\"value\":\"<a/>\",\"type\":\"Xml\"}",
      "\"x\":{\"value\":\"abc\",\"type\":\"Object\"}",
      "\"x\":{\"value\":\"{}\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.util.HashMap\"}}",
      "\"x\":{\"value\":\"abc\",\"type\":\"Nonsense\"}",
      "\"x\":{\"value\":\"abc\",\"type\":\"Integer\"}",
      "\"x\":{\"value\":\"abc\",\"type\":\"Date\"}",
      "\"x\":{\"value\":\"***\",\"type\":\"Bytes\"}",
      "\"x\":null",
      "\"x\":\"plain\"",
      "\"x\":[1]",
      "\"" + "n".repeat(10_000) + "\":{\"value\":\"abc\",\"type\":\"String\"}",
      "\"\":{\"value\":\"abc\",\"type\":\"String\"}",
      "\"x\":{\"value\":\"" + "v".repeat(4_001) + "\",\"type\":\"String\"}",
      "\"x\":{\"value\":\"a\\u0000b\",\"type\":\"String\"}");

  /** Values no field of any form may take: too long, control characters, the wrong type. */
  private static final List<String> NEVER_VALID = List.of(
      "{\"value\":\"" + "x".repeat(10_001) + "\",\"type\":\"String\"}",
      "{\"value\":\"A\\u0000B\",\"type\":\"String\"}",
      "{\"value\":\"\\u0001\\u0002\\u0003\",\"type\":\"String\"}",
      "{\"value\":\"{bad\",\"type\":\"Json\"}",
      "{\"value\":\"abc\",\"type\":\"File\"}",
      "{\"value\":\"abc\",\"type\":\"Object\"}",
      "{\"value\":\"<a/>\",\"type\":\"Xml\"}");

  /**
   * Values a required field may not take: nothing, empty, blank, only invisible characters (which
   * count as empty everywhere, so an optional field takes them as left empty).
   */
  private static final List<String> EMPTY = List.of(
      "{\"value\":null,\"type\":\"String\"}", "{\"value\":\"\",\"type\":\"String\"}",
      "{\"value\":\"" + "\\u200B".repeat(30) + "\",\"type\":\"String\"}",
      "{\"value\":\"   \",\"type\":\"String\"}", "{\"value\":null,\"type\":\"Null\"}");

  /**
   * Completion payloads the service must refuse, for a task whose form has these fields and whose
   * valid submission is {@code valid}: each field given a value it may never take, extra variables
   * alone and beside the valid fields, and misshapen bodies.
   */
  private static List<Hostile> hostileCompletions(List<FormField> form, ObjectNode valid) {
    List<Hostile> payloads = new ArrayList<>();
    for (FormField field : form) {
      List<String> values = new ArrayList<>(NEVER_VALID);
      if (field.required()) {
        values.addAll(EMPTY);
      }
      for (String value : values) {
        ObjectNode variables = valid.deepCopy();
        variables.set(field.key(), parse(value));
        payloads.add(new Hostile(field.key() + " = " + abbreviated(value), "{\"variables\":" + variables + "}"));
      }
    }
    String fields = valid.toString().substring(1, valid.toString().length() - 1);
    for (String extra : EXTRAS) {
      payloads.add(new Hostile("only " + abbreviated(extra), "{\"variables\":{" + extra + "}}"));
      payloads.add(new Hostile("the form and " + abbreviated(extra),
          "{\"variables\":{" + fields + (fields.isEmpty() ? "" : ",") + extra + "}}"));
    }
    // (an empty body is no submission, which a form filled in by the service may take as it is)
    for (String body : List.of("[]", "{", "{\"variables\":5}", "{\"variables\":[]}", "\u0000", "{\"variables\":")) {
      payloads.add(new Hostile("body " + body, body));
    }
    return payloads;
  }

  /** A hostile completion, and what is hostile about it in words. */
  private record Hostile(String what, String body) {
  }

  private record FormField(String key, String type, boolean required) {
  }

  /** The fields of the task's form, as Tasklist draws it: every component with a key, groups opened. */
  private List<FormField> formFields(String taskId, String user) {
    Reply form = as(user).get("/engine-rest/task/" + taskId + "/deployed-form");
    assertThat(form.status()).as(form.toString()).isEqualTo(200);
    List<FormField> fields = new ArrayList<>();
    collectFields(form.json(), fields, false);
    return fields;
  }

  /** A field required only when a condition shows it (as the server requires it) is not counted required. */
  private static void collectFields(JsonNode component, List<FormField> fields, boolean shownOnCondition) {
    boolean conditional = shownOnCondition || component.path("conditional").hasNonNull("hide");
    if (component.hasNonNull("key") && !component.path("readonly").asBoolean() && !component.path("disabled").asBoolean()) {
      fields.add(new FormField(component.get("key").asText(), component.path("type").asText(),
          !conditional && component.path("validate").path("required").asBoolean()));
    }
    for (JsonNode inner : component.path("components")) {
      collectFields(inner, fields, conditional);
    }
  }

  @Test
  void noHostileCompletionOfAnyFormAnswers5xxThroughEitherDoorNorWritesAnything() {
    Sweep sweep = new Sweep();
    Set<String> swept = new HashSet<>();
    walkWholeJourney((task, element, doer, payload) -> {
      if (swept.add(element)) {
        sweep.of(task, element, doer, payload);
      }
    });
    sweep.assertAllRefused();
    assertThat(swept).as("every form of the journey").hasSize(11);
  }

  @Test
  void theManagersReviewsAndConsentDecisionRefuseHostileCompletionsToo() {
    Sweep sweep = new Sweep();
    Reply recorded = as(JourneyDriver.PRACTITIONER).post("/api/contacts", Contacts.valid().toString());
    String pi = recorded.json().get("processInstanceId").asText();
    runJobs(pi);
    managementService.executeJob(managementService.createJobQuery().processInstanceId(pi)
        .activityId(Element.DECISION_OVERDUE).singleResult().getId());
    sweepAndDo(sweep, pi, Element.REVIEW_OVERDUE_DECISION, JourneyDriver.MANAGER, JourneyDriver.overdueDecision());
    completeAs(open(pi, Element.SCREEN_CONTACT), JourneyDriver.PRACTITIONER, JourneyDriver.screening("mash-checks"));
    completeAs(open(pi, Element.RECORD_CONSENT), JourneyDriver.PRACTITIONER, JourneyDriver.consentRefused(true));
    sweepAndDo(sweep, pi, Element.DECIDE_CONSENT_AS_MANAGER, JourneyDriver.MANAGER,
        JourneyDriver.managerProceedsWithoutConsent());
    runJobs(pi);
    managementService.executeJob(managementService.createJobQuery().processInstanceId(pi)
        .activityId(Element.AGENCY_CHECK_OVERDUE).list().get(0).getId());
    sweepAndDo(sweep, pi, Element.REVIEW_OVERDUE_AGENCY_CHECK, JourneyDriver.MANAGER, JourneyDriver.agencyOverdue(false));
    sweep.assertAllRefused();
  }

  private void sweepAndDo(Sweep sweep, String pi, String element, String doer, Map<String, Object> payload) {
    Task task = open(pi, element);
    sweep.of(task, element, doer, payload);
    completeAs(task, doer, payload);
  }

  private Task open(String pi, String element) {
    return taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey(element).list().get(0);
  }

  /**
   * Hostile completions of one task by the person whose task it is, through the engine's REST API
   * (complete, submit-form) and the webapps' API that Tasklist calls: each must be refused with a 4xx,
   * leave the task open and write no row anywhere.
   */
  private final class Sweep {
    private final Map<String, WebappSession> webapps = new HashMap<>();
    private final List<String> sent = new ArrayList<>();
    private final List<String> wrong = new ArrayList<>();

    void of(Task task, String element, String doer, Map<String, Object> payload) {
      assertThat(as(doer).post("/engine-rest/task/" + task.getId() + "/claim", "{\"userId\":\"" + doer + "\"}")
          .status()).isEqualTo(204);
      WebappSession webapp = webapps.computeIfAbsent(doer, user -> WebappSession.signIn(port, user));
      List<FormField> form = formFields(task.getId(), doer);
      assertThat(form).as(element + "'s form has fields").isNotEmpty();
      ObjectNode valid = (ObjectNode) JSON.valueToTree(JourneyDriver.typed(payload)).get("variables");
      for (Hostile hostile : hostileCompletions(form, valid)) {
        Map<String, Object> before = allRows();
        for (String door : List.of("/engine-rest/task/%s/complete", "/engine-rest/task/%s/submit-form",
            "/camunda/api/engine/engine/default/task/%s/submit-form")) {
          String path = door.formatted(task.getId());
          Reply reply = path.startsWith("/camunda") ? webapp.post(path, hostile.body())
              : as(doer).post(path, hostile.body(), Map.of());
          sent.add(element + " " + path);
          // the doer may complete the task: a 403 would be a door shut on them, not a refusal of the payload
          if (reply.status() < 400 || reply.status() > 499 || reply.status() == 403) {
            wrong.add(element + " " + door + " " + hostile.what() + " → " + abbreviated(reply.toString()));
          }
          if (taskService.createTaskQuery().taskId(task.getId()).count() == 0) {
            throw new AssertionError(element + ": a hostile completion went through: " + hostile.what());
          }
        }
        if (!allRows().equals(before)) {
          wrong.add(element + " " + hostile.what() + " was refused, yet wrote something");
        }
      }
    }

    void assertAllRefused() {
      assertThat(wrong).as("hostile completions not refused with a 4xx").isEmpty();
      assertThat(sent).hasSizeGreaterThanOrEqualTo(500);
    }
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(json, e);
    }
  }

  /** Every table's row count, the engine's and the service's, in one query. */
  private Map<String, Object> allRows() {
    if (countEveryTable == null) {
      countEveryTable = "select " + jdbc.sql("select table_name from information_schema.tables "
          + "where table_schema = 'PUBLIC' and table_type = 'BASE TABLE' order by table_name")
          .query(String.class).list().stream()
          .map(table -> "(select count(*) from \"" + table + "\") \"" + table + "\"")
          .collect(java.util.stream.Collectors.joining(", "));
    }
    return jdbc.sql(countEveryTable).query().singleRow();
  }

  private String countEveryTable;

  private static String abbreviated(String text) {
    return text.length() > 80 ? text.substring(0, 80) + "…(" + text.length() + ")" : text;
  }
}
