package uk.frontdoor.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.frontdoor.journey.ChildJourneyProcess.DecisionStep;
import uk.frontdoor.journey.ChildJourneyProcess.Element;
import uk.frontdoor.journey.ChildJourneyProcess.Var;
import uk.frontdoor.validation.InvalidSubmissionException;
import uk.frontdoor.support.ServiceTest;

@ServiceTest
class ScreeningJourneyTest extends JourneyTestSupport {

  private static final String WHY = "The neighbour's account is vague and the school has no concerns about her.";


  @Test
  void aReReferralCannotBeClosedAtScreening() {
    String contactId = newContact();
    ProcessInstance journey = startBefore(Element.SCREEN_CONTACT, contactId, true, Map.of());
    Task screening = taskAt(journey, Element.SCREEN_CONTACT);

    assertThatThrownBy(() -> completeAsPractitioner(PRACTITIONER, screening, Map.of(
        "screeningDecision", "no-further-action", "screeningRationale", WHY)))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("re-referral")
        .hasMessageContaining("partner agency checks");

    assertThat(journey).isWaitingAt(Element.SCREEN_CONTACT);
    assertThat(rows("screening_decision", contactId)).isZero();
  }

  @Test
  void aReReferralWithPartnerChecksGoesToConsent() {
    String contactId = newContact();
    ProcessInstance journey = startBefore(Element.SCREEN_CONTACT, contactId, true, Map.of());

    completeAsPractitioner(PRACTITIONER, taskAt(journey, Element.SCREEN_CONTACT), Map.of(
        "screeningDecision", "mash-checks", "screeningRationale", WHY));

    assertThat(journey).isWaitingAt(Element.RECORD_CONSENT);
    Map<String, Object> row = jdbc.sql("select decision, re_referral, decided_by from screening_decision where contact_id = ?")
        .param(UUID.fromString(contactId)).query().singleRow();
    assertThat(row).containsEntry("DECISION", "mash-checks").containsEntry("RE_REFERRAL", true)
        .containsEntry("DECIDED_BY", PRACTITIONER);
    assertThat(journey).variables().containsEntry(Var.SCREENING_ROUTE, "mash-checks")
        .doesNotContainKey("screeningRationale");
  }

  @Test
  void aFirstReferralClosedAtScreeningGoesToManagementOversight() {
    String contactId = newContact();
    ProcessInstance journey = startBefore(Element.SCREEN_CONTACT, contactId, false, Map.of());

    completeAsPractitioner(PRACTITIONER, taskAt(journey, Element.SCREEN_CONTACT), Map.of(
        "screeningDecision", "no-further-action", "screeningRationale", WHY));

    assertThat(journey).isWaitingAt(Element.MANAGEMENT_OVERSIGHT);
    assertThat(journey).variables().containsEntry(Var.DECISION_STEP, DecisionStep.SCREENING);
    assertThat(rows("screening_decision", contactId)).isOne();
  }

  @Test
  void aMissingDecisionAndAShortRationaleAreBothRefused() {
    String contactId = newContact();
    ProcessInstance journey = startBefore(Element.SCREEN_CONTACT, contactId, false, Map.of());
    Task screening = taskAt(journey, Element.SCREEN_CONTACT);

    assertThatThrownBy(() -> completeAsPractitioner(PRACTITIONER, screening, Map.of("screeningRationale", "too short")))
        .isInstanceOfSatisfying(InvalidSubmissionException.class, refused ->
            assertThat(refused.getProblems()).extracting("field")
                .containsExactlyInAnyOrder("screeningDecision", "screeningRationale"));
    assertThat(journey).isWaitingAt(Element.SCREEN_CONTACT);
    assertThat(rows("screening_decision", contactId)).isZero();
  }

  @Test
  void aChangeOfUrgencyNeedsAReasonAndIsPassedToTheUrgencyService() {
    String contactId = newContact();
    ProcessInstance journey = startBefore(Element.SCREEN_CONTACT, contactId, false, Map.of());
    Task screening = taskAt(journey, Element.SCREEN_CONTACT);

    assertThatThrownBy(() -> completeAsPractitioner(PRACTITIONER, screening, Map.of(
        "screeningDecision", "mash-checks", "screeningRationale", WHY, "ragChange", "red")))
        .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("ragChangeReason");
    assertThat(urgencyChanges(contactId)).isEmpty();

    completeAsPractitioner(PRACTITIONER, screening, Map.of("screeningDecision", "mash-checks",
        "screeningRationale", WHY, "ragChange", "red", "ragChangeReason", "The child said she is afraid to go home."));

    assertThat(urgencyChanges(contactId)).singleElement().satisfies(change -> {
      assertThat(change.rag()).isEqualTo("red");
      assertThat(change.reason()).isEqualTo("The child said she is afraid to go home.");
      assertThat(change.decidedBy()).isEqualTo(PRACTITIONER);
    });
    assertThat(journey).variables().doesNotContainKeys("ragChange", "ragChangeReason");
  }

  @Test
  void keepingTheSameUrgencyIsNotAChange() {
    String contactId = newContact();
    ProcessInstance journey = startBefore(Element.SCREEN_CONTACT, contactId, false, Map.of());

    completeAsPractitioner(PRACTITIONER, taskAt(journey, Element.SCREEN_CONTACT), Map.of(
        "screeningDecision", "mash-checks", "screeningRationale", WHY, "ragChange", "amber"));

    assertThat(journey).isWaitingAt(Element.RECORD_CONSENT);
    assertThat(urgencyChanges(contactId)).isEmpty();
  }

  /** The practitioners' changes of urgency, as the urgency feature recorded them. */
  private List<UrgencyChangeRow> urgencyChanges(String contactId) {
    return jdbc.sql("select rag, reason, decided_by from urgency_rating where contact_id = ? and proposed = false")
        .param(UUID.fromString(contactId))
        .query((rs, n) -> new UrgencyChangeRow(rs.getString(1), rs.getString(2), rs.getString(3))).list();
  }

  private record UrgencyChangeRow(String rag, String reason, String decidedBy) {
  }
}
