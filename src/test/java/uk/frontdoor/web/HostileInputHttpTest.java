package uk.frontdoor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import uk.frontdoor.journey.JourneyDriver;
import uk.frontdoor.support.Contacts;
import uk.frontdoor.support.Http.Reply;
import uk.frontdoor.support.HttpTest;

/**
 * A generated sweep of hostile payloads, to the contacts API and to task completion through both
 * of Camunda REST's doors: none may answer 5xx, and none that is refused may leave a row behind.
 */
class HostileInputHttpTest extends HttpTest {

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

  /** Completion payloads, each of which the service must refuse: none may complete the task. */
  private static List<String> hostileCompletions() {
    Map<String, Object> valid = JourneyDriver.typed(JourneyDriver.screening("mash-checks"));
    String form = JSON.valueToTree(valid).get("variables").toString();
    String fields = form.substring(1, form.length() - 1);
    List<String> extras = List.of(
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
    List<String> payloads = new ArrayList<>();
    for (String extra : extras) {
      payloads.add("{\"variables\":{" + extra + "}}");
      payloads.add("{\"variables\":{" + fields + "," + extra + "}}");
    }
    // the form's own fields, each given a hostile value
    for (String name : List.of("screeningDecision", "screeningRationale")) {
      for (String value : List.of("null", "\"\"", "\"\\u200B\\u200B\\u200B\"", "\"\\u0000\"", "17",
          "\"" + "r".repeat(4_001) + "\"", "\"\\u0007\\u0008 rationale of control characters\"")) {
        payloads.add("{\"variables\":{" + fields.replaceFirst("\"" + name + "\":\\{[^}]*}",
            Matcher.quoteReplacement("\"" + name + "\":{\"value\":" + value + ",\"type\":\"String\"}")) + "}}");
      }
    }
    for (String body : List.of("", "null", "[]", "{", "{\"variables\":5}", "{\"variables\":[]}", "\u0000")) {
      payloads.add(body);
    }
    return payloads;
  }

  @Test
  void noHostileCompletionAnswers5xxThroughEitherDoorAndTheTaskStaysOpen() throws Exception {
    Reply recorded = as("practitioner").post("/api/contacts", Contacts.valid(), Map.of());
    String pi = recorded.json().get("processInstanceId").asText();
    runJobs(pi);
    String task = taskService.createTaskQuery().processInstanceId(pi).singleResult().getId();
    assertThat(as("practitioner").post("/engine-rest/task/" + task + "/claim", "{\"userId\":\"practitioner\"}")
        .status()).isEqualTo(204);
    WebappSession webapp = WebappSession.signIn(port, "practitioner");
    List<String> payloads = hostileCompletions();
    for (String payload : payloads) {
      for (String action : List.of("complete", "submit-form")) {
        Reply rest = as("practitioner").post("/engine-rest/task/" + task + "/" + action, payload, Map.of());
        assertThat(rest.status()).as("/engine-rest " + action + " " + abbreviated(payload) + " → " + rest)
            .isBetween(400, 499);
        Reply web = webapp.post("/camunda/api/engine/engine/default/task/" + task + "/" + action, payload);
        assertThat(web.status()).as("webapp " + action + " " + abbreviated(payload) + " → " + web).isBetween(400, 499);
      }
    }
    assertThat(payloads.size() * 4).isGreaterThanOrEqualTo(200);
    assertThat(taskService.createTaskQuery().taskId(task).count()).as("no hostile completion went through").isOne();
    assertThat(jdbc.sql("select count(*) from screening_decision where contact_id = ?")
        .param(java.util.UUID.fromString(recorded.json().get("contactId").asText())).query(Long.class).single())
        .isZero();
  }

  private static String abbreviated(String text) {
    return text.length() > 80 ? text.substring(0, 80) + "…(" + text.length() + ")" : text;
  }
}
