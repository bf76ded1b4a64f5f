package uk.frontdoor.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.frontdoor.journey.ChildJourneyProcess.DecisionStep;
import uk.frontdoor.journey.ChildJourneyProcess.Element;
import uk.frontdoor.journey.ChildJourneyProcess.Var;
import uk.frontdoor.mash.MashAgencies;
import uk.frontdoor.screening.JourneyTestSupport;
import uk.frontdoor.threshold.JourneyRows;
import uk.frontdoor.support.ServiceTest;
import uk.frontdoor.validation.InvalidSubmissionException;

@ServiceTest
class OversightJourneyTest extends JourneyTestSupport {

  private static final String WHY = "The neighbour's account is vague and the school has no concerns about her.";
  private static final String RATIONALE = "Level 1: universal services meet her needs; no further action.";

  @Autowired
  private AuthorizationService authorizationService;

  @Autowired
  private MashAgencies mashAgencies;

  /** A first referral screened out by the practitioner, now waiting for a manager's oversight. */
  private ProcessInstance screenedOutBy(String practitioner, String group, String contactId) {
    ProcessInstance journey = startBefore(Element.SCREEN_CONTACT, contactId, false, Map.of());
    completeAs(practitioner, group, taskAt(journey, Element.SCREEN_CONTACT), Map.of(
        "screeningDecision", "no-further-action", "screeningRationale", WHY));
    assertThat(journey).isWaitingAt(Element.MANAGEMENT_OVERSIGHT);
    return journey;
  }

  private List<UUID> children(String contactId) {
    return jdbc.sql("select child_id from contact_child where contact_id = ? order by position")
        .param(UUID.fromString(contactId)).query(UUID.class).list();
  }

  private static String section(UUID childId, String level, String levelChangeReason) {
    SpinJsonNode child = Spin.JSON("{}");
    child.prop("childId", childId.toString());
    child.prop("level", level);
    if (levelChangeReason != null) {
      child.prop("levelChangeReason", levelChangeReason);
    }
    child.prop("indicators", "Unexplained bruise on her arm seen by her teacher.");
    child.prop("risks", "No injury seen; shouting reported by one neighbour only.");
    child.prop("strengths", "Her school says she is settled, attends well and is cared for.");
    child.prop("analysis", "Nothing suggests she is unsafe at home; her teacher knows her well.");
    child.prop("childsVoice", "She told her teacher that home is fine and she likes her new bike.");
    return child.toString();
  }

  /** Sent as the form sends it: a section per child (child1, child2...) and each next step (step1...). */
  private static Map<String, Object> approve(String rationale, String... sections) {
    Map<String, Object> values = new HashMap<>();
    values.put(RecordOversight.DECISION, "approve");
    for (int n = 1; n <= sections.length; n++) {
      values.put(Proforma.childSlot(n), SpinValues.jsonValue(sections[n - 1]).create());
    }
    values.put(RecordOversight.RATIONALE, rationale);
    values.put(Proforma.stepSlot(1), SpinValues.jsonValue("""
        {"action": "Tell the neighbour what happens now and who to call.", "owner": "Duty practitioner",
          "timescale": "Within 2 working days"}""").create());
    return values;
  }

  private Map<String, Object> approveFor(String contactId) {
    return approve(RATIONALE, section(children(contactId).get(0), "1", null));
  }

  private Map<String, Object> oversightRow(String contactId) {
    return jdbc.sql("select * from oversight_record where contact_id = ?").param(UUID.fromString(contactId))
        .query().singleRow();
  }

  @Test
  void theManagerSeesWhatTheySignOffWithASectionPerChild() {
    String contactId = newContact();
    ProcessInstance journey = screenedOutBy(PRACTITIONER, "crs-practitioners", contactId);

    assertThat((String) runtimeService.getVariable(journey.getId(), PrepareOversight.SUMMARY))
        .contains("Screening: no further action").contains(WHY).contains(PRACTITIONER);
    SpinJsonNode child = (SpinJsonNode) runtimeService.getVariable(journey.getId(), Proforma.childSlot(1));
    assertThat(child.prop("childId").stringValue()).isEqualTo(children(contactId).get(0).toString());
    assertThat(child.prop("childName").stringValue()).startsWith("Child Test");
    assertThat(runtimeService.getVariable(journey.getId(), Proforma.childSlot(2)))
        .as("one section per child of the contact, no more").isNull();
  }

  @Test
  void anApprovedDecisionLeavesTheServiceWithTheProformaRecorded() {
    String contactId = newContact();
    ProcessInstance journey = screenedOutBy(PRACTITIONER, "crs-practitioners", contactId);

    completeAsManager(MANAGER, taskAt(journey, Element.MANAGEMENT_OVERSIGHT), approveFor(contactId));

    assertThat(journey).hasPassed(Element.DECISION_MADE).isEnded();
    assertThat(oversightRow(contactId)).containsEntry("APPROVED", true).containsEntry("DECISION_STEP", "screening")
        .containsEntry("MANAGER", MANAGER).containsEntry("RATIONALE", RATIONALE).containsEntry("NOT_PROGRESSED", true)
        .containsEntry("SEND_BACK_REASON", null);
    assertThat((String) oversightRow(contactId).get("MANAGER_NAME")).isNotBlank().isNotEqualTo(MANAGER);
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
        .doesNotContainKeys(RecordOversight.DECISION, RecordOversight.SEND_BACK_REASON, PrepareOversight.SUMMARY,
            RecordOversight.CHILDREN);
  }

  @Test
  void anApprovalNeedsEverySection() {
    String contactId = newContact();
    ProcessInstance journey = screenedOutBy(PRACTITIONER, "crs-practitioners", contactId);

    assertThatThrownBy(() -> completeAsManager(MANAGER, taskAt(journey, Element.MANAGEMENT_OVERSIGHT), Map.of(
        RecordOversight.DECISION, "approve", RecordOversight.RATIONALE, "None.")))
        .isInstanceOfSatisfying(InvalidSubmissionException.class, refused ->
            assertThat(refused.getProblems()).extracting("field").containsExactlyInAnyOrder("children[1].level",
                "children[1].indicators", "children[1].risks", "children[1].strengths", "children[1].analysis",
                "children[1].childsVoice", RecordOversight.RATIONALE, RecordOversight.NEXT_STEPS));
    assertThat(journey).isWaitingAt(Element.MANAGEMENT_OVERSIGHT);
    assertThat(rows("oversight_record", contactId)).isZero();
  }

  @Test
  void theManagerWhoMadeTheDecisionCannotSignItOff() {
    String contactId = newContact();
    ProcessInstance journey = screenedOutBy(MANAGER, "crs-managers", contactId);
    Task oversight = taskAt(journey, Element.MANAGEMENT_OVERSIGHT);

    assertThatThrownBy(() -> completeAsManager(MANAGER, oversight, approveFor(contactId)))
        .isInstanceOf(AuthorizationException.class).hasMessageContaining(oversight.getId());
    // were the per-task revoke removed (say by an administrator), the completion check still refuses
    authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(oversight.getId())
        .authorizationType(Authorization.AUTH_TYPE_REVOKE).list()
        .forEach(revoke -> authorizationService.deleteAuthorization(revoke.getId()));
    assertThatThrownBy(() -> completeAsManager(MANAGER, oversight, approveFor(contactId)))
        .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("another manager");
    assertThat(journey).isWaitingAt(Element.MANAGEMENT_OVERSIGHT);
    assertThat(rows("oversight_record", contactId)).isZero();

    completeAsManager(MANAGER_2, oversight, approveFor(contactId));
    assertThat(journey).isEnded();
  }

  @Test
  void onlyAManagerCanSignOff() {
    String contactId = newContact();
    ProcessInstance journey = screenedOutBy(PRACTITIONER, "crs-practitioners", contactId);
    Task oversight = taskAt(journey, Element.MANAGEMENT_OVERSIGHT);
    taskService.setAssignee(oversight.getId(), PRACTITIONER_2);

    assertThatThrownBy(() -> completeAsPractitioner(PRACTITIONER_2, oversight, approveFor(contactId)))
        .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("team manager");
    assertThat(journey).isWaitingAt(Element.MANAGEMENT_OVERSIGHT);
    assertThat(rows("oversight_record", contactId)).isZero();
  }

  @Test
  void theLevelIsPrefilledFromTheThresholdDecisionAndAChangeNeedsAReason() {
    String contactId = newContact();
    UUID child = children(contactId).get(0);
    jdbc.sql("""
        insert into threshold_decision (id, contact_id, child_id, indicators, significant_harm, proposed_level,
          proposed_pathway, chosen_pathway, indicators_by, indicators_at, decided_by, decided_at)
        values (?, ?, ?, 'unexplained-injury', false, 3, 'children-and-families-assessment',
          'children-and-families-assessment', ?, ?, ?, ?)""")
        .params(UUID.randomUUID(), UUID.fromString(contactId), child, PRACTITIONER, now(), PRACTITIONER, now())
        .update();
    new JourneyRows(intake, jdbc, clock, mashAgencies).allPartnerChecks(UUID.fromString(contactId));
    ProcessInstance journey = startBefore(Element.MANAGEMENT_OVERSIGHT, contactId, false,
        Map.of(Var.DECISION_STEP, DecisionStep.THRESHOLD));
    SpinJsonNode prefilled = (SpinJsonNode) runtimeService.getVariable(journey.getId(), Proforma.childSlot(1));
    assertThat(prefilled.prop("level").stringValue()).isEqualTo("3");
    assertThat(prefilled.prop("indicators").stringValue()).isEqualTo("unexplained injury");
    assertThat(prefilled.prop("pathway").stringValue()).isEqualTo("an assessment");
    Task oversight = taskAt(journey, Element.MANAGEMENT_OVERSIGHT);
    String rationale = "An assessment, because the injury is unexplained and she is very young.";

    assertThatThrownBy(() -> completeAsManager(MANAGER, oversight, approve(rationale, section(child, "4", null))))
        .isInstanceOfSatisfying(InvalidSubmissionException.class, refused ->
            assertThat(refused.getProblems()).singleElement().satisfies(problem ->
                assertThat(problem.toString()).contains("children[1].levelChangeReason")
                    .contains("from 3 to 4")));
    assertThatThrownBy(() -> completeAsManager(MANAGER, oversight,
        approve("Level 3 and her needs are met with support.", section(child, "3", null))))
        .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("write \"assessment\"");

    completeAsManager(MANAGER, oversight, approve(rationale,
        section(child, "4", "Her teacher saw a second bruise today: this is now a safeguarding concern.")));
    Map<String, Object> signed = jdbc.sql("""
        select c.proposed_level, c.level, c.level_change_reason, r.not_progressed from oversight_child c
        join oversight_record r on r.id = c.oversight_id where r.contact_id = ?""")
        .param(UUID.fromString(contactId)).query().singleRow();
    assertThat(signed).containsEntry("PROPOSED_LEVEL", 3).containsEntry("LEVEL", 4)
        .containsEntry("NOT_PROGRESSED", false);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }
}
