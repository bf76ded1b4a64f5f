package uk.frontdoor.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.frontdoor.journey.ChildJourneyProcess;
import uk.frontdoor.support.Contacts;
import uk.frontdoor.support.Http.Reply;
import uk.frontdoor.support.HttpTest;

class ContactIntakeHttpTest extends HttpTest {

  private static final String CONTACTS = "/api/contacts";

  private Reply send(Object contact) {
    return as("practitioner").post(CONTACTS, contact, Map.of());
  }

  @Test
  void aValidContactIsStoredAndStartsTheJourneyInOneGo() {
    ObjectNode first = Contacts.child(Contacts.uniqueName("Amira"), "Khan", LocalDate.now().minusYears(7));
    ObjectNode second = Contacts.child(Contacts.uniqueName("Zain"), "Khan", LocalDate.now().minusYears(3));
    Counts before = counts();

    Reply reply = send(Contacts.valid(first, second));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    JsonNode body = reply.json();
    UUID contactId = UUID.fromString(body.get("contactId").asText());
    String reference = body.get("reference").asText();
    String processInstanceId = body.get("processInstanceId").asText();
    UUID householdId = UUID.fromString(body.get("householdId").asText());
    assertThat(reference).matches("FD-\\d{4}-\\d{6}");
    assertThat(reply.headers().getLocation()).isNotNull();
    assertThat(reply.headers().getLocation().toString()).endsWith("/api/contacts/" + contactId);
    assertThat(body.get("children")).hasSize(2);
    assertThat(body.get("children").get(0).get("firstName").asText()).isEqualTo(first.get("firstName").asText());
    assertThat(body.get("children").get(0).get("known").asBoolean()).isFalse();
    assertThat(body.get("children").get(1).get("firstName").asText()).isEqualTo(second.get("firstName").asText());

    // the service's own tables
    Map<String, Object> row = jdbc.sql("select * from contact where id = ?").param(contactId).query().singleRow();
    assertThat(row.get("REFERENCE")).isEqualTo(reference);
    assertThat(row.get("PROCESS_INSTANCE_ID")).isEqualTo(processInstanceId);
    assertThat(row.get("HOUSEHOLD_ID")).isEqualTo(householdId);
    assertThat(row.get("SOURCE")).isEqualTo("police");
    assertThat(row.get("REFERRER_NAME")).isEqualTo("PC Dana Cole");
    assertThat(row.get("RECORDED_BY")).isEqualTo("practitioner");
    assertThat(row.get("CONCERN_TYPES")).isEqualTo("domestic-abuse");
    List<UUID> childIds = jdbc.sql("select child_id from contact_child where contact_id = ? order by position")
        .param(contactId).query(UUID.class).list();
    assertThat(childIds).containsExactly(UUID.fromString(body.get("children").get(0).get("childId").asText()),
        UUID.fromString(body.get("children").get(1).get("childId").asText()));
    for (UUID childId : childIds) {
      assertThat(jdbc.sql("select household_id from child where id = ?").param(childId).query(UUID.class).single())
          .isEqualTo(householdId);
    }
    assertThat(jdbc.sql("select postcode from household where id = ?").param(householdId).query(String.class)
        .single()).isEqualTo("EX1 2AB");
    assertThat(counts()).isEqualTo(new Counts(before.contacts() + 1, before.contactChildren() + 2,
        before.children() + 2, before.households() + 1, before.journeys() + 1));

    // the journey: keyed by the reference, carrying only the contact's ids; its automatic steps run
    // after the contact is safely recorded, then it waits for screening
    ProcessInstance journey = runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId)
        .singleResult();
    assertThat(journey).isNotNull();
    assertThat(journey.getBusinessKey()).isEqualTo(reference);
    assertThat(runtimeService.getVariables(processInstanceId)).isEqualTo(Map.of(
        ChildJourneyProcess.Var.CONTACT_ID, contactId.toString(),
        ChildJourneyProcess.Var.CONTACT_REFERENCE, reference));
    runJobs(processInstanceId);
    Task screening = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
    assertThat(screening.getTaskDefinitionKey()).isEqualTo(ChildJourneyProcess.Element.SCREEN_CONTACT);

    // and it can be read back
    Reply read = as("practitioner").get("/api/contacts/" + contactId);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json()).isEqualTo(body);
  }

  static Stream<Arguments> invalidContacts() {
    List<Arguments> cases = new ArrayList<>();
    cases.add(invalid("missing children", "children", c -> c.remove("children")));
    cases.add(invalid("empty list of children", "children", c -> c.putArray("children")));
    cases.add(invalid("date of birth in the future", "children[0].dateOfBirth",
        c -> child(c).put("dateOfBirth", LocalDate.now().plusDays(10).toString())));
    cases.add(invalid("received time in the future", "receivedAt",
        c -> c.put("receivedAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString())));
    cases.add(invalid("unknown source", "source", c -> c.put("source", "carrier-pigeon")));
    cases.add(invalid("201-character referrer name", "referrer.name",
        c -> ((ObjectNode) c.get("referrer")).put("name", "N".repeat(201))));
    cases.add(invalid("10,001-character concerns", "concerns", c -> c.put("concerns", "c".repeat(10_001))));
    cases.add(invalid("children as a string", "children", c -> c.put("children", "Amira Khan, aged 7")));
    cases.add(invalid("date of birth 'yesterday'", "children[0].dateOfBirth",
        c -> child(c).put("dateOfBirth", "yesterday")));
    cases.add(invalid("estimated age 'ten'", "children[0].estimatedAgeYears", c -> {
      child(c).remove("dateOfBirth");
      child(c).put("estimatedAgeYears", "ten");
    }));
    cases.add(invalid("unknown property", "favouriteColour", c -> c.put("favouriteColour", "blue")));
    cases.add(invalid("anonymous with referrer details", "referrer", c -> c.put("source", "anonymous")));
    cases.add(invalid("no way to reach the referrer", "referrer.telephone",
        c -> ((ObjectNode) c.get("referrer")).remove("telephone")));
    cases.add(invalid("bad postcode", "address.postcode",
        c -> ((ObjectNode) c.get("address")).put("postcode", "NOT A POSTCODE")));
    // valid in itself, refused only after the household was written: must be rolled back too
    cases.add(invalid("child id of an unknown child", "children[0].childId",
        c -> child(c).put("childId", UUID.randomUUID().toString())));
    cases.add(Arguments.of("malformed JSON", "body", "{source: police, children: ["));
    // what a sweep of hostile payloads once answered with 500 or took in as nonsense
    cases.add(invalid("the same child twice", "children[1]", c -> ((ArrayNode) c.get("children")).add(child(c).deepCopy())));
    cases.add(invalid("one identifier for two children", "children[1]", c -> {
      child(c).put("identifier", "NHS-" + Contacts.uniqueHouseNumber());
      ObjectNode other = Contacts.child(Contacts.uniqueName("Zain"), "Khan", LocalDate.now().minusYears(3));
      other.put("identifier", child(c).get("identifier").asText());
      ((ArrayNode) c.get("children")).add(other);
    }));
    cases.add(invalid("a kind of concern that is null", "concernTypes[0]", c -> c.putArray("concernTypes").addNull()));
    cases.add(invalid("a kind of concern twice", "concernTypes[1]",
        c -> c.putArray("concernTypes").add("domestic-abuse").add("domestic-abuse")));
    cases.add(invalid("a reference with a control character", "clientReference", c -> c.put("clientReference", "AB\u0001CD")));
    cases.add(invalid("a NUL in the concerns", "concerns", c -> c.put("concerns", "The child\u0000 was crying.")));
    cases.add(invalid("received in year -999999999", "receivedAt", c -> c.put("receivedAt", "-999999999-01-01T00:00:00Z")));
    cases.add(invalid("received in year 1", "receivedAt", c -> c.put("receivedAt", "0001-01-01T00:00:00Z")));
    cases.add(invalid("received at 1 (a second after 1970)", "receivedAt", c -> c.put("receivedAt", 1)));
    cases.add(invalid("a first name of zero-width spaces", "children[0].firstName",
        c -> child(c).put("firstName", "\u200B".repeat(30))));
    cases.add(invalid("a last name of control characters", "children[0].lastName",
        c -> child(c).put("lastName", "\u0007\u0008\u001B")));
    cases.add(invalid("a referrer named by invisible characters", "referrer.name",
        c -> ((ObjectNode) c.get("referrer")).put("name", "\u2060\uFEFF\u3164")));
    return cases.stream();
  }

  private static Arguments invalid(String name, String field, Consumer<ObjectNode> spoil) {
    ObjectNode contact = Contacts.valid();
    spoil.accept(contact);
    return Arguments.of(name, field, contact);
  }

  private static ObjectNode child(ObjectNode contact) {
    return (ObjectNode) contact.get("children").get(0);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidContacts")
  void anInvalidContactIsRefusedNamingTheFieldAndWritesNothing(String name, String field, Object contact) {
    Counts before = counts();

    Reply reply = send(contact);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.headers().getContentType()).hasToString("application/problem+json");
    JsonNode problem = reply.json();
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    problem.get("errors").forEach(error -> {
      fields.add(error.get("field").asText());
      assertThat(error.get("message").asText()).isNotBlank();
    });
    assertThat(fields).as(reply.toString()).containsExactly(field);
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void textThatFitsOnlyOnceTrimmedIsStoredTrimmedAndAReferenceWithSpacesIsTheSameReference() {
    String reference = "POLICE-" + UUID.randomUUID();
    ObjectNode contact = Contacts.valid();
    ((ObjectNode) contact.get("referrer")).put("telephone", " ".repeat(30) + "01234 567890" + "\u200B ".repeat(10));
    contact.put("clientReference", "  " + reference + "\t");

    Reply first = send(contact);
    contact.put("clientReference", reference + "   ");
    Reply again = send(contact);

    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    assertThat(jdbc.sql("select referrer_telephone from contact where client_reference = ?").param(reference)
        .query(String.class).single()).isEqualTo("01234 567890");
    assertThat(again.status()).as(again.toString()).isEqualTo(200);
    assertThat(again.json()).isEqualTo(first.json());
  }

  @Test
  void aMultipartBodyIsRefusedAsTheWrongKindOfRequest() {
    Counts before = counts();
    Reply reply = as("practitioner").post(CONTACTS, "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--x--",
        Map.of("Content-Type", "multipart/form-data; boundary=x"));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(415);
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void everyBadFieldIsNamedInOneAnswer() {
    ObjectNode contact = Contacts.valid();
    contact.put("source", "carrier-pigeon");
    child(contact).put("dateOfBirth", LocalDate.now().plusDays(3).toString());
    ((ObjectNode) contact.get("address")).put("postcode", "12345");

    Reply reply = send(contact);

    assertThat(reply.status()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    reply.json().get("errors").forEach(error -> fields.add(error.get("field").asText()));
    assertThat(fields).containsExactlyInAnyOrder("source", "children[0].dateOfBirth", "address.postcode");
  }

  @Test
  void theSameClientReferenceTwiceReturnsTheFirstResultAndStartsNothingNew() {
    String clientReference = "POLICE-" + UUID.randomUUID();
    ObjectNode contact = Contacts.valid();
    contact.put("clientReference", clientReference);

    Reply first = send(contact);
    Counts afterFirst = counts();
    Reply again = send(contact);

    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    assertThat(again.status()).as(again.toString()).isEqualTo(200);
    assertThat(again.json()).isEqualTo(first.json());
    assertThat(counts()).isEqualTo(afterFirst);
    assertOneContactAndJourney("client_reference", clientReference, first);
  }

  @Test
  void theSameIdempotencyKeyTwiceReturnsTheFirstResultAndStartsNothingNew() {
    String key = UUID.randomUUID().toString();
    ObjectNode contact = Contacts.valid();

    Reply first = as("practitioner").post(CONTACTS, contact, Map.of("Idempotency-Key", key));
    Counts afterFirst = counts();
    Reply again = as("practitioner").post(CONTACTS, contact, Map.of("Idempotency-Key", key));

    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    assertThat(again.status()).as(again.toString()).isEqualTo(200);
    assertThat(again.json()).isEqualTo(first.json());
    assertThat(counts()).isEqualTo(afterFirst);
    assertOneContactAndJourney("client_reference", key, first);
  }

  @Test
  void aDifferentContactUnderAUsedKeyIsAConflictAndWritesNothing() {
    String key = UUID.randomUUID().toString();
    ObjectNode contact = Contacts.valid();
    Reply first = as("practitioner").post(CONTACTS, contact, Map.of("Idempotency-Key", key));
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    Counts afterFirst = counts();

    contact.put("concerns", "Something else entirely.");
    Reply different = as("practitioner").post(CONTACTS, contact, Map.of("Idempotency-Key", key));

    assertThat(different.status()).as(different.toString()).isEqualTo(409);
    assertThat(different.headers().getContentType()).hasToString("application/problem+json");
    assertThat(counts()).isEqualTo(afterFirst);
  }

  private void assertOneContactAndJourney(String column, String value, Reply first) {
    assertThat(jdbc.sql("select count(*) from contact where " + column + " = ?").param(value).query(Long.class)
        .single()).isEqualTo(1);
    String reference = first.json().get("reference").asText();
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference).count())
        .isEqualTo(1);
  }

  @Test
  void aChildNamedAgainWithTheSameDateOfBirthIsTheKnownChild() {
    String firstName = Contacts.uniqueName("Amira");
    LocalDate born = LocalDate.now().minusYears(9);
    Reply first = send(Contacts.valid(Contacts.child(firstName, "Khan", born)));
    Counts afterFirst = counts();

    Reply second = send(Contacts.valid(Contacts.child("  " + firstName.toUpperCase() + " ", " khan ", born)));

    assertThat(second.status()).as(second.toString()).isEqualTo(201);
    JsonNode known = second.json().get("children").get(0);
    assertThat(known.get("childId")).isEqualTo(first.json().get("children").get(0).get("childId"));
    assertThat(known.get("known").asBoolean()).isTrue();
    assertThat(first.json().get("children").get(0).get("known").asBoolean()).isFalse();
    assertThat(counts().children()).isEqualTo(afterFirst.children());
    assertThat(jdbc.sql("select count(*) from contact_child where child_id = ?")
        .param(UUID.fromString(known.get("childId").asText())).query(Long.class).single()).isEqualTo(2);

    // the same name born on another day is another child
    Reply other = send(Contacts.valid(Contacts.child(firstName, "Khan", born.minusDays(1))));
    assertThat(other.json().get("children").get(0).get("childId")).isNotEqualTo(known.get("childId"));
    assertThat(other.json().get("children").get(0).get("known").asBoolean()).isFalse();
  }

  @Test
  void aChildWithAKnownIdentifierIsTheKnownChild() {
    String identifier = "NHS-" + Contacts.uniqueHouseNumber();
    ObjectNode child = Contacts.child(Contacts.uniqueName("Leo"), "Smith", LocalDate.now().minusYears(4));
    child.put("identifier", identifier);
    Reply first = send(Contacts.valid(child));

    ObjectNode renamed = Contacts.child(Contacts.uniqueName("Leon"), "Smith-Jones", LocalDate.now().minusYears(5));
    renamed.put("identifier", identifier);
    Reply second = send(Contacts.valid(renamed));

    assertThat(second.status()).as(second.toString()).isEqualTo(201);
    assertThat(second.json().get("children").get(0).get("childId"))
        .isEqualTo(first.json().get("children").get(0).get("childId"));
    assertThat(second.json().get("children").get(0).get("known").asBoolean()).isTrue();
  }

  @Test
  void aChildGivenByTheirIdIsTheKnownChild() {
    Reply first = send(Contacts.valid());
    String childId = first.json().get("children").get(0).get("childId").asText();

    ObjectNode byId = Contacts.child(Contacts.uniqueName("Amira"), "Khan", LocalDate.now().minusYears(7));
    byId.put("childId", childId);
    Reply second = send(Contacts.valid(byId));

    assertThat(second.status()).as(second.toString()).isEqualTo(201);
    assertThat(second.json().get("children").get(0).get("childId").asText()).isEqualTo(childId);
    assertThat(second.json().get("children").get(0).get("known").asBoolean()).isTrue();
  }

  @Test
  void siblingsAtOneAddressWrittenDifferentlyShareAHousehold() {
    int number = Contacts.uniqueHouseNumber();
    ObjectNode older = Contacts.child(Contacts.uniqueName("Maya"), "Jones", LocalDate.now().minusYears(10));
    ObjectNode younger = Contacts.child(Contacts.uniqueName("Noah"), "Jones", LocalDate.now().minusYears(2));

    Reply first = send(Contacts.validAt(Contacts.address(number + " Station Rd", "EX1 2AB"), older));
    Counts afterFirst = counts();
    Reply second = send(Contacts.validAt(Contacts.address(" " + number + " station rd.", "ex1 2ab"), younger));

    assertThat(second.status()).as(second.toString()).isEqualTo(201);
    String household = first.json().get("householdId").asText();
    assertThat(second.json().get("householdId").asText()).isEqualTo(household);
    assertThat(counts().households()).isEqualTo(afterFirst.households());
    assertThat(jdbc.sql("select count(*) from child where household_id = ?").param(UUID.fromString(household))
        .query(Long.class).single()).isEqualTo(2);

    // another house in the same street is another household
    Reply neighbour = send(Contacts.validAt(Contacts.address((number + 1) + " Station Rd", "EX1 2AB"),
        Contacts.child(Contacts.uniqueName("Ella"), "Brown", LocalDate.now().minusYears(6))));
    assertThat(neighbour.json().get("householdId").asText()).isNotEqualTo(household);
  }
}
