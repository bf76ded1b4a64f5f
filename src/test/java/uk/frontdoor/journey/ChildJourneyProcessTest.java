package uk.frontdoor.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.frontdoor.journey.JourneyDriver.AGENCY_GROUPS;
import static uk.frontdoor.journey.JourneyDriver.MANAGER;
import static uk.frontdoor.journey.JourneyDriver.PRACTITIONER;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.frontdoor.child.Address;
import uk.frontdoor.child.ChildDetails;
import uk.frontdoor.clock.DecisionClock;
import uk.frontdoor.clock.WorkingCalendar;
import uk.frontdoor.contact.ContactIntake;
import uk.frontdoor.contact.ContactRequest;
import uk.frontdoor.contact.RecordedContact;
import uk.frontdoor.journey.ChildJourneyProcess.DecisionStep;
import uk.frontdoor.journey.ChildJourneyProcess.Element;
import uk.frontdoor.journey.ChildJourneyProcess.Var;
import uk.frontdoor.journeysupport.TestContacts;
import uk.frontdoor.mash.MashAgencies;
import uk.frontdoor.security.Roles;
import uk.frontdoor.support.Jobs;
import uk.frontdoor.support.ServiceTest;
import uk.frontdoor.threshold.JourneyRows;
import uk.frontdoor.validation.InvalidSubmissionException;

/**
 * The whole child's journey: every path of child-journey.bpmn, full runs from a recorded contact
 * and branches started with startBeforeActivity, and each invariant of issue 3 proved by a test
 * that tries to break it. Jobs (the history check, the council's records, timers) run only when a
 * test executes them. After the class, the class's own coverage of the model must be at least 90%
 * of its flow nodes and of its sequence flows.
 */
@ServiceTest
class ChildJourneyProcessTest {

  private static final String THRESHOLD = Element.THRESHOLD_PER_CHILD + "#multiInstanceBody";
  private static final String AGENCY_CHECKS = Element.AGENCY_CHECK + "#multiInstanceBody";
  private static final List<String> SERVICE_TASKS = List.of(Element.OFFER_BRIEF_INTERVENTION,
      Element.ALLOCATE_ASSESSMENT, Element.HOLD_STRATEGY_DISCUSSION);

  private static ProcessEngine engine;

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired HistoryService historyService;
  @Autowired ContactIntake intake;
  @Autowired JdbcClient jdbc;
  @Autowired MashAgencies mashAgencies;
  @Autowired DecisionClock decisionClock;
  @Autowired Clock clock;
  @Autowired WorkingCalendar calendar;

  JourneyRows rows;

  @BeforeEach
  void init() {
    AbstractAssertions.init(processEngine);
    engine = processEngine;
    rows = new JourneyRows(intake, jdbc, clock, mashAgencies);
  }

  @AfterEach
  void nobodyActs() {
    identityService.clearAuthentication();
  }

  @AfterAll
  static void journeyCoverageIsAtLeastNinetyPercent() {
    JourneyCoverage coverage = JourneyCoverage.ofActiveSuite(engine, ChildJourneyProcess.KEY);
    System.out.println("child-journey coverage of ChildJourneyProcessTest: " + coverage);
    assertThat(coverage.nodeRatio()).as(coverage.toString()).isGreaterThanOrEqualTo(0.9);
    assertThat(coverage.flowRatio()).as(coverage.toString()).isGreaterThanOrEqualTo(0.9);
  }

  // ------------------------------------------------------------------ paths

  @Test
  void screenedOutWithNoFurtherActionIsSignedOffAndClosesWithNothingToFollow() {
    RecordedContact contact = record("anonymous", JourneyRows.newAddress(), List.of(JourneyRows.child("Hal", 3)),
        List.of());
    ProcessInstance journey = journey(contact);
    assertThat(journey).hasPassed(Element.CHECK_HISTORY, Element.PROPOSE_URGENCY).isWaitingAt(Element.SCREEN_CONTACT);

    practitioner(task(journey, Element.SCREEN_CONTACT), JourneyDriver.screening("no-further-action"));
    assertThat(journey).isWaitingAt(Element.MANAGEMENT_OVERSIGHT);
    signOff(journey);

    assertThat(journey).hasPassed(Element.DECISION_MADE, Element.RECORD_OUTCOME, Element.JOURNEY_COMPLETE).isEnded();
    assertThat(outcomes(contact)).containsExactly("no-further-action");
    assertThat(closed(contact)).isTrue();
  }

  @Test
  void screenedOutWithAdviceTellsTheReferrer() {
    RecordedContact contact = record("school", JourneyRows.newAddress(), List.of(JourneyRows.child("Ivy", 8)),
        List.of());
    ProcessInstance journey = journey(contact);

    practitioner(task(journey, Element.SCREEN_CONTACT), JourneyDriver.screening("information-and-advice"));
    signOff(journey);

    Task tell = task(journey, Element.TELL_REFERRER);
    assertThat(tell).hasCandidateGroup(Roles.CRS_PRACTITIONERS);
    assertThat(tell.getDueDate()).isNotNull();
    assertThat(openTasks(journey)).containsExactly(Element.TELL_REFERRER);
    practitioner(tell, JourneyDriver.referrerTold());
    assertThat(journey).isEnded();
    assertThat(outcomes(contact)).containsExactly("information-and-advice");
  }

  @Test
  void consentGivenRunsEveryCheckDecidesEachChildInTurnAndRoutesEveryFollowOn() {
    Address address = JourneyRows.newAddress();
    rows.contact("school", address, List.of(JourneyRows.child("Eli", 2)));
    RecordedContact contact = record("police", address,
        List.of(JourneyRows.child("Ada", 9), JourneyRows.child("Ben", 6)), List.of("domestic-abuse"));
    ProcessInstance journey = journey(contact);
    assertThat(journey).variables().containsEntry(Var.RAG, "red").containsEntry(Var.RE_REFERRAL, false);

    practitioner(task(journey, Element.SCREEN_CONTACT), JourneyDriver.screening("mash-checks"));
    practitioner(task(journey, Element.RECORD_CONSENT), JourneyDriver.consentGiven());

    List<Task> checks = tasks(journey, Element.CHECK_AGENCY_RECORDS);
    assertThat(checks).hasSize(5);
    assertThat(checks).extracting(t -> taskService.getIdentityLinksForTask(t.getId()).get(0).getGroupId())
        .containsExactlyInAnyOrderElementsOf(AGENCY_GROUPS.values());
    Jobs.runDue(managementService, journey.getId());
    assertThat(journey).hasPassed(Element.CHECK_COUNCIL_RECORDS);
    assertThat(jdbc.sql("select agency from mash_check where contact_id = ? and automatic = true")
        .param(contact.contactId()).query(String.class).list()).containsExactlyInAnyOrder("social-care", "early-help");
    assertThat(journey).isWaitingAt(Element.CHECK_AGENCY_RECORDS).isNotWaitingAt(Element.APPLY_PATHWAYS);
    answerAgencyChecks(journey);

    decideEachChild(journey);
    assertThat(journey).isWaitingAt(Element.MANAGEMENT_OVERSIGHT);
    signOff(journey);

    UUID ada = contact.children().get(0).childId();
    UUID ben = contact.children().get(1).childId();
    UUID eli = childNamed(contact.householdId(), "Eli");
    assertThat(outcomeOf(contact, ada)).isEqualTo("strategy-discussion");
    assertThat(outcomeOf(contact, ben)).isEqualTo("brief-intervention-team");
    assertThat(closed(contact)).isTrue();
    assertThat(tasks(journey, Element.HOLD_STRATEGY_DISCUSSION)).hasSize(1);
    assertThat(tasks(journey, Element.OFFER_BRIEF_INTERVENTION)).hasSize(1);
    assertThat(tasks(journey, Element.TELL_REFERRER)).hasSize(1);
    assertThat(allocatedChildren(journey)).containsExactlyInAnyOrder(ada, ben, eli);

    complete(task(journey, Element.HOLD_STRATEGY_DISCUSSION), MANAGER, Roles.CRS_MANAGERS,
        JourneyDriver.strategyDiscussion());
    complete(task(journey, Element.OFFER_BRIEF_INTERVENTION), JourneyDriver.BRIEF_INTERVENTION_WORKER,
        Roles.BRIEF_INTERVENTION_TEAM, JourneyDriver.briefIntervention());
    for (Task allocation : tasks(journey, Element.ALLOCATE_ASSESSMENT)) {
      complete(allocation, JourneyDriver.ASSESSOR, Roles.ASSESSMENT_TEAM, JourneyDriver.allocation());
    }
    practitioner(task(journey, Element.TELL_REFERRER), JourneyDriver.referrerTold());
    assertThat(journey).hasPassed(Element.JOURNEY_COMPLETE).isEnded();
  }

  @Test
  void aRespectedRefusalClosesWithoutAnyStatutoryService() {
    RecordedContact contact = record("police", JourneyRows.newAddress(), List.of(JourneyRows.child("Kit", 5)),
        List.of());
    ProcessInstance journey = journey(contact);
    practitioner(task(journey, Element.SCREEN_CONTACT), JourneyDriver.screening("mash-checks"));
    practitioner(task(journey, Element.RECORD_CONSENT), JourneyDriver.consentRefused(false));

    assertThat(journey).isWaitingAt(Element.MANAGEMENT_OVERSIGHT).hasNotPassed(Element.MASH_CHECKS_START)
        .variables().containsEntry(Var.DECISION_STEP, DecisionStep.CONSENT);
    signOff(journey);

    assertThat(jdbc.sql("select outcome, consent_refused, referral from child_outcome where contact_id = ?")
        .param(contact.contactId()).query().singleRow()).containsEntry("OUTCOME", "information-and-advice")
        .containsEntry("CONSENT_REFUSED", true).containsEntry("REFERRAL", false);
    assertThat(openTasks(journey)).containsExactly(Element.TELL_REFERRER);
    assertThat(count("mash_check", contact) + count("threshold_decision", contact)
        + count("assessment_allocation", contact)).isZero();
  }

  @Test
  void aRefusalWithAHarmConcernIsOverriddenByAManagerAndGoesToPartnerChecks() {
    ProcessInstance journey = startBefore(Element.RECORD_CONSENT, newContact(1), false);
    practitioner(task(journey, Element.RECORD_CONSENT), JourneyDriver.consentRefused(true));
    assertThat(journey).isWaitingAt(Element.DECIDE_CONSENT_AS_MANAGER);
    assertThat(task(journey, Element.DECIDE_CONSENT_AS_MANAGER)).hasCandidateGroup(Roles.CRS_MANAGERS);

    manager(task(journey, Element.DECIDE_CONSENT_AS_MANAGER), JourneyDriver.managerProceedsWithoutConsent());

    assertThat(journey).hasPassed(Element.MASH_CHECKS_START).isWaitingAt(Element.CHECK_AGENCY_RECORDS,
        Element.CHECK_COUNCIL_RECORDS);
    assertThat(tasks(journey, Element.CHECK_AGENCY_RECORDS)).hasSize(5);
  }

  @Test
  void aManagerMayRespectARefusalWithAHarmConcern() {
    ProcessInstance journey = startBefore(Element.RECORD_CONSENT, newContact(1), false);
    practitioner(task(journey, Element.RECORD_CONSENT), JourneyDriver.consentRefused(true));
    manager(task(journey, Element.DECIDE_CONSENT_AS_MANAGER), JourneyDriver.managerRespectsRefusal());

    assertThat(journey).isWaitingAt(Element.MANAGEMENT_OVERSIGHT).hasNotPassed(Element.MASH_CHECKS_START);
  }

  @Test
  void consentNotSoughtGoesToAManagerWhoSendsItBackToBeSought() {
    ProcessInstance journey = startBefore(Element.RECORD_CONSENT, newContact(1), false);
    practitioner(task(journey, Element.RECORD_CONSENT), JourneyDriver.consentNotSought());
    manager(task(journey, Element.DECIDE_CONSENT_AS_MANAGER), JourneyDriver.managerSeeksConsent());

    assertThat(journey).isWaitingAt(Element.RECORD_CONSENT);
    practitioner(task(journey, Element.RECORD_CONSENT), JourneyDriver.consentGiven());
    assertThat(journey).isWaitingAt(Element.CHECK_AGENCY_RECORDS, Element.CHECK_COUNCIL_RECORDS);
  }

  @Test
  void oversightSendsAScreeningBackToScreening() {
    ProcessInstance journey = startBefore(Element.SCREEN_CONTACT, newContact(1), false);
    practitioner(task(journey, Element.SCREEN_CONTACT), JourneyDriver.screening("no-further-action"));
    manager(task(journey, Element.MANAGEMENT_OVERSIGHT), JourneyDriver.oversightSentBack());

    assertThat(journey).isWaitingAt(Element.SCREEN_CONTACT).variables().containsEntry(Var.OVERSIGHT_APPROVED, false);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(journey.getId())
        .activityId(Element.SCREEN_CONTACT).count()).isEqualTo(2);
  }

  @Test
  void oversightSendsARespectedRefusalBackToConsent() {
    ProcessInstance journey = startBefore(Element.RECORD_CONSENT, newContact(1), false);
    practitioner(task(journey, Element.RECORD_CONSENT), JourneyDriver.consentRefused(false));
    manager(task(journey, Element.MANAGEMENT_OVERSIGHT), JourneyDriver.oversightSentBack());

    assertThat(journey).isWaitingAt(Element.RECORD_CONSENT);
  }

  @Test
  void oversightSendsAThresholdDecisionBackToTheThresholdForEachChild() {
    String contactId = newContact(1);
    rows.consent(UUID.fromString(contactId), "given", false);
    rows.allPartnerChecks(UUID.fromString(contactId));
    ProcessInstance journey = startBefore(THRESHOLD, contactId, false);
    practitioner(task(journey, Element.APPLY_PATHWAYS), JourneyDriver.earlyHelpIndicators());
    practitioner(task(journey, Element.DECIDE_PATHWAY), JourneyDriver.pathway("early-help"));
    manager(task(journey, Element.MANAGEMENT_OVERSIGHT), JourneyDriver.oversightSentBack());

    assertThat(journey).isWaitingAt(Element.APPLY_PATHWAYS).variables()
        .containsEntry(Var.DECISION_STEP, DecisionStep.THRESHOLD);
    practitioner(task(journey, Element.APPLY_PATHWAYS), JourneyDriver.earlyHelpIndicators());
    practitioner(task(journey, Element.DECIDE_PATHWAY), JourneyDriver.pathway("early-help"));
    signOff(journey);
    assertThat(journey).hasPassed(Element.RECORD_OUTCOME).isWaitingAt(Element.TELL_REFERRER);
  }

  @Test
  void anOverdueDecisionGivesTheManagerAReviewWhileTheDecisionContinues() {
    RecordedContact contact = record("police", JourneyRows.newAddress(), List.of(JourneyRows.child("Lea", 4)),
        List.of("domestic-abuse"));
    ProcessInstance journey = journey(contact);
    Job timer = managementService.createJobQuery().processInstanceId(journey.getId())
        .activityId(Element.DECISION_OVERDUE).singleResult();
    assertThat(timer.getDuedate()).isEqualTo(runtimeService.getVariable(journey.getId(), Var.DECISION_DUE));

    Instant before = clock.instant();
    managementService.executeJob(timer.getId());

    assertThat(journey).isWaitingAt(Element.SCREEN_CONTACT, Element.REVIEW_OVERDUE_DECISION);
    assertThat(task(journey, Element.REVIEW_OVERDUE_DECISION)).hasCandidateGroup(Roles.CRS_MANAGERS);
    assertThat(task(journey, Element.REVIEW_OVERDUE_DECISION).getDueDate()).as("due in 4 working hours")
        .isBetween(Date.from(calendar.addWorkingHours(before, Duration.ofHours(4))),
            Date.from(calendar.addWorkingHours(clock.instant(), Duration.ofHours(4))), true, true);
    manager(task(journey, Element.REVIEW_OVERDUE_DECISION), JourneyDriver.overdueDecision());
    assertThat(journey).hasPassed(Element.DECISION_OVERDUE, "EndEvent_EscalationRecorded")
        .isWaitingAt(Element.SCREEN_CONTACT).isNotEnded();
    practitioner(task(journey, Element.SCREEN_CONTACT), JourneyDriver.screening("mash-checks"));
    assertThat(journey).isWaitingAt(Element.RECORD_CONSENT);
  }

  @Test
  void anOverdueAgencyIsProceededWithoutAloneAndAChasedOneStaysOpen() {
    ProcessInstance journey = atPartnerChecks(newContact(1));
    managementService.executeJob(agencyTimer(journey, "police").getId());
    manager(task(journey, Element.REVIEW_OVERDUE_AGENCY_CHECK), JourneyDriver.agencyOverdue(true));

    assertThat(journey).hasPassed("EndEvent_ProceedWithoutAgency");
    assertThat(agencyOf(tasks(journey, Element.CHECK_AGENCY_RECORDS)))
        .containsExactlyInAnyOrder("health", "education", "probation", "housing");

    managementService.executeJob(agencyTimer(journey, "health").getId());
    manager(task(journey, Element.REVIEW_OVERDUE_AGENCY_CHECK), JourneyDriver.agencyOverdue(false));
    assertThat(journey).hasPassed("EndEvent_KeepWaiting");
    assertThat(agencyOf(tasks(journey, Element.CHECK_AGENCY_RECORDS))).contains("health").hasSize(4);

    Jobs.runDue(managementService, journey.getId());
    answerAgencyChecks(journey);
    assertThat(journey).isWaitingAt(Element.APPLY_PATHWAYS);
  }

  @Test
  void aChangeOfUrgencyAtScreeningMovesTheDecisionTimer() {
    RecordedContact contact = record("school", JourneyRows.newAddress(), List.of(JourneyRows.child("Mo", 10)),
        List.of());
    ProcessInstance journey = journey(contact);
    assertThat(journey).variables().containsEntry(Var.RAG, "green");
    Instant received = jdbc.sql("select received_at from contact where id = ?").param(contact.contactId())
        .query(OffsetDateTime.class).single().toInstant();
    Date green = Date.from(decisionClock.decisionDue("green", received));
    assertThat(decisionTimer(journey).getDuedate()).isEqualTo(green);

    practitioner(task(journey, Element.SCREEN_CONTACT), JourneyDriver.screeningWithUrgency("mash-checks", "red"));

    Date red = Date.from(decisionClock.decisionDue("red", received));
    assertThat(red).isBefore(green);
    assertThat(decisionTimer(journey).getDuedate()).isEqualTo(red);
    assertThat(task(journey, Element.RECORD_CONSENT).getDueDate()).isEqualTo(red);
    assertThat(journey).variables().containsEntry(Var.RAG, "red").containsEntry(Var.DECISION_DUE, red);
  }

  // ------------------------------------------------------------------ invariants

  @Test
  void noReReferralReachesAThresholdDecisionWithoutCompletedPartnerChecks() {
    RecordedContact contact = reReferral();
    ProcessInstance journey = journey(contact);
    assertThat(journey).variables().containsEntry(Var.RE_REFERRAL, true);

    // try 1: close it at screening
    for (String closing : List.of("no-further-action", "information-and-advice")) {
      assertThatThrownBy(() -> practitioner(task(journey, Element.SCREEN_CONTACT), JourneyDriver.screening(closing)))
          .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("re-referral");
    }
    assertThat(journey).isWaitingAt(Element.SCREEN_CONTACT);
    assertThat(count("screening_decision", contact)).isZero();
    practitioner(task(journey, Element.SCREEN_CONTACT), JourneyDriver.screening("mash-checks"));
    practitioner(task(journey, Element.RECORD_CONSENT), JourneyDriver.consentGiven());
    assertThat(journey).isWaitingAt(Element.CHECK_AGENCY_RECORDS);

    // try 2: start the threshold decision by hand while no check has answered
    runtimeService.createProcessInstanceModification(journey.getId()).startBeforeActivity(THRESHOLD).execute();
    practitioner(task(journey, Element.APPLY_PATHWAYS), JourneyDriver.earlyHelpIndicators());
    assertDecisionRefused(journey, contact);

    // try 3: every check answered but one
    Jobs.runDue(managementService, journey.getId());
    List<Task> checks = tasks(journey, Element.CHECK_AGENCY_RECORDS);
    for (Task check : checks.subList(0, checks.size() - 1)) {
      answer(check);
    }
    assertDecisionRefused(journey, contact);

    answer(tasks(journey, Element.CHECK_AGENCY_RECORDS).get(0));
    practitioner(task(journey, Element.DECIDE_PATHWAY), JourneyDriver.pathway("early-help"));
    assertThat(chosenPathways(contact)).containsExactly("early-help");
  }

  private void assertDecisionRefused(ProcessInstance journey, RecordedContact contact) {
    assertThatThrownBy(() -> practitioner(task(journey, Element.DECIDE_PATHWAY), JourneyDriver.pathway("early-help")))
        .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("partner agency checks are not complete");
    assertThat(chosenPathways(contact)).isEmpty();
    assertThat(journey).isWaitingAt(Element.DECIDE_PATHWAY).isNotWaitingAt(Element.MANAGEMENT_OVERSIGHT);
  }

  @Test
  void noContactReachesBriefInterventionAssessmentOrStrategyWithoutPartnerChecksAndAThresholdDecision() {
    // try 1: a chosen pathway, signed off, but no partner checks
    for (String pathway : List.of("brief-intervention-team", "children-and-families-assessment", "strategy-discussion")) {
      RecordedContact unchecked = journeylessContact();
      UUID child = unchecked.children().get(0).childId();
      rows.consent(unchecked.contactId(), "given", false);
      rows.pathway(unchecked.contactId(), child, pathway, true);
      rows.oversight(unchecked.contactId(), true);
      assertThatThrownBy(() -> startBefore(Element.RECORD_OUTCOME, unchecked.contactId().toString(), false))
          .hasMessageContaining("partner agency checks");
      assertNoServiceFor(unchecked);
    }

    // try 2: partner checks and sign-off, but no threshold decision
    RecordedContact undecided = journeylessContact();
    rows.consent(undecided.contactId(), "given", false);
    rows.allPartnerChecks(undecided.contactId());
    rows.screening(undecided.contactId(), "mash-checks");
    rows.oversight(undecided.contactId(), true);
    assertThatThrownBy(() -> startBefore(Element.RECORD_OUTCOME, undecided.contactId().toString(), false))
        .hasMessageContaining("no decision");
    assertNoServiceFor(undecided);

    // try 3: start the services' tasks themselves: the tasks come from recorded outcomes only
    for (String service : List.of(Element.OFFER_BRIEF_INTERVENTION + "#multiInstanceBody",
        Element.ALLOCATE_ASSESSMENT + "#multiInstanceBody")) {
      ProcessInstance forced = startBefore(service, undecided.contactId().toString(), false);
      assertThat(taskService.createTaskQuery().processInstanceId(forced.getId()).count()).isZero();
    }
    // and one task started by itself, outside its collection, is refused as it starts
    for (String service : List.of(Element.OFFER_BRIEF_INTERVENTION, Element.ALLOCATE_ASSESSMENT,
        Element.HOLD_STRATEGY_DISCUSSION, Element.TELL_REFERRER)) {
      assertThatThrownBy(() -> startBefore(service, undecided.contactId().toString(), false))
          .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("does not follow from what was decided");
    }
    assertThat(count("follow_on", undecided)).isZero();
  }

  @Test
  void noContactWithARespectedRefusalAndNoHarmConcernReachesBriefInterventionAssessmentOrStrategy() {
    // try 1: through the model, start the threshold by hand after the refusal was respected
    RecordedContact contact = journeylessContact();
    ProcessInstance journey = startBefore(Element.RECORD_CONSENT, contact.contactId().toString(), false);
    practitioner(task(journey, Element.RECORD_CONSENT), JourneyDriver.consentRefused(false));
    rows.allPartnerChecks(contact.contactId());
    runtimeService.createProcessInstanceModification(journey.getId()).startBeforeActivity(THRESHOLD).execute();
    practitioner(task(journey, Element.APPLY_PATHWAYS), JourneyDriver.injuryIndicators(false));
    for (String service : List.of("brief-intervention-team", "children-and-families-assessment",
        "strategy-discussion")) {
      assertThatThrownBy(() -> practitioner(task(journey, Element.DECIDE_PATHWAY), JourneyDriver.pathway(service)))
          .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("chosenPathway");
    }
    assertThat(chosenPathways(contact)).isEmpty();

    // try 2: the rows say a service was chosen and signed off: the outcome still refuses it
    for (String pathway : List.of("brief-intervention-team", "children-and-families-assessment", "strategy-discussion")) {
      RecordedContact refused = journeylessContact();
      rows.consent(refused.contactId(), "refused", true);
      rows.allPartnerChecks(refused.contactId());
      rows.pathway(refused.contactId(), refused.children().get(0).childId(), pathway, false);
      rows.oversight(refused.contactId(), true);
      assertThatThrownBy(() -> startBefore(Element.RECORD_OUTCOME, refused.contactId().toString(), false))
          .hasMessageContaining("refusal of consent was respected");
      assertNoServiceFor(refused);
    }
  }

  @Test
  void noContactLeavesTheServiceWithoutAManagementOversightApproval() {
    // try 1: record the outcome with no oversight at all, and with only a send-back
    RecordedContact contact = journeylessContact();
    rows.screening(contact.contactId(), "no-further-action");
    assertThatThrownBy(() -> startBefore(Element.RECORD_OUTCOME, contact.contactId().toString(), false))
        .hasMessageContaining("approved management oversight");
    rows.oversight(contact.contactId(), false);
    assertThatThrownBy(() -> startBefore(Element.RECORD_OUTCOME, contact.contactId().toString(), false))
        .hasMessageContaining("approved management oversight");

    // try 2: end the decision by hand, skipping the oversight task
    assertThatThrownBy(() -> startBefore(Element.DECISION_MADE, contact.contactId().toString(), false))
        .hasMessageContaining("approved management oversight");

    // try 3: a practitioner signs it off, then the practitioner who decided signs it off as a manager
    ProcessInstance journey = startBefore(Element.SCREEN_CONTACT, contact.contactId().toString(), false);
    complete(task(journey, Element.SCREEN_CONTACT), MANAGER, Roles.CRS_MANAGERS,
        JourneyDriver.screening("no-further-action"));
    Task oversight = task(journey, Element.MANAGEMENT_OVERSIGHT);
    assertThatThrownBy(() -> practitioner(oversight, proforma(oversight)))
        .isInstanceOf(AuthorizationException.class);
    taskService.setAssignee(oversight.getId(), PRACTITIONER);
    assertThatThrownBy(() -> practitioner(oversight, proforma(oversight)))
        .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("team manager");
    taskService.setAssignee(oversight.getId(), null);
    // the manager who screened it may not sign it: the task is closed to them from the moment it opens
    assertThatThrownBy(() -> manager(oversight, proforma(oversight)))
        .isInstanceOf(AuthorizationException.class)
        .hasMessage("You made the screening decision on this contact, so another team manager must sign it off. "
            + "Leave this task for a colleague.");

    assertThat(journey).isWaitingAt(Element.MANAGEMENT_OVERSIGHT).hasNotPassed(Element.RECORD_OUTCOME);
    assertThat(count("child_outcome", contact)).isZero();
    assertThat(closed(contact)).isFalse();
  }

  @Test
  void whenOneChildIsRoutedToAStrategyDiscussionEverySiblingGetsAnAllocationTask() {
    Address address = JourneyRows.newAddress();
    RecordedContact earlier = rows.contact("school", address, List.of(JourneyRows.child("Nia", 15),
        JourneyRows.child("Oli", 1)));
    RecordedContact contact = rows.contact("police", address, List.of(JourneyRows.child("Pip", 7),
        JourneyRows.child("Quin", 11)));
    assertThat(contact.householdId()).isEqualTo(earlier.householdId());
    UUID pip = contact.children().get(0).childId();
    UUID quin = contact.children().get(1).childId();
    rows.consent(contact.contactId(), "given", false);
    rows.allPartnerChecks(contact.contactId());
    rows.pathway(contact.contactId(), pip, "strategy-discussion", true);
    rows.pathway(contact.contactId(), quin, "early-help", false);
    rows.oversight(contact.contactId(), true);

    ProcessInstance journey = startBefore(Element.RECORD_OUTCOME, contact.contactId().toString(), false);

    assertThat(allocatedChildren(journey)).containsExactlyInAnyOrder(pip, quin,
        earlier.children().get(0).childId(), earlier.children().get(1).childId());
    assertThat(tasks(journey, Element.ALLOCATE_ASSESSMENT)).allSatisfy(task -> {
      assertThat(task).hasCandidateGroup(Roles.ASSESSMENT_TEAM);
      assertThat(task.getDueDate()).isNotNull();
    });
    assertThat(tasks(journey, Element.HOLD_STRATEGY_DISCUSSION)).hasSize(1);
  }

  @Test
  void anOverdueDecisionEscalatesAndNothingClosesByTimer() {
    RecordedContact contact = record("police", JourneyRows.newAddress(), List.of(JourneyRows.child("Ray", 6)),
        List.of("domestic-abuse"));
    ProcessInstance journey = journey(contact);
    practitioner(task(journey, Element.SCREEN_CONTACT), JourneyDriver.screening("mash-checks"));
    practitioner(task(journey, Element.RECORD_CONSENT), JourneyDriver.consentGiven());

    List<Job> timers = managementService.createJobQuery().processInstanceId(journey.getId()).timers().list();
    assertThat(timers).hasSize(6);
    timers.forEach(job -> managementService.executeJob(job.getId()));

    assertThat(managementService.createJobQuery().processInstanceId(journey.getId()).timers().count()).isZero();
    assertThat(journey).isNotEnded();
    assertThat(tasks(journey, Element.REVIEW_OVERDUE_DECISION)).hasSize(1);
    assertThat(tasks(journey, Element.REVIEW_OVERDUE_AGENCY_CHECK)).hasSize(5)
        .allSatisfy(task -> assertThat(task).hasCandidateGroup(Roles.CRS_MANAGERS));
    assertThat(tasks(journey, Element.CHECK_AGENCY_RECORDS)).hasSize(5);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(journey.getId())
        .activityType("noneEndEvent").count()).isZero();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(journey.getId())
        .activityType("terminateEndEvent").count()).isZero();
    assertThat(count("child_outcome", contact) + count("oversight_record", contact)).isZero();
    assertThat(closed(contact)).isFalse();
  }

  // ------------------------------------------------------------------ helpers

  private RecordedContact record(String source, Address address, List<ChildDetails> children,
      List<String> concernTypes) {
    boolean anonymous = "anonymous".equals(source);
    ContactRequest request = new ContactRequest(null, source,
        anonymous ? null : new ContactRequest.Referrer("Jane Walker", "Exampletown Police", "officer",
            "01234 567890", null),
        address, children, "Neighbours heard shouting and a child crying late at night.", concernTypes,
        anonymous ? "not-asked" : "family-aware-and-agrees", null, null);
    RecordedContact contact = intake.record(request).contact();
    Jobs.runDue(managementService, contact.processInstanceId());
    return contact;
  }

  /** A child referred three months ago, contacted about again: a re-referral. */
  private RecordedContact reReferral() {
    String surname = TestContacts.uniqueSurname("Ali");
    RecordedContact earlier = TestContacts.recorded(intake, managementService, TestContacts.contact(
        OffsetDateTime.now(ZoneOffset.UTC).minusMonths(3), "school", TestContacts.uniqueAddress(),
        List.of(TestContacts.child("Sara", surname, LocalDate.now().minusYears(6))), List.of()));
    UUID sara = earlier.children().get(0).childId();
    jdbc.sql("""
        insert into child_outcome (contact_id, child_id, outcome, referral, consent_refused, decided_at)
        values (?, ?, 'children-and-families-assessment', true, false, ?)""")
        .params(earlier.contactId(), sara, OffsetDateTime.now(ZoneOffset.UTC).minusMonths(3).plusDays(1)).update();
    return TestContacts.recorded(intake, managementService, TestContacts.contact(null, "school",
        TestContacts.uniqueAddress(), List.of(TestContacts.known(sara, "Sara", surname)), List.of()));
  }

  private RecordedContact journeylessContact() {
    return rows.contact("police", JourneyRows.newAddress(), List.of(JourneyRows.child("Sam", 8)));
  }

  private String newContact(int children) {
    List<ChildDetails> details = children == 1 ? List.of(JourneyRows.child("Tia", 7))
        : List.of(JourneyRows.child("Tia", 7), JourneyRows.child("Uma", 4));
    return rows.contact("police", JourneyRows.newAddress(), details).contactId().toString();
  }

  private ProcessInstance journey(RecordedContact contact) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(contact.processInstanceId()).singleResult();
  }

  /** The journey of the contact started just before the element, with what the decision steps read. */
  private ProcessInstance startBefore(String element, String contactId, boolean reReferral) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.CONTACT_ID, contactId);
    variables.put(Var.CONTACT_REFERENCE, "FD-TEST-" + contactId.substring(0, 6));
    variables.put(Var.RE_REFERRAL, reReferral);
    variables.put(Var.RAG, "amber");
    variables.put(Var.DECISION_DUE, Date.from(decisionClock.decisionDue("amber", clock.instant())));
    variables.put(Var.REFERRER_DUE, Date.from(decisionClock.referrerToldBy(clock.instant())));
    return runtimeService.createProcessInstanceByKey(ChildJourneyProcess.KEY).setVariables(variables)
        .startBeforeActivity(element).execute();
  }

  private ProcessInstance atPartnerChecks(String contactId) {
    ProcessInstance journey = startBefore(Element.SCREEN_CONTACT, contactId, false);
    practitioner(task(journey, Element.SCREEN_CONTACT), JourneyDriver.screening("mash-checks"));
    practitioner(task(journey, Element.RECORD_CONSENT), JourneyDriver.consentGiven());
    return journey;
  }

  /** Each child in turn: Ada (or the first child) has an injury and is suspected of significant harm. */
  private void decideEachChild(ProcessInstance journey) {
    for (int child = 0; child < 2; child++) {
      Task apply = task(journey, Element.APPLY_PATHWAYS);
      assertThat(tasks(journey, Element.APPLY_PATHWAYS)).hasSize(1);
      boolean ada = apply.getName().contains("Ada");
      practitioner(apply, ada ? JourneyDriver.injuryIndicators(true) : JourneyDriver.earlyHelpIndicators());
      practitioner(task(journey, Element.DECIDE_PATHWAY),
          JourneyDriver.pathway(ada ? "strategy-discussion" : "brief-intervention-team"));
    }
  }

  private void answerAgencyChecks(ProcessInstance journey) {
    for (Task check : tasks(journey, Element.CHECK_AGENCY_RECORDS)) {
      answer(check);
    }
    // each answer is joined in a job of its own (asyncAfter in the model), so officers never collide
    Jobs.runDue(managementService, journey.getId());
  }

  private void answer(Task check) {
    String agency = (String) taskService.getVariable(check.getId(), Var.AGENCY);
    complete(check, agency, AGENCY_GROUPS.get(agency), JourneyDriver.agencyAnswer("not-known"));
  }

  private List<String> agencyOf(List<Task> checks) {
    return checks.stream().map(task -> (String) taskService.getVariable(task.getId(), Var.AGENCY)).toList();
  }

  private Job agencyTimer(ProcessInstance journey, String agency) {
    return managementService.createJobQuery().processInstanceId(journey.getId())
        .activityId(Element.AGENCY_CHECK_OVERDUE).list().stream()
        .filter(job -> agency.equals(runtimeService.getVariable(job.getExecutionId(), Var.AGENCY)))
        .findFirst().orElseThrow();
  }

  private Job decisionTimer(ProcessInstance journey) {
    return managementService.createJobQuery().processInstanceId(journey.getId())
        .activityId(Element.DECISION_OVERDUE).singleResult();
  }

  private Task task(ProcessInstance journey, String element) {
    return taskService.createTaskQuery().processInstanceId(journey.getId()).taskDefinitionKey(element)
        .singleResult();
  }

  private List<Task> tasks(ProcessInstance journey, String element) {
    return taskService.createTaskQuery().processInstanceId(journey.getId()).taskDefinitionKey(element).list();
  }

  private List<String> openTasks(ProcessInstance journey) {
    return taskService.createTaskQuery().processInstanceId(journey.getId()).list().stream()
        .map(Task::getTaskDefinitionKey).toList();
  }

  private List<UUID> allocatedChildren(ProcessInstance journey) {
    return tasks(journey, Element.ALLOCATE_ASSESSMENT).stream()
        .map(task -> UUID.fromString((String) taskService.getVariable(task.getId(), Var.CHILD_ID))).toList();
  }

  private void complete(Task task, String user, String group, Map<String, Object> payload) {
    identityService.setAuthentication(user, List.of(group));
    try {
      taskService.complete(task.getId(), payload);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private void practitioner(Task task, Map<String, Object> payload) {
    complete(task, PRACTITIONER, Roles.CRS_PRACTITIONERS, payload);
  }

  private void manager(Task task, Map<String, Object> payload) {
    complete(task, MANAGER, Roles.CRS_MANAGERS, payload);
  }

  /** The sign-off as a manager fills it in from what the task shows. */
  private Map<String, Object> proforma(Task oversight) {
    return JourneyDriver.oversightApproved(taskService.getVariables(oversight.getId()));
  }

  /** A manager signs off the decision waiting at management oversight, and each child's section. */
  private void signOff(ProcessInstance journey) {
    JourneyDriver.signOff(taskService, identityService, journey.getId(), MANAGER);
  }

  private void assertNoServiceFor(RecordedContact contact) {
    assertThat(count("child_outcome", contact) + count("assessment_allocation", contact)
        + count("follow_on", contact)).isZero();
    assertThat(closed(contact)).isFalse();
    assertThat(taskService.createTaskQuery().processVariableValueEquals(Var.CONTACT_ID,
        contact.contactId().toString()).list()).extracting(Task::getTaskDefinitionKey)
        .doesNotContainAnyElementsOf(SERVICE_TASKS);
  }

  private List<String> outcomes(RecordedContact contact) {
    return jdbc.sql("select outcome from child_outcome where contact_id = ?").param(contact.contactId())
        .query(String.class).list();
  }

  private String outcomeOf(RecordedContact contact, UUID child) {
    return jdbc.sql("select outcome from child_outcome where contact_id = ? and child_id = ?")
        .params(contact.contactId(), child).query(String.class).single();
  }

  private List<String> chosenPathways(RecordedContact contact) {
    return jdbc.sql("select chosen_pathway from threshold_decision where contact_id = ? and chosen_pathway is not null")
        .param(contact.contactId()).query(String.class).list();
  }

  private UUID childNamed(UUID householdId, String firstName) {
    return jdbc.sql("select id from child where household_id = ? and first_name = ?")
        .params(householdId, firstName).query(UUID.class).single();
  }

  private boolean closed(RecordedContact contact) {
    return jdbc.sql("select closed_at is not null from contact where id = ?").param(contact.contactId())
        .query(Boolean.class).single();
  }

  private long count(String table, RecordedContact contact) {
    return jdbc.sql("select count(*) from " + table + " where contact_id = ?").param(contact.contactId())
        .query(Long.class).single();
  }
}
