package uk.frontdoor.child;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.frontdoor.journey.JourneyDriver;
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

  /** Screened out, signed off and the referrer told: the journey has ended. */
  private void end(Recorded contact) {
    runJobs(contact.processInstanceId());
    JourneyDriver.screenOutToTheEnd(taskService, identityService, contact.processInstanceId());
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(contact.processInstanceId()).count())
        .as("the journey ended").isZero();
  }

  private List<Task> reviewsOf(String flagId) {
    return taskService.createTaskQuery().processDefinitionKey("possible-duplicate")
        .processVariableValueEquals("possibleDuplicateId", flagId).list();
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

    end(earlier);
    end(later);
    assertThat(reviewsOf(flag.get("id").asText())).as("asked in Tasklist too").hasSize(1);
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
    assertThat(reviewsOf(flag.get("id").asText())).as("the question answered here leaves Tasklist").isEmpty();

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

  @Test
  void theMergedRecordsOtherFlagsMoveToTheKeptRecordAndOneItAlreadyHasIsNotAskedTwice() {
    String first = Contacts.uniqueName("Isla");
    String last = Contacts.uniqueName("Moor");
    ObjectNode home = newAddress();
    ObjectNode elsewhere = newAddress();
    Recorded kept = record(home, Contacts.child(first, last, LocalDate.of(2016, 2, 1)));
    Recorded duplicate = record(elsewhere, Contacts.child(first, last, LocalDate.of(2016, 2, 10)));
    Recorded sameNameThere = record(elsewhere, Contacts.child(first, last, LocalDate.of(2020, 6, 6)));
    Recorded sameNameAtHome = record(home, Contacts.child(first, last, LocalDate.of(2012, 9, 9)));
    assertThat(flagOf(sameNameThere.childId()).get("other").get("childId").asText()).isEqualTo(duplicate.childId());
    // a contact about the duplicate from home: it joins that household, and a record there is flagged with both
    ObjectNode again = Contacts.child(first, last, LocalDate.of(2016, 2, 10)).put("childId", duplicate.childId());
    Recorded duplicateAtHome = record(home, again);
    Recorded third = record(home, Contacts.child(first, last, LocalDate.of(2010, 1, 1)));
    assertThat(openFlags().findValues("childId").stream().filter(id -> id.asText().equals(third.childId())).count())
        .as("the third record is flagged with each record of the name at home").isEqualTo(3);

    for (Recorded contact : List.of(kept, duplicate, duplicateAtHome)) {
      end(contact);
    }
    Reply merged = merge("manager", kept.childId(), duplicate.childId(), WHY);
    assertThat(merged.status()).as(merged.toString()).isEqualTo(200);

    assertThat(flagOf(sameNameThere.childId()).get("other").get("childId").asText())
        .as("the question moves to the record that now holds the child's history").isEqualTo(kept.childId());
    List<String> thirdAgainst = new ArrayList<>();
    for (JsonNode flag : openFlags()) {
      if (flag.get("child").get("childId").asText().equals(third.childId())) {
        thirdAgainst.add(flag.get("other").get("childId").asText());
      }
    }
    assertThat(thirdAgainst).as("one question per pair of records, none about the emptied record")
        .containsExactlyInAnyOrder(kept.childId(), sameNameAtHome.childId());
    assertThat(jdbc.sql("select resolution from possible_duplicate where child_id = ?::uuid and other_child_id = ?::uuid")
        .params(third.childId(), duplicate.childId()).query(String.class).single()).isEqualTo("on-kept-record");
  }

  @Test
  void onceTheLaterRecordsJourneyHasEndedAPractitionerAnswersInTasklistAndTheRecordsAreMerged() {
    ObjectNode address = newAddress();
    String first = Contacts.uniqueName("Zara");
    String last = Contacts.uniqueName("Lund");
    Recorded earlier = record(address, Contacts.child(first, last, LocalDate.of(2018, 3, 3)));
    Recorded later = record(address, Contacts.child(first, last, LocalDate.of(2018, 3, 30)));
    String flagId = flagOf(later.childId()).get("id").asText();
    end(earlier);
    assertThat(reviewsOf(flagId)).as("not asked while the later record's journey is open").isEmpty();

    end(later);
    List<Task> reviews = reviewsOf(flagId);
    assertThat(reviews).as("asked once the later record's journey has ended").hasSize(1);
    Task review = reviews.get(0);
    assertThat(review.getName()).isEqualTo("Check whether two records are one child – " + first + " " + last);
    assertThat(review.getDueDate()).isNotNull();
    String path = "/engine-rest/task/" + review.getId();
    Reply police = as("police").get(path + "/form-variables");
    assertThat(police.status()).as("not a partner agency's task: " + police).isEqualTo(403);
    JsonNode shown = as("practitioner").get(path + "/form-variables").json();
    assertThat(shown.get("possibleDuplicateSummary").get("value").asText())
        .contains(first + " " + last + ", born 30 March 2018").contains(first + " " + last + ", born 3 March 2018")
        .contains(later.reference()).contains(earlier.reference()).contains("the same name in the same household");

    Map<String, Object> answer = Map.of("duplicateAnswer", "one-child", "duplicateReason", WHY);
    Reply extra = as("practitioner").post(path + "/submit-form", JourneyDriver.typed(
        Map.of("duplicateAnswer", "one-child", "duplicateReason", WHY, "possibleDuplicateId", "nothing")), Map.of());
    assertThat(extra.status()).as(extra.toString()).isEqualTo(400);
    assertThat(extra.body()).contains("possibleDuplicateId");
    Reply noReason = as("practitioner").post(path + "/submit-form",
        JourneyDriver.typed(Map.of("duplicateAnswer", "one-child", "duplicateReason", " ")), Map.of());
    assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
    assertThat(jdbc.sql("select count(*) from child where id = ?::uuid and merged_into is null").param(later.childId())
        .query(Long.class).single()).as("a refusal changes nothing").isOne();

    Reply answered = as("practitioner").post(path + "/submit-form", JourneyDriver.typed(answer), Map.of());

    assertThat(answered.status()).as(answered.toString()).isEqualTo(204);
    assertThat(jdbc.sql("select child_id from contact_child where contact_id = ?::uuid").param(later.contactId())
        .query(UUID.class).single()).hasToString(earlier.childId());
    assertThat(jdbc.sql("select resolution, resolution_reason, resolved_by from possible_duplicate where id = ?::uuid")
        .param(flagId).query().singleRow()).containsEntry("RESOLUTION", "merged").containsEntry("RESOLUTION_REASON", WHY)
        .containsEntry("RESOLVED_BY", "practitioner");
    assertThat(as("practitioner").get("/api/children/" + earlier.childId() + "/journey").body())
        .contains("records-merged").contains(WHY);
  }

  @Test
  void aReviewCannotBeStartedByHandForAFlagThatIsAskedAlreadyOrForNoFlag() {
    ObjectNode address = newAddress();
    String name = Contacts.uniqueName("Omar");
    record(address, Contacts.child(name, "Webb", LocalDate.of(2015, 4, 4)));
    Recorded later = record(address, Contacts.child(name, "Webb", LocalDate.of(2015, 4, 14)));
    String flagId = flagOf(later.childId()).get("id").asText();
    String start = "/engine-rest/process-definition/key/possible-duplicate/start";

    Reply invented = as("practitioner").post(start, JourneyDriver.typed(
        Map.of("possibleDuplicateId", UUID.randomUUID().toString())), Map.of());
    Reply withSummary = as("practitioner").post(start, JourneyDriver.typed(
        Map.of("possibleDuplicateId", flagId, "possibleDuplicateSummary", "Nothing to see")), Map.of());
    Reply first = as("practitioner").post(start, JourneyDriver.typed(Map.of("possibleDuplicateId", flagId)), Map.of());
    Reply twice = as("practitioner").post(start, JourneyDriver.typed(Map.of("possibleDuplicateId", flagId)), Map.of());

    assertThat(invented.status()).as(invented.toString()).isEqualTo(400);
    assertThat(withSummary.status()).as(withSummary.toString()).isEqualTo(400);
    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    assertThat(twice.status()).as(twice.toString()).isEqualTo(400);
    assertThat(reviewsOf(flagId)).hasSize(1);
  }
}
