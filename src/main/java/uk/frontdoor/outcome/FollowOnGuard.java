package uk.frontdoor.outcome;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.frontdoor.journey.ChildJourneyProcess;
import uk.frontdoor.journey.ChildJourneyProcess.Element;
import uk.frontdoor.journey.ChildJourneyProcess.Var;
import uk.frontdoor.oversight.OversightRecords;
import uk.frontdoor.validation.FieldProblem;
import uk.frontdoor.validation.InvalidSubmissionException;

/**
 * The steps that act on a decision (recording the outcome, telling the referrer, the strategy
 * discussion, each child's assessment allocation and brief intervention) check, when they start
 * and when they end, that the service's own records lead there: a manager's approval standing
 * for the contact's decisions, and the child's recorded outcome or allocation. Whoever tries to
 * start or finish one otherwise (an administrator's start part-way or move included) is refused
 * and nothing happens.
 */
@Component("followOnGuard")
class FollowOnGuard implements ExecutionListener {

  static final String TITLE = "This step does not follow from what was decided";

  private final OversightRecords oversight;
  private final OutcomeStore store;
  private final Outcomes outcomes;

  FollowOnGuard(OversightRecords oversight, OutcomeStore store, Outcomes outcomes) {
    this.oversight = oversight;
    this.store = store;
    this.outcomes = outcomes;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    String contact = (String) execution.getVariable(Var.CONTACT_ID);
    if (contact == null) {
      refuse("the journey names no contact");
    }
    UUID contactId = UUID.fromString(contact);
    if (!oversight.approvedSinceLatestDecision(contactId)) {
      refuse("there is no approved management oversight: a manager has not signed off the latest decision on "
          + "this contact");
    }
    String step = execution.getCurrentActivityId();
    switch (step) {
      case Element.TELL_REFERRER -> {
        if (store.outcomes(contactId).size() < store.children(contactId).size()) {
          refuse("the outcome is not yet recorded for every child, so there is nothing to tell the referrer");
        }
      }
      case Element.HOLD_STRATEGY_DISCUSSION -> {
        if (!outcomes.needsStrategyDiscussion(contact)) {
          refuse("no child's recorded outcome is a strategy discussion");
        }
      }
      case Element.ALLOCATE_ASSESSMENT -> {
        if (!outcomes.assessmentAllocations(contact).contains(child(execution))) {
          refuse("this child has no recorded allocation for an assessment");
        }
      }
      case Element.OFFER_BRIEF_INTERVENTION -> {
        if (!outcomes.briefInterventionChildren(contact).contains(child(execution))) {
          refuse("this child's recorded outcome is not the Brief Intervention Team");
        }
      }
      default -> {
        // recording the outcome needs only the approval; the outcome's own checks follow
      }
    }
  }

  private static String child(DelegateExecution execution) {
    Object child = execution.getVariable(ChildJourneyProcess.Var.CHILD_ID);
    if (child == null) {
      refuse("the step names no child");
    }
    return child.toString();
  }

  private static void refuse(String why) {
    throw new InvalidSubmissionException(TITLE, List.of(new FieldProblem("step", why)));
  }
}
