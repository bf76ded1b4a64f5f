package uk.frontdoor.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.frontdoor.journey.ChildJourneyProcess.ConsentRoute;
import uk.frontdoor.journey.ChildJourneyProcess.DecisionStep;
import uk.frontdoor.journey.ChildJourneyProcess.Element;
import uk.frontdoor.journey.ChildJourneyProcess.Var;
import uk.frontdoor.screening.JourneyTestSupport;
import uk.frontdoor.validation.InvalidSubmissionException;
import uk.frontdoor.support.ServiceTest;

@ServiceTest
class ConsentJourneyTest extends JourneyTestSupport {

  private static final String WHY = "I spoke to her mother by telephone this morning; I decided.";
  private static final String SUPPORT = "A family support worker visit, and a parenting group at the children's centre.";
  private static final String MANAGER_WHY = "The child's account of being hit needs police and health checks today.";

  @Autowired HistoryService historyService;

  private ProcessInstance atConsent(String contactId) {
    return startBefore(Element.RECORD_CONSENT, contactId, false, Map.of());
  }

  private static Map<String, Object> refused(boolean harmConcern) {
    Map<String, Object> form = new HashMap<>(Map.of(RecordConsent.STATUS, "refused",
        RecordConsent.FROM, "person-with-parental-responsibility", RecordConsent.FROM_NAME, "Jane Test",
        RecordConsent.SIGNIFICANT_HARM_CONCERN, harmConcern, RecordConsent.RATIONALE, WHY));
    if (harmConcern) {
      form.put(RecordConsent.GROUNDS, "risk-of-significant-harm");
    } else {
      form.put(RecordConsent.VOLUNTARY_SUPPORT, SUPPORT);
    }
    return form;
  }

  private static Map<String, Object> notSought() {
    return Map.of(RecordConsent.STATUS, "not-sought", RecordConsent.GROUNDS, "prejudice-crime-prevention",
        RecordConsent.RATIONALE, "Police asked us not to alert the family; the team manager and I agreed.");
  }

  private Map<String, Object> latestRow(String contactId) {
    return jdbc.sql("select * from consent_decision where contact_id = ? order by decided_at desc limit 1")
        .param(UUID.fromString(contactId)).query().singleRow();
  }

  /**
   * The token reached the start of the partner agency checks and nothing else. The model's
   * Gateway_MashChecksStart is a parallel gateway with two incoming flows, so it waits for both
   * (a join) and the checks do not open yet: reported as a model defect. This assertion holds
   * before and after that fix; once fixed it can become isWaitingAt(CHECK_AGENCY_RECORDS, ...).
   */
  private void assertReachedPartnerAgencyChecks(ProcessInstance journey) {
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(journey.getId())
        .activityId(Element.MASH_CHECKS_START).count()).isOne();
    assertThat(taskService.createTaskQuery().processInstanceId(journey.getId()).list())
        .extracting(Task::getTaskDefinitionKey)
        .doesNotContain(Element.RECORD_CONSENT, Element.DECIDE_CONSENT_AS_MANAGER, Element.MANAGEMENT_OVERSIGHT);
  }

  @Test
  void consentGivenStartsThePartnerAgencyChecks() {
    String contactId = newContact();
    ProcessInstance journey = atConsent(contactId);

    // the lawful basis is the server's to set: a submission that sets it is refused, naming it
    assertThatThrownBy(() -> completeAsPractitioner(PRACTITIONER, taskAt(journey, Element.RECORD_CONSENT), Map.of(
        RecordConsent.STATUS, "given", RecordConsent.FROM, "competent-child", RecordConsent.FROM_NAME, "Amy Test",
        RecordConsent.RATIONALE, WHY, "lawfulBasis", "safeguarding")))
        .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("lawfulBasis");
    completeAsPractitioner(PRACTITIONER, taskAt(journey, Element.RECORD_CONSENT), Map.of(
        RecordConsent.STATUS, "given", RecordConsent.FROM, "competent-child", RecordConsent.FROM_NAME, "Amy Test",
        RecordConsent.RATIONALE, WHY));

    assertReachedPartnerAgencyChecks(journey);
    assertThat(latestRow(contactId)).containsEntry("STATUS", "given").containsEntry("LAWFUL_BASIS", "consent")
        .containsEntry("DECIDED_BY_ROLE", "practitioner").containsEntry("DECIDED_BY", PRACTITIONER)
        .containsEntry("REFUSAL_RESPECTED", false);
    assertThat(journey).variables().containsEntry(Var.CONSENT_ROUTE, ConsentRoute.SHARE)
        .doesNotContainKeys(RecordConsent.STATUS, RecordConsent.RATIONALE);
  }

  @Test
  void aRefusalWithoutAHarmConcernIsRespectedAndClosesWithVoluntarySupport() {
    String contactId = newContact();
    ProcessInstance journey = atConsent(contactId);

    completeAsPractitioner(PRACTITIONER, taskAt(journey, Element.RECORD_CONSENT), refused(false));

    assertThat(journey).isWaitingAt(Element.MANAGEMENT_OVERSIGHT);
    assertThat(latestRow(contactId)).containsEntry("STATUS", "refused").containsEntry("REFUSAL_RESPECTED", true)
        .containsEntry("VOLUNTARY_SUPPORT", SUPPORT).containsEntry("LAWFUL_BASIS", null);
    assertThat(journey).variables().containsEntry(Var.DECISION_STEP, DecisionStep.CONSENT);
  }

  @Test
  void aRefusalWithoutAHarmConcernNeedsTheOfferOfVoluntarySupport() {
    String contactId = newContact();
    ProcessInstance journey = atConsent(contactId);
    Map<String, Object> form = refused(false);
    form.remove(RecordConsent.VOLUNTARY_SUPPORT);

    assertThatThrownBy(() -> completeAsPractitioner(PRACTITIONER, taskAt(journey, Element.RECORD_CONSENT), form))
        .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining(RecordConsent.VOLUNTARY_SUPPORT);
    assertThat(journey).isWaitingAt(Element.RECORD_CONSENT);
    assertThat(rows("consent_decision", contactId)).isZero();
  }

  @Test
  void aRefusalWithAHarmConcernGoesToAManager() {
    String contactId = newContact();
    ProcessInstance journey = atConsent(contactId);

    completeAsPractitioner(PRACTITIONER, taskAt(journey, Element.RECORD_CONSENT), refused(true));

    assertThat(journey).isWaitingAt(Element.DECIDE_CONSENT_AS_MANAGER);
    assertThat(latestRow(contactId)).containsEntry("REFUSAL_RESPECTED", false)
        .containsEntry("SIGNIFICANT_HARM_CONCERN", true).containsEntry("GROUNDS", "risk-of-significant-harm");
    assertThat((String) runtimeService.getVariable(journey.getId(), RecordConsent.PRACTITIONER_DECISION))
        .contains("refused by Jane Test").contains(WHY);
  }

  @Test
  void consentNotSoughtWithoutGroundsIsRefused() {
    String contactId = newContact();
    ProcessInstance journey = atConsent(contactId);

    assertThatThrownBy(() -> completeAsPractitioner(PRACTITIONER, taskAt(journey, Element.RECORD_CONSENT), Map.of(
        RecordConsent.STATUS, "not-sought", RecordConsent.RATIONALE, WHY)))
        .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining(RecordConsent.GROUNDS);
    assertThatThrownBy(() -> completeAsPractitioner(PRACTITIONER, taskAt(journey, Element.RECORD_CONSENT), Map.of(
        RecordConsent.STATUS, "not-sought", RecordConsent.GROUNDS, "the family is difficult",
        RecordConsent.RATIONALE, WHY)))
        .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining(RecordConsent.GROUNDS);

    assertThat(journey).isWaitingAt(Element.RECORD_CONSENT);
    assertThat(rows("consent_decision", contactId)).isZero();
  }

  @Test
  void consentNotSoughtOnLawfulGroundsGoesToAManager() {
    String contactId = newContact();
    ProcessInstance journey = atConsent(contactId);

    completeAsPractitioner(PRACTITIONER, taskAt(journey, Element.RECORD_CONSENT), notSought());

    assertThat(journey).isWaitingAt(Element.DECIDE_CONSENT_AS_MANAGER);
    assertThat(latestRow(contactId)).containsEntry("STATUS", "not-sought").containsEntry("LAWFUL_BASIS", null);
  }

  @Test
  void onlyAManagerMayOverrideConsent() {
    String contactId = newContact();
    ProcessInstance journey = atConsent(contactId);
    completeAsPractitioner(PRACTITIONER, taskAt(journey, Element.RECORD_CONSENT), refused(true));
    Task decision = taskAt(journey, Element.DECIDE_CONSENT_AS_MANAGER);
    taskService.setAssignee(decision.getId(), PRACTITIONER_2);

    assertThatThrownBy(() -> completeAsPractitioner(PRACTITIONER_2, decision, Map.of(
        RecordManagerConsent.DECISION, "proceed-without-consent", RecordManagerConsent.GROUNDS,
        "risk-of-significant-harm", RecordManagerConsent.RATIONALE, MANAGER_WHY)))
        .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("team manager");

    assertThat(journey).isWaitingAt(Element.DECIDE_CONSENT_AS_MANAGER);
    assertThat(rows("consent_decision", contactId)).isOne();
  }

  @Test
  void aManagerWhoMadeThePractitionersDecisionCannotDecideOnIt() {
    String contactId = newContact();
    ProcessInstance journey = atConsent(contactId);
    completeAsManager(MANAGER, taskAt(journey, Element.RECORD_CONSENT), refused(true));
    Map<String, Object> override = Map.of(RecordManagerConsent.DECISION, "proceed-without-consent",
        RecordManagerConsent.GROUNDS, "risk-of-significant-harm", RecordManagerConsent.RATIONALE, MANAGER_WHY);

    assertThatThrownBy(() -> completeAsManager(MANAGER, taskAt(journey, Element.DECIDE_CONSENT_AS_MANAGER), override))
        .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("another manager");
    assertThat(rows("consent_decision", contactId)).isOne();

    completeAsManager(MANAGER_2, taskAt(journey, Element.DECIDE_CONSENT_AS_MANAGER), override);

    assertReachedPartnerAgencyChecks(journey);
    assertThat(latestRow(contactId)).containsEntry("DECIDED_BY_ROLE", "manager").containsEntry("DECIDED_BY", MANAGER_2)
        .containsEntry("MANAGER_DECISION", "proceed-without-consent")
        .containsEntry("LAWFUL_BASIS", "public-task-safeguarding").containsEntry("REFUSAL_RESPECTED", false);
    assertThat(journey).variables().doesNotContainKey(RecordConsent.PRACTITIONER_DECISION);
  }

  @Test
  void proceedingWithoutConsentNeedsOneOfTheLawfulGrounds() {
    String contactId = newContact();
    ProcessInstance journey = atConsent(contactId);
    completeAsPractitioner(PRACTITIONER, taskAt(journey, Element.RECORD_CONSENT), refused(true));

    assertThatThrownBy(() -> completeAsManager(MANAGER, taskAt(journey, Element.DECIDE_CONSENT_AS_MANAGER), Map.of(
        RecordManagerConsent.DECISION, "proceed-without-consent", RecordManagerConsent.RATIONALE, MANAGER_WHY)))
        .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining(RecordManagerConsent.GROUNDS);
    assertThat(rows("consent_decision", contactId)).isOne();
  }

  @Test
  void aManagerCanRespectARefusalButNotOneThatNeverHappened() {
    String notSoughtContact = newContact();
    ProcessInstance notSoughtJourney = atConsent(notSoughtContact);
    completeAsPractitioner(PRACTITIONER, taskAt(notSoughtJourney, Element.RECORD_CONSENT), notSought());
    Map<String, Object> respect = Map.of(RecordManagerConsent.DECISION, "respect-refusal",
        RecordManagerConsent.VOLUNTARY_SUPPORT, SUPPORT, RecordManagerConsent.RATIONALE, MANAGER_WHY);

    assertThatThrownBy(() -> completeAsManager(MANAGER, taskAt(notSoughtJourney, Element.DECIDE_CONSENT_AS_MANAGER),
        respect))
        .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("no refusal to respect");
    assertThat(notSoughtJourney).isWaitingAt(Element.DECIDE_CONSENT_AS_MANAGER);
    assertThat(rows("consent_decision", notSoughtContact)).isOne();

    String refusedContact = newContact();
    ProcessInstance refusedJourney = atConsent(refusedContact);
    completeAsPractitioner(PRACTITIONER, taskAt(refusedJourney, Element.RECORD_CONSENT), refused(true));
    completeAsManager(MANAGER, taskAt(refusedJourney, Element.DECIDE_CONSENT_AS_MANAGER), respect);

    assertThat(refusedJourney).isWaitingAt(Element.MANAGEMENT_OVERSIGHT);
    assertThat(latestRow(refusedContact)).containsEntry("REFUSAL_RESPECTED", true)
        .containsEntry("MANAGER_DECISION", "respect-refusal").containsEntry("VOLUNTARY_SUPPORT", SUPPORT);
    assertThat(refusedJourney).variables().containsEntry(Var.DECISION_STEP, DecisionStep.CONSENT);
  }

  @Test
  void aManagerCanSendAnUnsoughtConsentBackToBeSought() {
    String contactId = newContact();
    ProcessInstance journey = atConsent(contactId);
    completeAsPractitioner(PRACTITIONER, taskAt(journey, Element.RECORD_CONSENT), notSought());

    completeAsManager(MANAGER, taskAt(journey, Element.DECIDE_CONSENT_AS_MANAGER), Map.of(
        RecordManagerConsent.DECISION, "seek-consent", RecordManagerConsent.RATIONALE, MANAGER_WHY));

    assertThat(journey).isWaitingAt(Element.RECORD_CONSENT);
    assertThat(latestRow(contactId)).containsEntry("MANAGER_DECISION", "seek-consent");
  }
}
