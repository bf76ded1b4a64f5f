package uk.frontdoor.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import uk.frontdoor.journey.ChildJourneyProcess.Element;
import uk.frontdoor.journey.ChildJourneyProcess.Var;
import uk.frontdoor.screening.JourneyTestSupport;
import uk.frontdoor.validation.InvalidSubmissionException;
import uk.frontdoor.support.ServiceTest;

@ServiceTest
class OversightJourneyTest extends JourneyTestSupport {

  private static final String WHY = "The neighbour's account is vague and the school has no concerns about her.";
  private static final Map<String, Object> APPROVE = Map.of(RecordOversight.DECISION, "approve",
      RecordOversight.RISKS, "No injury seen; shouting reported by one neighbour only.",
      RecordOversight.STRENGTHS, "Her school says she is settled, attends well and is cared for.",
      RecordOversight.ANALYSIS, "Nothing suggests she is unsafe at home; her teacher knows her well.",
      RecordOversight.RATIONALE, "Level 1: universal services meet her needs; no further action.");

  /** A first referral screened out by the practitioner, now waiting for a manager's oversight. */
  private ProcessInstance screenedOutBy(String practitioner, String group, String contactId) {
    ProcessInstance journey = startBefore(Element.SCREEN_CONTACT, contactId, false, Map.of());
    completeAs(practitioner, group, taskAt(journey, Element.SCREEN_CONTACT), Map.of(
        Var.SCREENING_DECISION, "no-further-action", "screeningRationale", WHY));
    assertThat(journey).isWaitingAt(Element.MANAGEMENT_OVERSIGHT);
    return journey;
  }

  private Map<String, Object> oversightRow(String contactId) {
    return jdbc.sql("select * from oversight_record where contact_id = ?").param(UUID.fromString(contactId))
        .query().singleRow();
  }

  @Test
  void theManagerSeesWhatTheySignOff() {
    String contactId = newContact();
    ProcessInstance journey = screenedOutBy(PRACTITIONER, "crs-practitioners", contactId);

    assertThat((String) runtimeService.getVariable(journey.getId(), PrepareOversight.SUMMARY))
        .contains("Screening: no further action").contains(WHY).contains(PRACTITIONER);
  }

  @Test
  void anApprovedDecisionLeavesTheServiceWithTheProformaRecorded() {
    String contactId = newContact();
    ProcessInstance journey = screenedOutBy(PRACTITIONER, "crs-practitioners", contactId);

    completeAsManager(MANAGER, taskAt(journey, Element.MANAGEMENT_OVERSIGHT), APPROVE);

    assertThat(journey).hasPassed(Element.DECISION_MADE).isEnded();
    assertThat(oversightRow(contactId)).containsEntry("APPROVED", true).containsEntry("DECISION_STEP", "screening")
        .containsEntry("MANAGER", MANAGER).containsEntry("RISKS", APPROVE.get(RecordOversight.RISKS))
        .containsEntry("SEND_BACK_REASON", null);
    assertThat((String) oversightRow(contactId).get("THRESHOLD_SUMMARY")).contains("Screening: no further action");
  }

  @Test
  void aSendBackReturnsToScreening() {
    String contactId = newContact();
    ProcessInstance journey = screenedOutBy(PRACTITIONER, "crs-practitioners", contactId);

    completeAsManager(MANAGER, taskAt(journey, Element.MANAGEMENT_OVERSIGHT), Map.of(
        RecordOversight.DECISION, "send-back",
        RecordOversight.SEND_BACK_REASON, "Ask her school what she has said about home before closing."));

    assertThat(journey).isWaitingAt(Element.SCREEN_CONTACT);
    assertThat(oversightRow(contactId)).containsEntry("APPROVED", false).containsEntry("DECISION_STEP", "screening");
    assertThat(journey).variables().containsEntry(Var.OVERSIGHT_APPROVED, false)
        .doesNotContainKeys(RecordOversight.DECISION, RecordOversight.SEND_BACK_REASON, PrepareOversight.SUMMARY);
  }

  @Test
  void anApprovalNeedsRisksStrengthsAnalysisAndRationale() {
    String contactId = newContact();
    ProcessInstance journey = screenedOutBy(PRACTITIONER, "crs-practitioners", contactId);

    assertThatThrownBy(() -> completeAsManager(MANAGER, taskAt(journey, Element.MANAGEMENT_OVERSIGHT), Map.of(
        RecordOversight.DECISION, "approve", RecordOversight.RISKS, "None.")))
        .isInstanceOfSatisfying(InvalidSubmissionException.class, refused ->
            assertThat(refused.getProblems()).extracting("field").containsExactlyInAnyOrder(RecordOversight.RISKS,
                RecordOversight.STRENGTHS, RecordOversight.ANALYSIS, RecordOversight.RATIONALE));
    assertThat(journey).isWaitingAt(Element.MANAGEMENT_OVERSIGHT);
    assertThat(rows("oversight_record", contactId)).isZero();
  }

  @Test
  void theManagerWhoMadeTheDecisionCannotSignItOff() {
    String contactId = newContact();
    ProcessInstance journey = screenedOutBy(MANAGER, "crs-managers", contactId);

    assertThatThrownBy(() -> completeAsManager(MANAGER, taskAt(journey, Element.MANAGEMENT_OVERSIGHT), APPROVE))
        .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("another manager");
    assertThat(journey).isWaitingAt(Element.MANAGEMENT_OVERSIGHT);
    assertThat(rows("oversight_record", contactId)).isZero();

    completeAsManager(MANAGER_2, taskAt(journey, Element.MANAGEMENT_OVERSIGHT), APPROVE);
    assertThat(journey).isEnded();
  }

  @Test
  void onlyAManagerCanSignOff() {
    String contactId = newContact();
    ProcessInstance journey = screenedOutBy(PRACTITIONER, "crs-practitioners", contactId);
    Task oversight = taskAt(journey, Element.MANAGEMENT_OVERSIGHT);
    taskService.setAssignee(oversight.getId(), PRACTITIONER_2);

    assertThatThrownBy(() -> completeAsPractitioner(PRACTITIONER_2, oversight, APPROVE))
        .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("team manager");
    assertThat(journey).isWaitingAt(Element.MANAGEMENT_OVERSIGHT);
    assertThat(rows("oversight_record", contactId)).isZero();
  }
}
