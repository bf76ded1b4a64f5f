package uk.frontdoor.outcome;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.frontdoor.clock.DecisionClock;
import uk.frontdoor.journey.ChildJourneyProcess.Var;
import uk.frontdoor.mash.MashChecks;
import uk.frontdoor.threshold.Pathways;

/**
 * Records the outcome for each child of the contact and closes it at the front door.
 *
 * <p>The outcome is the latest decision that ended the front door's work for that child: the
 * pathway chosen against the Pathways Document; else the screening decision to close (no further
 * action, or information and advice); else a respected consent refusal, which gives information
 * and advice with {@code consent_refused} set for the consent-refusal analysis.
 *
 * <p>Outcomes keep the pathway's words. In the Department for Education's children in need
 * census a contact becomes a <em>referral</em> when it is accepted for a statutory response:
 * {@code children-and-families-assessment} (section 17) and {@code strategy-discussion} (section
 * 47) set {@code referral = true}; the census's "no further action" (its referral NFA flag)
 * is {@code no-further-action}; information and advice, early help and the Brief Intervention
 * Team are contact outcomes the census does not count as referrals.
 *
 * <p>Guards throw, so the engine raises an incident rather than routing silently: no approved
 * management oversight; a service outcome without complete partner checks or without a threshold
 * decision; a service outcome after a respected consent refusal.
 *
 * <p>When any child is routed to an assessment or a strategy discussion, every child of the
 * household (under 18 or unborn, named in this contact or not) is allocated an assessment of
 * their own, due 45 working days from the contact's receipt.
 */
@Component("recordOutcome")
class RecordOutcome implements JavaDelegate {

  static final String ROUTED = "routed";
  static final String SIBLING = "sibling";
  private static final List<String> REFERRALS = List.of(Pathways.ASSESSMENT, Pathways.STRATEGY_DISCUSSION);
  private static final List<String> SCREENING_CLOSURES = List.of(Pathways.NO_FURTHER_ACTION,
      Pathways.INFORMATION_AND_ADVICE);
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final OutcomeStore store;
  private final MashChecks partnerChecks;
  private final DecisionClock decisionClock;
  private final Clock clock;

  RecordOutcome(OutcomeStore store, MashChecks partnerChecks, DecisionClock decisionClock, Clock clock) {
    this.store = store;
    this.partnerChecks = partnerChecks;
    this.decisionClock = decisionClock;
    this.clock = clock;
  }

  private record ChildOutcome(String outcome, boolean consentRefused, boolean fromThreshold, Instant decidedAt) {
  }

  @Override
  public void execute(DelegateExecution execution) {
    String contact = (String) execution.getVariable(Var.CONTACT_ID);
    UUID contactId = UUID.fromString(contact);
    if (!store.oversightApproved(contactId)) {
      throw new IllegalStateException("Contact " + contact + " has no approved management oversight: "
          + "the outcome cannot be recorded until a manager signs the decision off");
    }
    Optional<OutcomeStore.Consent> consent = store.latestConsent(contactId);
    boolean refusalRespected = consent.map(OutcomeStore.Consent::refusalRespected).orElse(false);
    Optional<OutcomeStore.Decision> screening = store.latestScreening(contactId)
        .filter(decision -> SCREENING_CLOSURES.contains(decision.outcome()));

    Map<UUID, ChildOutcome> outcomes = new LinkedHashMap<>();
    for (UUID childId : store.children(contactId)) {
      ChildOutcome outcome = Stream.of(
              store.latestPathway(contactId, childId)
                  .map(d -> new ChildOutcome(d.outcome(), false, true, d.decidedAt())),
              screening.map(d -> new ChildOutcome(d.outcome(), false, false, d.decidedAt())),
              consent.filter(OutcomeStore.Consent::refusalRespected)
                  .map(c -> new ChildOutcome(Pathways.INFORMATION_AND_ADVICE, true, false, c.decidedAt())))
          .flatMap(Optional::stream)
          .max(Comparator.comparing(ChildOutcome::decidedAt))
          .orElseThrow(() -> new IllegalStateException("Child " + childId + " of contact " + contact
              + " has no decision: no pathway, no screening closure and no respected consent refusal"));
      if (Pathways.AFTER_PARTNER_CHECKS.contains(outcome.outcome())) {
        if (!outcome.fromThreshold()) {
          throw new IllegalStateException("Child " + childId + " cannot have the outcome " + outcome.outcome()
              + " without a threshold decision");
        }
        if (!partnerChecks.allAnswered(contact)) {
          throw new IllegalStateException("Child " + childId + " cannot have the outcome " + outcome.outcome()
              + ": the partner agency checks of contact " + contact + " are not complete");
        }
        if (refusalRespected) {
          throw new IllegalStateException("Child " + childId + " cannot have the outcome " + outcome.outcome()
              + ": the family's refusal of consent was respected, so no service is imposed");
        }
      }
      outcomes.put(childId, outcome);
    }

    Instant now = clock.instant();
    outcomes.forEach((childId, outcome) -> {
      if (!store.hasOutcome(contactId, childId)) {
        store.insertOutcome(contactId, childId, outcome.outcome(), REFERRALS.contains(outcome.outcome()),
            outcome.consentRefused(), now);
      }
    });

    OutcomeStore.Contact facts = store.contact(contactId);
    Instant assessmentDue = decisionClock.assessmentDue(facts.receivedAt());
    List<UUID> routed = outcomes.entrySet().stream().filter(e -> REFERRALS.contains(e.getValue().outcome()))
        .map(Map.Entry::getKey).toList();
    if (!routed.isEmpty()) {
      for (UUID childId : routed) {
        allocateOnce(contactId, childId, ROUTED, assessmentDue);
      }
      for (UUID childId : store.householdChildren(facts.householdId(), LocalDate.now(clock.withZone(LONDON)))) {
        allocateOnce(contactId, childId, SIBLING, assessmentDue);
      }
    }
    store.close(contactId, now);
    execution.setVariable(Var.REFERRER_DUE, Date.from(decisionClock.referrerToldBy(now)));
    execution.setVariable(Var.ASSESSMENT_DUE, Date.from(assessmentDue));
  }

  private void allocateOnce(UUID contactId, UUID childId, String reason, Instant due) {
    if (!store.hasAllocation(contactId, childId)) {
      store.allocate(contactId, childId, reason, due);
    }
  }
}
