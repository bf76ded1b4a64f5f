package uk.frontdoor.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Clock;
import java.util.Date;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.frontdoor.child.Address;
import uk.frontdoor.clock.DecisionClock;
import uk.frontdoor.contact.ContactIntake;
import uk.frontdoor.contact.RecordedContact;
import uk.frontdoor.journey.ChildJourneyProcess;
import uk.frontdoor.journey.ChildJourneyProcess.Element;
import uk.frontdoor.journey.ChildJourneyProcess.Var;
import uk.frontdoor.security.Roles;
import uk.frontdoor.threshold.JourneyRows;
import uk.frontdoor.support.ServiceTest;
import uk.frontdoor.mash.MashAgencies;

/** The outcome for each child, its guards, and the tasks that follow. */
@ServiceTest
class RecordOutcomeTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired ContactIntake intake;
  @Autowired JdbcClient jdbc;
  @Autowired MashAgencies mashAgencies;
  @Autowired Clock clock;
  @Autowired DecisionClock decisionClock;

  JourneyRows rows;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(processEngine);
    rows = new JourneyRows(intake, jdbc, clock, mashAgencies);
  }

  private ProcessInstance recordOutcome(RecordedContact contact) {
    return runtimeService.createProcessInstanceByKey(ChildJourneyProcess.KEY)
        .setVariable(Var.CONTACT_ID, contact.contactId().toString())
        .startBeforeActivity(Element.RECORD_OUTCOME)
        .execute();
  }

  private long outcomes(UUID contactId) {
    return jdbc.sql("select count(*) from child_outcome where contact_id = ?").param(contactId).query(Long.class).single();
  }

  private List<Task> tasks(ProcessInstance instance, String activity) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activity).list();
  }

  @Test
  void withoutApprovedOversightNothingIsRecorded() {
    RecordedContact contact = rows.contact("police", JourneyRows.newAddress(), List.of(JourneyRows.child("Ada", 6)));
    rows.screening(contact.contactId(), "no-further-action");
    rows.oversight(contact.contactId(), false);

    assertThatThrownBy(() -> recordOutcome(contact)).hasMessageContaining("approved management oversight");
    assertThat(outcomes(contact.contactId())).isZero();
  }

  @Test
  void oneChildRoutedToAssessmentGivesEveryChildOfTheHouseholdAnAllocation() {
    Address address = JourneyRows.newAddress();
    uk.frontdoor.child.ChildDetails caraDetails = JourneyRows.child("Cara", 9);
    RecordedContact household = rows.contact("school", address, List.of(caraDetails,
        JourneyRows.child("Dev", 5), JourneyRows.child("Eli", 2)));
    RecordedContact contact = rows.contact("police", address, List.of(caraDetails));
    assertThat(contact.householdId()).isEqualTo(household.householdId());
    UUID cara = household.children().get(0).childId();
    rows.consent(contact.contactId(), "given", false);
    rows.allPartnerChecks(contact.contactId());
    rows.pathway(contact.contactId(), cara, "children-and-families-assessment", false);
    rows.oversight(contact.contactId(), true);

    ProcessInstance instance = recordOutcome(contact);

    List<Task> allocations = tasks(instance, Element.ALLOCATE_ASSESSMENT);
    assertThat(allocations).hasSize(3);
    Date due = Date.from(decisionClock.assessmentDue(jdbc.sql("select received_at from contact where id = ?")
        .param(contact.contactId()).query(java.time.OffsetDateTime.class).single().toInstant()));
    assertThat(allocations).allSatisfy(task -> {
      assertThat(task.getDueDate()).isEqualTo(due);
      assertThat(task).hasCandidateGroup(Roles.ASSESSMENT_TEAM);
    });
    assertThat(jdbc.sql("select reason from assessment_allocation where contact_id = ? order by reason")
        .param(contact.contactId()).query(String.class).list()).containsExactly("routed", "sibling", "sibling");
    assertThat(jdbc.sql("select referral from child_outcome where contact_id = ?").param(contact.contactId())
        .query(Boolean.class).single()).isTrue();
    assertThat(tasks(instance, Element.TELL_REFERRER)).hasSize(1);
    assertThat(tasks(instance, Element.HOLD_STRATEGY_DISCUSSION)).isEmpty();

    Task first = allocations.get(0);
    assertThat(taskService.getVariable(first.getId(), "childName")).isNotNull();
    identityService.setAuthentication("worker", List.of(Roles.ASSESSMENT_TEAM));
    try {
      assertThatThrownBy(() -> taskService.complete(first.getId(), Map.of()))
          .hasMessageContaining("allocatedTo");
      taskService.complete(first.getId(), Map.of("allocatedTo", "Sam Social Worker"));
    } finally {
      identityService.clearAuthentication();
    }
    assertThat(jdbc.sql("select count(*) from assessment_allocation where contact_id = ? and allocated_to is not null")
        .param(contact.contactId()).query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void briefInterventionGivesOneTaskPerChild() {
    RecordedContact contact = rows.contact("police", JourneyRows.newAddress(),
        List.of(JourneyRows.child("Fay", 8), JourneyRows.child("Gus", 6)));
    rows.consent(contact.contactId(), "given", false);
    rows.allPartnerChecks(contact.contactId());
    contact.children().forEach(child -> rows.pathway(contact.contactId(), child.childId(), "brief-intervention-team", false));
    rows.oversight(contact.contactId(), true);

    ProcessInstance instance = recordOutcome(contact);

    assertThat(tasks(instance, Element.OFFER_BRIEF_INTERVENTION)).hasSize(2)
        .allSatisfy(task -> assertThat(task).hasCandidateGroup(Roles.BRIEF_INTERVENTION_TEAM));
    assertThat(tasks(instance, Element.ALLOCATE_ASSESSMENT)).isEmpty();
  }

  @Test
  void anAnonymousContactClosedAtScreeningHasNoReferrerToTell() {
    RecordedContact contact = rows.contact("anonymous", JourneyRows.newAddress(), List.of(JourneyRows.child("Hal", 3)));
    rows.screening(contact.contactId(), "information-and-advice");
    rows.oversight(contact.contactId(), true);

    ProcessInstance instance = recordOutcome(contact);

    assertThat(instance).isEnded();
    assertThat(jdbc.sql("select outcome from child_outcome where contact_id = ?").param(contact.contactId())
        .query(String.class).single()).isEqualTo("information-and-advice");
  }

  @Test
  void aRespectedRefusalNeverGivesAServiceAndIncompleteChecksStopOne() {
    RecordedContact refused = rows.contact("police", JourneyRows.newAddress(), List.of(JourneyRows.child("Ida", 10)));
    rows.consent(refused.contactId(), "refused", true);
    rows.allPartnerChecks(refused.contactId());
    rows.pathway(refused.contactId(), refused.children().get(0).childId(), "brief-intervention-team", false);
    rows.oversight(refused.contactId(), true);
    assertThatThrownBy(() -> recordOutcome(refused)).hasMessageContaining("refusal of consent was respected");

    RecordedContact unchecked = rows.contact("police", JourneyRows.newAddress(), List.of(JourneyRows.child("Jo", 10)));
    rows.consent(unchecked.contactId(), "given", false);
    rows.pathway(unchecked.contactId(), unchecked.children().get(0).childId(), "strategy-discussion", true);
    rows.oversight(unchecked.contactId(), true);
    assertThatThrownBy(() -> recordOutcome(unchecked)).hasMessageContaining("partner agency checks");
    assertThat(outcomes(refused.contactId()) + outcomes(unchecked.contactId())).isZero();
  }
}
