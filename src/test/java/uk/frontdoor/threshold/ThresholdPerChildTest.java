package uk.frontdoor.threshold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Clock;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.frontdoor.contact.ContactIntake;
import uk.frontdoor.contact.RecordedContact;
import uk.frontdoor.journey.ChildJourneyProcess;
import uk.frontdoor.journey.ChildJourneyProcess.Element;
import uk.frontdoor.journey.ChildJourneyProcess.Var;
import uk.frontdoor.security.Roles;
import uk.frontdoor.validation.InvalidSubmissionException;
import uk.frontdoor.support.ServiceTest;
import uk.frontdoor.mash.MashAgencies;

/** The threshold decision for each child, from the checklist to the chosen pathway. */
@ServiceTest
class ThresholdPerChildTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired ContactIntake intake;
  @Autowired JdbcClient jdbc;
  @Autowired MashAgencies mashAgencies;
  @Autowired Clock clock;
  @Autowired PathwaysDocument document;

  JourneyRows rows;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(processEngine);
    rows = new JourneyRows(intake, jdbc, clock, mashAgencies);
    identityService.setAuthentication("practitioner", List.of(Roles.CRS_PRACTITIONERS));
  }

  @AfterEach
  void tearDown() {
    identityService.clearAuthentication();
  }

  private RecordedContact contact(int children, boolean consent, boolean checks) {
    List<uk.frontdoor.child.ChildDetails> details = children == 1
        ? List.of(JourneyRows.child("Ada", 7))
        : List.of(JourneyRows.child("Ada", 7), JourneyRows.child("Ben", 4));
    RecordedContact contact = rows.contact("police", JourneyRows.newAddress(), details);
    rows.consent(contact.contactId(), consent ? "given" : "refused", false);
    if (checks) {
      rows.allPartnerChecks(contact.contactId());
    }
    return contact;
  }

  /** The test's set-up, not a person's act: starting part-way is an administrator's, so nobody is signed in for it. */
  private ProcessInstance startThreshold(RecordedContact contact) {
    var person = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return runtimeService.createProcessInstanceByKey(ChildJourneyProcess.KEY)
          .setVariable(Var.CONTACT_ID, contact.contactId().toString())
          .setVariable(Var.DECISION_DUE, Date.from(clock.instant().plusSeconds(86400)))
          .startBeforeActivity(Element.THRESHOLD_PER_CHILD + "#multiInstanceBody")
          .execute();
    } finally {
      identityService.setAuthentication(person);
    }
  }

  private Task task(ProcessInstance instance, String activity) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activity).singleResult();
  }

  private static Map<String, Object> ticked(List<String> developmental, boolean significantHarm) {
    Map<String, Object> form = new HashMap<>();
    form.put("developmentalNeedsIndicators", developmental);
    form.put("parentingCapacityIndicators", List.of());
    form.put("familyAndEnvironmentIndicators", List.of());
    form.put("significantHarm", significantHarm);
    return form;
  }

  private long rows(UUID contactId) {
    return jdbc.sql("select count(*) from threshold_decision where contact_id = ?").param(contactId)
        .query(Long.class).single();
  }

  private long optionVariables(ProcessInstance instance) {
    return runtimeService.createVariableInstanceQuery().processInstanceIdIn(instance.getId())
        .variableNameIn("developmentalNeedsOptions", "parentingCapacityOptions", "familyAndEnvironmentOptions")
        .count();
  }

  @Test
  void checklistComesFromTheDeployedTableAndVanishesWithTheChildsTurn() {
    RecordedContact contact = contact(2, true, true);
    ProcessInstance instance = startThreshold(contact);
    Task apply = task(instance, Element.APPLY_PATHWAYS);

    SpinJsonNode options = (SpinJsonNode) taskService.getVariable(apply.getId(), "parentingCapacityOptions");
    List<String> codes = options.elements().stream().map(o -> o.prop("value").stringValue()).toList();
    assertThat(codes).isNotEmpty().containsExactlyElementsOf(
        document.inDomain("parenting-capacity").stream().map(PathwaysIndicator::code).toList());
    assertThat(options.elements().get(0).prop("label").stringValue()).matches(".+ \\(level [1-4]\\)");
    assertThat(taskService.getVariable(apply.getId(), "childName")).asString().startsWith("Ada ");
    assertThat(runtimeService.getVariablesLocal(instance.getId())).doesNotContainKeys(
        "developmentalNeedsOptions", "childName");
    assertThat(optionVariables(instance)).isEqualTo(3);

    taskService.complete(apply.getId(), ticked(List.of("behaviour-difficulties"), false));

    assertThat(optionVariables(instance)).isZero();
    assertThat(runtimeService.getVariables(instance.getId())).doesNotContainKeys(
        "developmentalNeedsIndicators", "significantHarm", "thresholdNote");
    Task decide = task(instance, Element.DECIDE_PATHWAY);
    assertThat(taskService.getVariable(decide.getId(), "proposal")).asString().startsWith("Level 2, early help: ");
    taskService.complete(decide.getId(), Map.of("chosenPathway", taskService.getVariable(decide.getId(), "chosenPathway")));

    Task secondChild = task(instance, Element.APPLY_PATHWAYS);
    assertThat(taskService.getVariable(secondChild.getId(), "childName")).asString().startsWith("Ben ");
    assertThat(taskService.getVariable(secondChild.getId(), "proposal")).isNull();
    assertThat(optionVariables(instance)).isEqualTo(3);
  }

  @Test
  void anInventedOrMisplacedIndicatorIsRefusedAndNothingIsWritten() {
    RecordedContact contact = contact(1, true, true);
    ProcessInstance instance = startThreshold(contact);
    Task apply = task(instance, Element.APPLY_PATHWAYS);

    assertThatThrownBy(() -> taskService.complete(apply.getId(), ticked(List.of("made-up-indicator"), false)))
        .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("made-up-indicator");
    Map<String, Object> misplaced = ticked(List.of(), false);
    misplaced.put("familyAndEnvironmentIndicators", List.of("unexplained-injury"));
    assertThatThrownBy(() -> taskService.complete(apply.getId(), misplaced))
        .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("unexplained-injury");
    assertThatThrownBy(() -> taskService.complete(apply.getId(), ticked(List.of(), false)))
        .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("thresholdNote");
    Map<String, Object> noAnswer = ticked(List.of("behaviour-difficulties"), false);
    noAnswer.remove("significantHarm");
    assertThatThrownBy(() -> taskService.complete(apply.getId(), noAnswer))
        .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("significantHarm");

    assertThat(rows(contact.contactId())).isZero();
    assertThat(task(instance, Element.APPLY_PATHWAYS)).isNotNull();
    assertThat(optionVariables(instance)).isEqualTo(3);
  }

  @Test
  void levelFourWithSignificantHarmProposesStrategyDiscussionAndDepartureNeedsAReason() {
    RecordedContact contact = contact(1, true, true);
    ProcessInstance instance = startThreshold(contact);
    taskService.complete(task(instance, Element.APPLY_PATHWAYS).getId(), ticked(List.of("unexplained-injury"), true));

    Task decide = task(instance, Element.DECIDE_PATHWAY);
    assertThat(taskService.getVariable(decide.getId(), "chosenPathway")).isEqualTo("strategy-discussion");
    assertThat(taskService.getVariable(decide.getId(), "proposal")).asString()
        .startsWith("Level 4, specialist or statutory: ").contains("proposed pathway: Strategy discussion");
    assertThat(jdbc.sql("select proposed_level from threshold_decision where contact_id = ?")
        .param(contact.contactId()).query(Integer.class).single()).isEqualTo(4);

    assertThatThrownBy(() -> taskService.complete(decide.getId(), Map.of("chosenPathway", "children-and-families-assessment")))
        .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("departureReason");
    assertThatThrownBy(() -> taskService.complete(decide.getId(), Map.of("chosenPathway", "children-and-families-assessment",
        "departureReason", "Too short")))
        .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("at least 20");
    assertThat(jdbc.sql("select chosen_pathway from threshold_decision where contact_id = ?")
        .param(contact.contactId()).query(String.class).optional()).isEmpty();

    taskService.complete(decide.getId(), Map.of("chosenPathway", "children-and-families-assessment",
        "departureReason", "The police have already spoken with the family and the injury is explained by the GP."));

    assertThat(jdbc.sql("select chosen_pathway || '|' || decided_by from threshold_decision where contact_id = ?")
        .param(contact.contactId()).query(String.class).single())
        .isEqualTo("children-and-families-assessment|practitioner");
    assertThat(instance).isWaitingAt(Element.MANAGEMENT_OVERSIGHT).variables()
        .containsEntry(Var.DECISION_STEP, ChildJourneyProcess.DecisionStep.THRESHOLD)
        .doesNotContainKeys("chosenPathway", "departureReason", "proposal", "proposedPathway", "childName");
  }

  @Test
  void strategyDiscussionWithoutSignificantHarmIsRefused() {
    ProcessInstance instance = startThreshold(contact(1, true, true));
    taskService.complete(task(instance, Element.APPLY_PATHWAYS).getId(), ticked(List.of("unexplained-injury"), false));
    Task decide = task(instance, Element.DECIDE_PATHWAY);
    assertThat(taskService.getVariable(decide.getId(), "chosenPathway")).isEqualTo("children-and-families-assessment");

    assertThatThrownBy(() -> taskService.complete(decide.getId(), Map.of("chosenPathway", "strategy-discussion",
        "departureReason", "I am worried about this child and want the police involved.")))
        .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("significant harm");
    assertThat(instance).isWaitingAt(Element.DECIDE_PATHWAY);
  }

  @Test
  void assessmentWithoutConsentIsRefused() {
    ProcessInstance instance = startThreshold(contact(1, false, true));
    taskService.complete(task(instance, Element.APPLY_PATHWAYS).getId(), ticked(List.of("unexplained-injury"), false));
    Task decide = task(instance, Element.DECIDE_PATHWAY);

    assertThatThrownBy(() -> taskService.complete(decide.getId(), Map.of("chosenPathway", "children-and-families-assessment")))
        .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("consent");
    assertThat(instance).isWaitingAt(Element.DECIDE_PATHWAY);
  }

  @Test
  void incompletePartnerChecksAreRefused() {
    RecordedContact contact = contact(1, true, false);
    ProcessInstance instance = startThreshold(contact);
    taskService.complete(task(instance, Element.APPLY_PATHWAYS).getId(), ticked(List.of("behaviour-difficulties"), false));
    Task decide = task(instance, Element.DECIDE_PATHWAY);

    assertThatThrownBy(() -> taskService.complete(decide.getId(), Map.of("chosenPathway", "early-help")))
        .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("partner agency checks");

    rows.allPartnerChecks(contact.contactId());
    taskService.complete(decide.getId(), Map.of("chosenPathway", "early-help"));
    assertThat(instance).isWaitingAt(Element.MANAGEMENT_OVERSIGHT);
  }

  @Test
  void onlyFrontDoorStaffApplyTheThreshold() {
    RecordedContact contact = contact(1, true, true);
    ProcessInstance instance = startThreshold(contact);
    Task apply = task(instance, Element.APPLY_PATHWAYS);
    // an administrator may complete any task, but is not front door staff
    identityService.setAuthentication("admin", List.of(Roles.ADMINS));
    assertThatThrownBy(() -> taskService.complete(apply.getId(),
        ticked(List.of("behaviour-difficulties"), false)))
        .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("user");
    identityService.setAuthentication("practitioner", List.of(Roles.CRS_PRACTITIONERS));
    assertThat(rows(contact.contactId())).isZero();
  }
}
