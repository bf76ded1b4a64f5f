package uk.frontdoor.child;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.frontdoor.journey.ChildJourneyProcess.Element;
import uk.frontdoor.journey.JourneyDriver;
import uk.frontdoor.security.Roles;
import uk.frontdoor.support.Contacts;
import uk.frontdoor.support.Http.Reply;
import uk.frontdoor.support.HttpTest;

/** One child, one record when the matching is unsure: a flag, then a merge or two children confirmed. */
class ChildMergeHttpTest extends HttpTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String WHY = "The same girl: her date of birth was mistyped on the second contact.";

  @Autowired
  private IdentityService identityService;

  private record Recorded(String contactId, String reference, String processInstanceId, String childId) {
  }

  private Recorded record(ObjectNode address, ObjectNode... children) {
    Reply reply = as("practitioner").post("/api/contacts", Contacts.validAt(address.deepCopy(), children), Map.of());
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    JsonNode json = reply.json();
    return new Recorded(json.get("contactId").asText(), json.get("reference").asText(),
        json.get("processInstanceId").asText(), json.get("children").get(0).get("childId").asText());
  }

  /** Screened out and signed off, as a practitioner and a manager do it: the journey ends. */
  private void close(Recorded contact) {
    runJobs(contact.processInstanceId());
    identityService.setAuthentication("practitioner", List.of(Roles.CRS_PRACTITIONERS));
    try {
      Task screening = taskService.createTaskQuery().processInstanceId(contact.processInstanceId())
          .taskDefinitionKey(Element.SCREEN_CONTACT).singleResult();
      taskService.complete(screening.getId(), JourneyDriver.screening("no-further-action"));
    } finally {
      identityService.clearAuthentication();
    }
    JourneyDriver.signOff(taskService, identityService, contact.processInstanceId(), "manager");
    assertThat(jdbc.sql("select closed_at from contact where id = ?::uuid").param(contact.contactId())
        .query(Object.class).single()).as("the journey ended").isNotNull();
  }

  private JsonNode openFlags() {
    Reply flags = as("practitioner").get("/api/children/possible-duplicates");
    assertThat(flags.status()).as(flags.toString()).isEqualTo(200);
    return flags.json();
  }

  private JsonNode flagOf(String childId) {
    for (JsonNode flag : openFlags()) {
      if (flag.get("child").get("childId").asText().equals(childId)) {
        return flag;
      }
    }
    return null;
  }

  private Reply merge(String user, String keptId, String duplicateId, String reason) {
    ObjectNode body = JSON.createObjectNode().put("duplicateChildId", duplicateId);
    if (reason != null) {
      body.put("reason", reason);
    }
    return as(user).post("/api/children/" + keptId + "/merge", body, Map.of());
  }

  private ObjectNode newAddress() {
    return Contacts.address(Contacts.uniqueHouseNumber() + " Weir Road", "EX2 5DF");
  }

  @Test
  void aSecondRecordOfTheSameNameInTheHouseholdIsFlaggedAndMergedIntoTheFirstWithTheMergeInTheRecord() {
    ObjectNode address = newAddress();
    String first = Contacts.uniqueName("Ava");
    String last = Contacts.uniqueName("Hall");
    Recorded earlier = record(address, Contacts.child(first, last, LocalDate.of(2019, 1, 1)));
    Recorded later = record(address, Contacts.child(first, last, LocalDate.of(2019, 1, 10)));
    assertThat(later.childId()).as("an unsure match is never joined silently").isNotEqualTo(earlier.childId());

    JsonNode flag = flagOf(later.childId());
    assertThat(flag).as("the second record is flagged").isNotNull();
    assertThat(flag.get("other").get("childId").asText()).isEqualTo(earlier.childId());
    assertThat(flag.get("reason").asText()).isEqualTo("the same name in the same household");

    runJobs(later.processInstanceId());
    assertThat((String) runtimeService.getVariable(later.processInstanceId(), "historySummary"))
        .as("screening shows the practitioner the other record")
        .contains("Another record may be this child: " + first + " " + last + ", born 1 January 2019");

    Reply whileOpen = merge("practitioner", earlier.childId(), later.childId(), WHY);
    assertThat(whileOpen.status()).as(whileOpen.toString()).isEqualTo(409);
    assertThat(whileOpen.json().get("detail").asText()).contains(later.reference()).contains("still open");

    close(earlier);
    close(later);
    Reply agency = merge("police", earlier.childId(), later.childId(), WHY);
    assertThat(agency.status()).as(agency.toString()).isEqualTo(403);
    Reply noReason = merge("practitioner", earlier.childId(), later.childId(), "  ");
    assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
    assertThat(noReason.json().toString()).contains("reason");

    Reply merged = merge("practitioner", earlier.childId(), later.childId(), WHY);
    assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
    assertThat(merged.json().get("contactIds").get(0).asText()).isEqualTo(later.contactId());
    assertThat(jdbc.sql("select child_id from contact_child where contact_id = ?::uuid").param(later.contactId())
        .query(UUID.class).single()).hasToString(earlier.childId());
    assertThat(jdbc.sql("select count(*) from history_finding where child_id = ?::uuid").param(later.childId())
        .query(Long.class).single()).as("nothing is left on the merged record").isZero();
    assertThat(flagOf(later.childId())).as("the flag is resolved").isNull();

    JsonNode journey = as("practitioner").get("/api/children/" + earlier.childId() + "/journey").json();
    assertThat(journey.get("contacts")).hasSize(2);
    JsonNode entry = null;
    for (JsonNode e : journey.get("contacts").get(1).get("entries")) {
      entry = "records-merged".equals(e.get("kind").asText()) ? e : entry;
    }
    assertThat(entry).as("the merge is in the journey record").isNotNull();
    assertThat(entry.get("rationale").asText()).isEqualTo(WHY);
    assertThat(entry.get("by").get("name").asText()).isEqualTo("Priya Patel");
    assertThat(entry.get("facts").toString()).contains("born 10 January 2019");
    assertThat(as("practitioner").get("/api/children/" + later.childId() + "/journey").json()
        .get("child").get("childId").asText()).as("the merged record opens the kept one").isEqualTo(earlier.childId());

    Reply again = merge("manager", earlier.childId(), later.childId(), WHY);
    assertThat(again.status()).as(again.toString()).isEqualTo(409);
    ObjectNode byOldId = Contacts.child(first, last, LocalDate.of(2019, 1, 1)).put("childId", later.childId());
    assertThat(record(address, byOldId).childId()).as("a contact naming the merged record finds the kept one")
        .isEqualTo(earlier.childId());
  }

  @Test
  void twoChildrenOfOneContactAreNeverMerged() {
    Reply recorded = as("practitioner").post("/api/contacts", Contacts.validAt(newAddress(),
        Contacts.child(Contacts.uniqueName("Ava"), "Hall", LocalDate.of(2018, 3, 1)),
        Contacts.child(Contacts.uniqueName("Ben"), "Hall", LocalDate.of(2020, 3, 1))), Map.of());
    JsonNode children = recorded.json().get("children");

    Reply refused = merge("manager", children.get(0).get("childId").asText(), children.get(1).get("childId").asText(), WHY);

    assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
    assertThat(refused.json().get("detail").asText()).contains(recorded.json().get("reference").asText())
        .contains("two children");
  }

  @Test
  void aPractitionerConfirmsTwoChildrenAndBothRecordsStay() {
    ObjectNode address = newAddress();
    String first = Contacts.uniqueName("Noah");
    record(address, Contacts.child(first, "Reed", LocalDate.of(2017, 5, 5)));
    Recorded second = record(address, Contacts.child(first, "Reed", LocalDate.of(2021, 8, 8)));
    String flagId = flagOf(second.childId()).get("id").asText();

    Reply confirmed = as("practitioner").post("/api/children/possible-duplicates/" + flagId + "/different-children",
        JSON.createObjectNode(), Map.of());

    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(204);
    assertThat(flagOf(second.childId())).isNull();
    assertThat(jdbc.sql("select resolution, resolved_by from possible_duplicate where id = ?::uuid").param(flagId)
        .query().singleRow()).containsEntry("RESOLUTION", "different-children").containsEntry("RESOLVED_BY", "practitioner");
    assertThat(as("practitioner").post("/api/children/possible-duplicates/" + flagId + "/different-children",
        JSON.createObjectNode(), Map.of()).status()).isEqualTo(404);
  }
}
