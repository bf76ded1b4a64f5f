package uk.frontdoor.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import uk.frontdoor.journey.ChildJourneyProcess;
import uk.frontdoor.support.Contacts;
import uk.frontdoor.support.Http.Reply;
import uk.frontdoor.support.HttpTest;

/** Tasklist's start form submits through the engine REST API; the contact must end up the same. */
class StartFormHttpTest extends HttpTest {

  private static final String SUBMIT_FORM = "/engine-rest/process-definition/key/child-journey/submit-form";
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Columns that differ between any two contacts, however they arrived. */
  private static final List<String> PER_CONTACT = List.of("ID", "REFERENCE", "REQUEST_HASH", "RECEIVED_AT",
      "RECORDED_AT", "PROCESS_INSTANCE_ID", "CLIENT_REFERENCE");

  @Test
  void theStartFormRecordsTheSameContactAsTheApiAndMatchesTheChild() throws Exception {
    String line1 = Contacts.uniqueHouseNumber() + " Station Road";
    ObjectNode child = Contacts.child(Contacts.uniqueName("Amira"), "Khan", LocalDate.now().minusYears(6));
    Reply api = as("practitioner").post("/api/contacts",
        Contacts.validAt(Contacts.address(line1, "EX1 2AB"), child), Map.of());
    assertThat(api.status()).as(api.toString()).isEqualTo(201);
    Counts before = counts();

    Reply form = as("practitioner").post(SUBMIT_FORM, startForm(line1, "EX1 2AB", List.of(child)), Map.of());

    assertThat(form.status()).as(form.toString()).isEqualTo(200);
    String processInstanceId = form.json().get("id").asText();
    Map<String, Object> row = jdbc.sql("select * from contact where process_instance_id = ?")
        .param(processInstanceId).query().singleRow();
    UUID contactId = (UUID) row.get("ID");
    Map<String, Object> apiRow = jdbc.sql("select * from contact where id = ?")
        .param(UUID.fromString(api.json().get("contactId").asText())).query().singleRow();
    assertThat(withoutPerContact(row)).isEqualTo(withoutPerContact(apiRow));
    assertThat(row.get("HOUSEHOLD_ID")).isEqualTo(UUID.fromString(api.json().get("householdId").asText()));
    assertThat(jdbc.sql("select child_id from contact_child where contact_id = ?").param(contactId)
        .query(UUID.class).list())
        .containsExactly(UUID.fromString(api.json().get("children").get(0).get("childId").asText()));
    assertThat(counts()).isEqualTo(new Counts(before.contacts() + 1, before.contactChildren() + 1,
        before.children(), before.households(), before.journeys() + 1));

    // the journey is keyed by the contact's reference and keeps only its ids, like one the API started
    ProcessInstance journey = runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId)
        .singleResult();
    assertThat(journey.getBusinessKey()).isEqualTo(row.get("REFERENCE"));
    assertThat(runtimeService.getVariables(processInstanceId)).isEqualTo(Map.of(
        ChildJourneyProcess.Var.CONTACT_ID, contactId.toString(),
        ChildJourneyProcess.Var.CONTACT_REFERENCE, row.get("REFERENCE")));
    runJobs(processInstanceId);
    assertThat(taskService.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(ChildJourneyProcess.Element.SCREEN_CONTACT).count()).isEqualTo(1);

    // and the API reads it back like any other contact
    JsonNode read = as("practitioner").get("/api/contacts/" + contactId).json();
    assertThat(read.get("processInstanceId").asText()).isEqualTo(processInstanceId);
    assertThat(read.get("children").get(0).get("known").asBoolean()).isTrue();
  }

  @Test
  void theStartFormTakesTwentyChildrenInItsSectionsAsTheApiDoes() throws Exception {
    String line1 = Contacts.uniqueHouseNumber() + " Mill Lane";
    Map<String, Object> form = new LinkedHashMap<>(startForm(line1, "EX2 4PQ", List.of()));
    @SuppressWarnings("unchecked")
    Map<String, Object> variables = new LinkedHashMap<>((Map<String, Object>) form.get("variables"));
    variables.remove("children");
    for (int n = 1; n <= 20; n++) {
      ObjectNode child = Contacts.child(Contacts.uniqueName("Sam"), "Okafor", LocalDate.now().minusYears(n % 17));
      // as Tasklist sends one section (a group with a path) of the form
      variables.put("child" + n, Map.of("type", "Json", "value", JSON.writeValueAsString(child)));
    }

    Reply started = as("practitioner").post(SUBMIT_FORM, Map.of("variables", variables), Map.of());

    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    UUID contactId = jdbc.sql("select id from contact where process_instance_id = ?")
        .param(started.json().get("id").asText()).query(UUID.class).single();
    assertThat(jdbc.sql("select count(*) from contact_child where contact_id = ?").param(contactId)
        .query(Long.class).single()).isEqualTo(20);
  }

  @Test
  void badInputInTheStartFormIsRefusedNamingTheFieldsAndWritesNothing() throws Exception {
    Counts before = counts();

    Reply form = as("practitioner").post(SUBMIT_FORM,
        startForm(Contacts.uniqueHouseNumber() + " Station Road", "NOT A POSTCODE", List.of()), Map.of());

    assertThat(form.status()).as(form.toString()).isEqualTo(400);
    String message = form.json().get("message").asText();
    assertThat(message).startsWith("The contact cannot be recorded. Please check: ").contains("Address, postcode: ")
        .doesNotContain("address.postcode");
    assertThat(counts()).isEqualTo(before);
  }

  /** Issue 9: a start sets only the contact form's fields, by either door; the service alone names a contact. */
  @Test
  void aStartWithValuesThatAreNotOnTheContactFormIsRefusedNamingThemAndWritesNothing() throws Exception {
    String line1 = Contacts.uniqueHouseNumber() + " Station Road";
    Reply api = as("practitioner").post("/api/contacts", Contacts.validAt(Contacts.address(line1, "EX1 2AB"),
        Contacts.child(Contacts.uniqueName("Ruby"), "Lane", LocalDate.now().minusYears(4))), Map.of());
    assertThat(api.status()).as(api.toString()).isEqualTo(201);
    String knownContact = api.json().get("contactId").asText();
    Counts before = counts();

    for (String door : List.of(SUBMIT_FORM, "/engine-rest/process-definition/key/child-journey/start")) {
      Map<String, Object> form = startForm(line1, "EX1 2AB", List.of(
          Contacts.child(Contacts.uniqueName("Ruby"), "Lane", LocalDate.now().minusYears(4))));
      @SuppressWarnings("unchecked")
      Map<String, Object> variables = new LinkedHashMap<>((Map<String, Object>) form.get("variables"));
      variables.put(ChildJourneyProcess.Var.RE_REFERRAL, Map.of("type", "Boolean", "value", false));
      Reply extra = as("practitioner").post(door, Map.of("variables", variables), Map.of());
      assertThat(extra.status()).as(door + " " + extra).isEqualTo(400);
      assertThat(extra.json().get("message").asText()).contains(ChildJourneyProcess.Var.RE_REFERRAL)
          .contains("not on the contact form");

      // a journey for a contact the service already started one for
      Reply named = as("practitioner").post(door, Map.of("variables", Map.of(
          ChildJourneyProcess.Var.CONTACT_ID, string(knownContact),
          ChildJourneyProcess.Var.CONTACT_REFERENCE, string(api.json().get("reference").asText()))), Map.of());
      assertThat(named.status()).as(door + " " + named).isEqualTo(400);
      assertThat(named.json().get("message").asText()).contains("contactId").contains("written by the service");
    }
    assertThat(counts()).isEqualTo(before);
  }

  private static Map<String, Object> withoutPerContact(Map<String, Object> row) {
    Map<String, Object> same = new HashMap<>(row);
    PER_CONTACT.forEach(same::remove);
    return same;
  }

  /** The variables Tasklist sends for the record-contact form: lists as Json. */
  private static Map<String, Object> startForm(String line1, String postcode, List<ObjectNode> children)
      throws Exception {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("source", string("police"));
    variables.put("referrerName", string("PC Dana Cole"));
    variables.put("referrerOrganisation", string("Example Constabulary"));
    variables.put("referrerTelephone", string("01234 567890"));
    variables.put("referrerEmail", string(""));
    variables.put("addressLine1", string(line1));
    variables.put("addressTown", string("Exampletown"));
    variables.put("addressPostcode", string(postcode));
    variables.put("children", Map.of("type", "Json", "value", JSON.writeValueAsString(children)));
    variables.put("concerns", string("Neighbours heard shouting and a child crying late at night."));
    variables.put("concernTypes", Map.of("type", "Json", "value", "[\"domestic-abuse\"]"));
    variables.put("referrerConsent", string("family-not-aware"));
    return Map.of("variables", variables);
  }

  private static Map<String, Object> string(String value) {
    return Map.of("type", "String", "value", value);
  }
}
