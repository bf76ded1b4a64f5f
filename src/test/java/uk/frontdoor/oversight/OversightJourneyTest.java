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
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import uk.frontdoor.journey.ChildJourneyProcess.DecisionStep;
import uk.frontdoor.journey.ChildJourneyProcess.Element;
import uk.frontdoor.journey.ChildJourneyProcess.Var;
import uk.frontdoor.journey.JourneyDriver;
import uk.frontdoor.mash.MashAgencies;
import uk.frontdoor.screening.JourneyTestSupport;
import uk.frontdoor.support.ServiceTest;
import uk.frontdoor.threshold.JourneyRows;
import uk.frontdoor.validation.InvalidSubmissionException;

@ServiceTest
class OversightJourneyTest extends JourneyTestSupport {

  private static final String WHY = "The neighbour's account is vague and the school has no concerns about her.";
  private static final String RATIONALE = "Level 1: universal services meet her needs; no further action.";

  @Autowired
  private AuthorizationService authorizationService;

  @Autowired
  private MashAgencies mashAgencies;

  @Autowired
  private ManagerNames names;

  @Autowired
  private HistoryService historyService;

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

  /** One child's section as its step submits it. */
  private static Map<String, Object> section(String level, String levelChangeReason) {
    Map<String, Object> child = new HashMap<>();
    child.put("level", level);
    if (levelChangeReason != null) {
      child.put("levelChangeReason", levelChangeReason);
    }
    child.put("indicators", "Unexplained bruise on her arm seen by her teacher.");
    child.put("risks", "No injury seen; shouting reported by one neighbour only.");
    child.put("strengths", "Her school says she is settled, attends well and is cared for.");
    child.put("analysis", "Nothing suggests she is unsafe at home; her teacher knows her well.");
    child.put("childsVoice", "She told her teacher that home is fine and she likes her new bike.");
    return child;
  }

  /** The sign-off for the contact as its form submits it. */
  private static Map<String, Object> approve(String rationale) {
    Map<String, Object> values = new HashMap<>();
    values.put(RecordOversight.DECISION, "approve");
    values.put(RecordOversight.RATIONALE, rationale);
    values.put(Proforma.stepSlot(1), SpinValues.jsonValue("""
        {"action": "Tell the neighbour what happens now and who to call.", "owner": "Duty practitioner",
          "timescale": "Within 2 working days"}""").create());
    return values;
  }

  /** Signs off the contact and writes the one child's section, as one manager. */
  private void approveAs(String manager, ProcessInstance journey, String rationale, Map<String, Object> section) {
    completeAsManager(manager, taskAt(journey, Element.MANAGEMENT_OVERSIGHT), approve(rationale));
    completeAsManager(manager, taskAt(journey, Element.OVERSIGHT_FOR_CHILD), section);
  }

  private Map<String, Object> oversightRow(String contactId) {
    return jdbc.sql("select * from oversight_record where contact_id = ?").param(UUID.fromString(contactId))
        .query().singleRow();
  }

  @Test
  void theManagerSeesWhatTheySignOffThenWritesEachChildsSectionAsAStepOfItsOwn() {
    String contactId = newContact();
    ProcessInstance journey = screenedOutBy(PRACTITIONER, "crs-practitioners", contactId);
    Task signOff = taskAt(journey, Element.MANAGEMENT_OVERSIGHT);

    assertThat((String) taskService.getVariable(signOff.getId(), PrepareOversight.SUMMARY))
        .contains("Screening: no further action").contains(WHY)
        .contains("decided by " + names.fullName(PRACTITIONER) + ".");
    assertThat(taskService.getVariable(signOff.getId(), PrepareOversight.DECISIONS_TO_NAME))
        .isEqualTo("no further action");
    completeAsManager(MANAGER, signOff, approve(RATIONALE));

    Task child = taskAt(journey, Element.OVERSIGHT_FOR_CHILD);
    assertThat((String) taskService.getVariable(child.getId(), PrepareChildOversight.CHILD_NAME))
        .startsWith("Child Test");
    assertThat(taskService.getVariable(child.getId(), PrepareChildOversight.PATHWAY)).isEqualTo("no pathway chosen");
    assertThat(rows("oversight_record", contactId)).as("nothing is signed until every child has a section").isZero();
    completeAsManager(MANAGER, child, section("1", null));
    assertThat(journey).isEnded();
  }

  @Test
  void aSummaryLongerThanTheEngineStoresIsCutForTheFormAndKeptWholeInTheRecord() {
    // as long as a screening reason may be, so the summary's heading pushes it past 4,000 characters
    String why = (WHY + " ").repeat(4000 / (WHY.length() + 1)).trim();
    assertThat(why.length()).isBetween(3950, 4000);
    String contactId = newContact();
    ProcessInstance journey = startBefore(Element.SCREEN_CONTACT, contactId, false, Map.of());
    completeAs(PRACTITIONER, "crs-practitioners", taskAt(journey, Element.SCREEN_CONTACT), Map.of(
        "screeningDecision", "no-further-action", "screeningRationale", why));

    Task signOff = taskAt(journey, Element.MANAGEMENT_OVERSIGHT);
    String shown = (String) taskService.getVariable(signOff.getId(), PrepareOversight.SUMMARY);
    assertThat(shown).hasSizeLessThanOrEqualTo(4000).endsWith("and in the child's record)");
    approveAs(MANAGER, journey, RATIONALE, section("1", null));

    assertThat(journey).isEnded();
    assertThat((String) oversightRow(contactId).get("THRESHOLD_SUMMARY")).hasSizeGreaterThan(4000).contains(why);
  }

  @ParameterizedTest(name = "{0} children")
  @ValueSource(ints = {1, 2, 7, 20})
  void aManagerSignsOffAContactAboutAnyNumberOfChildrenWithOneStepPerChild(int children) {
    String contactId = newContact(children);
    ProcessInstance journey = screenedOutBy(PRACTITIONER, "crs-practitioners", contactId);

    JourneyDriver.signOff(taskService, identityService, journey.getId(), MANAGER);

    assertThat(journey).hasPassed(Element.DECISION_MADE).isEnded();
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(journey.getId())
        .taskDefinitionKey(Element.OVERSIGHT_FOR_CHILD).count()).isEqualTo(children);
    assertThat(jdbc.sql("select c.child_id from oversight_child c join oversight_record r on r.id = c.oversight_id "
        + "where r.contact_id = ? and r.approved order by c.position").param(UUID.fromString(contactId))
        .query(UUID.class).list()).containsExactlyElementsOf(children(contactId));
  }

  @Test
  void anApprovedDecisionLeavesTheServiceWithTheProformaRecorded() {
    String contactId = newContact();
    ProcessInstance journey = screenedOutBy(PRACTITIONER, "crs-practitioners", contactId);

    approveAs(MANAGER, journey, RATIONALE, section("1", null));

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
            PrepareOversight.DECISIONS_TO_NAME);
  }

  @Test
  void anApprovalNeedsEverySection() {
    String contactId = newContact();
    ProcessInstance journey = screenedOutBy(PRACTITIONER, "crs-practitioners", contactId);

    assertThatThrownBy(() -> completeAsManager(MANAGER, taskAt(journey, Element.MANAGEMENT_OVERSIGHT), Map.of(
        RecordOversight.DECISION, "approve", RecordOversight.RATIONALE, "None.")))
        .isInstanceOfSatisfying(InvalidSubmissionException.class, refused ->
            assertThat(refused.getProblems()).extracting("field")
                .containsExactlyInAnyOrder(RecordOversight.RATIONALE, Proforma.NEXT_STEPS));
    assertThat(journey).isWaitingAt(Element.MANAGEMENT_OVERSIGHT);
    completeAsManager(MANAGER, taskAt(journey, Element.MANAGEMENT_OVERSIGHT), approve(RATIONALE));

    assertThatThrownBy(() -> completeAsManager(MANAGER, taskAt(journey, Element.OVERSIGHT_FOR_CHILD), Map.of()))
        .isInstanceOfSatisfying(InvalidSubmissionException.class, refused ->
            assertThat(refused.getProblems()).extracting("field").containsExactlyInAnyOrder("level", "indicators",
                "risks", "strengths", "analysis", "childsVoice"));
    assertThat(journey).isWaitingAt(Element.OVERSIGHT_FOR_CHILD);
    assertThat(rows("oversight_record", contactId)).isZero();
  }

  @Test
  void theManagerWhoMadeTheDecisionCannotSignItOff() {
    String contactId = newContact();
    ProcessInstance journey = screenedOutBy(MANAGER, "crs-managers", contactId);
    Task oversight = taskAt(journey, Element.MANAGEMENT_OVERSIGHT);

    assertThatThrownBy(() -> completeAsManager(MANAGER, oversight, approve(RATIONALE)))
        .isInstanceOf(AuthorizationException.class).hasMessageStartingWith("You made the screening decision")
        .hasMessageNotContaining(oversight.getId());
    // were the per-task revoke removed (say by an administrator), the completion check still refuses
    authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(oversight.getId())
        .authorizationType(Authorization.AUTH_TYPE_REVOKE).list()
        .forEach(revoke -> authorizationService.deleteAuthorization(revoke.getId()));
    assertThatThrownBy(() -> completeAsManager(MANAGER, oversight, approve(RATIONALE)))
        .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("another team manager must sign it off");
    assertThat(journey).isWaitingAt(Element.MANAGEMENT_OVERSIGHT);
    assertThat(rows("oversight_record", contactId)).isZero();

    completeAsManager(MANAGER_2, oversight, approve(RATIONALE));
    // each child's step is closed to the manager who decided, too
    Task child = taskAt(journey, Element.OVERSIGHT_FOR_CHILD);
    assertThatThrownBy(() -> completeAsManager(MANAGER, child, section("1", null)))
        .isInstanceOf(AuthorizationException.class).hasMessageStartingWith("You made the screening decision")
        .hasMessageNotContaining(child.getId());
    completeAsManager(MANAGER_2, child, section("1", null));
    assertThat(journey).isEnded();
  }

  @Test
  void onlyAManagerCanSignOff() {
    String contactId = newContact();
    ProcessInstance journey = screenedOutBy(PRACTITIONER, "crs-practitioners", contactId);
    Task oversight = taskAt(journey, Element.MANAGEMENT_OVERSIGHT);
    taskService.setAssignee(oversight.getId(), PRACTITIONER_2);

    assertThatThrownBy(() -> completeAsPractitioner(PRACTITIONER_2, oversight, approve(RATIONALE)))
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
    Task oversight = taskAt(journey, Element.MANAGEMENT_OVERSIGHT);
    String rationale = "An assessment, because the injury is unexplained and she is very young.";
    assertThatThrownBy(() -> completeAsManager(MANAGER, oversight, approve("Level 3 and her needs are met with support.")))
        .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("write \"assessment\"");
    completeAsManager(MANAGER, oversight, approve(rationale));

    Task step = taskAt(journey, Element.OVERSIGHT_FOR_CHILD);
    assertThat(taskService.getVariable(step.getId(), "level")).isEqualTo("3");
    assertThat(taskService.getVariable(step.getId(), "indicators"))
        .as("in the Pathways Document's words, not its codes")
        .isEqualTo("An injury to a child that is not explained or not consistent with the explanation");
    assertThat(taskService.getVariable(step.getId(), PrepareChildOversight.PATHWAY)).isEqualTo("an assessment");
    assertThatThrownBy(() -> completeAsManager(MANAGER, step, section("4", null)))
        .isInstanceOfSatisfying(InvalidSubmissionException.class, refused ->
            assertThat(refused.getProblems()).singleElement().satisfies(problem ->
                assertThat(problem.toString()).contains("levelChangeReason").contains("from 3 to 4")));

    completeAsManager(MANAGER, step,
        section("4", "Her teacher saw a second bruise today: this is now a safeguarding concern."));
    Map<String, Object> signed = jdbc.sql("""
        select c.proposed_level, c.level, c.level_change_reason, r.not_progressed from oversight_child c
        join oversight_record r on r.id = c.oversight_id where r.contact_id = ?""")
        .param(UUID.fromString(contactId)).query().singleRow();
    assertThat(signed).containsEntry("PROPOSED_LEVEL", 3).containsEntry("LEVEL", 4)
        .containsEntry("NOT_PROGRESSED", false);
    assertThat(jdbc.sql("select written_by, written_by_name from oversight_child c join oversight_record r "
        + "on r.id = c.oversight_id where r.contact_id = ?").param(UUID.fromString(contactId)).query().singleRow())
        .containsEntry("WRITTEN_BY", MANAGER).containsEntry("WRITTEN_BY_NAME", names.fullName(MANAGER));
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }
}
