package uk.frontdoor.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import uk.frontdoor.journey.ChildJourneyProcess;
import uk.frontdoor.journey.ChildJourneyProcess.Element;
import uk.frontdoor.journey.JourneyDriver;
import uk.frontdoor.support.Contacts;
import uk.frontdoor.support.Http.Reply;
import uk.frontdoor.support.WholeJourneyHttpTest;

/**
 * The contact in view on the front door's tasks, as Tasklist reads a task's form variables: the
 * practitioner screening it reads who told us, how to reach them, what they said and where; a
 * partner agency's officer, on their check, reads none of it; a follow-on team reads the contact and
 * why the child comes to them, as the manager signed it.
 */
class ContactInViewHttpTest extends WholeJourneyHttpTest {

  @Test
  void theScreeningShowsTheContactAndAPartnerAgencysCheckDoesNot() {
    Reply recorded = as(JourneyDriver.PRACTITIONER).post("/api/contacts", Contacts.valid().toString());
    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    String pi = recorded.json().get("processInstanceId").asText();
    runJobs(pi);

    String shown = contactInView(task(pi, Element.SCREEN_CONTACT), JourneyDriver.PRACTITIONER);
    assertThat(shown).contains("from police: PC Dana Cole, Example Constabulary")
        .contains("To reach them: telephone 01234 567890.")
        .contains("Kinds of concern: Domestic abuse.")
        .contains("What the referrer told us: Neighbours heard shouting and a child crying late at night.")
        .contains("Station Road", "EX1 2AB")
        .doesNotContain("domestic-abuse", "family-not-aware", "null");

    completeAs(task(pi, Element.SCREEN_CONTACT), JourneyDriver.PRACTITIONER, JourneyDriver.screening("mash-checks"));
    completeAs(task(pi, Element.RECORD_CONSENT), JourneyDriver.PRACTITIONER, JourneyDriver.consentGiven());
    runJobs(pi);
    Task policeCheck = taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey(Element.CHECK_AGENCY_RECORDS)
        .list().stream().filter(t -> "police".equals(taskService.getVariable(t.getId(), ChildJourneyProcess.Var.AGENCY)))
        .findFirst().orElseThrow();
    Reply variables = as("police").get("/engine-rest/task/" + policeCheck.getId() + "/form-variables");
    assertThat(variables.status()).as(variables.toString()).isEqualTo(200);
    assertThat(variables.json().has("contactInView")).as("the police officer's check shows the contact").isFalse();
    assertThat(variables.body()).doesNotContain("Neighbours heard shouting", "01234 567890");
  }

  @Test
  void aFollowOnTeamReadsWhyTheChildComesToThemAsTheManagerSignedIt() {
    java.util.List<String> shown = new java.util.ArrayList<>();
    walkWholeJourney((task, element, doer, payload) -> {
      if (Element.OFFER_BRIEF_INTERVENTION.equals(element) || Element.ALLOCATE_ASSESSMENT.equals(element)) {
        Reply variables = as(doer).get("/engine-rest/task/" + task.getId() + "/form-variables");
        assertThat(variables.status()).as(variables.toString()).isEqualTo(200);
        shown.add(variables.json().path("signedReason").path("value").asText());
        assertThat(variables.json().path("contactInView").path("value").asText()).contains("Station Road");
      }
    });
    assertThat(shown).as("Brief Intervention and each assessment").hasSizeGreaterThanOrEqualTo(2)
        .allSatisfy(reason -> assertThat(reason).startsWith("Level ").contains("Signed off by ")
            .contains("The children may be unsafe at home"));
    assertThat(shown).anySatisfy(reason -> assertThat(reason).contains("pathway: Brief Intervention Team"));
  }

  private Task task(String pi, String element) {
    return taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey(element).singleResult();
  }

  private String contactInView(Task task, String user) {
    Reply variables = as(user).get("/engine-rest/task/" + task.getId() + "/form-variables");
    assertThat(variables.status()).as(variables.toString()).isEqualTo(200);
    JsonNode shown = variables.json().path("contactInView").path("value");
    assertThat(shown.isTextual()).as("the task shows the contact: " + variables.body()).isTrue();
    return shown.asText();
  }
}
