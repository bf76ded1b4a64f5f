package uk.frontdoor.urgency;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import uk.frontdoor.clock.DecisionClock;
import uk.frontdoor.journey.ChildJourneyProcess.Element;
import uk.frontdoor.journey.ChildJourneyProcess.Var;
import uk.frontdoor.validation.Problems;
import uk.frontdoor.clock.UkDates;

/**
 * A practitioner changes a contact's urgency, with a recorded reason. The new deadline is counted
 * from when the contact arrived, and everything already waiting on the old one moves with it: the
 * open decision tasks' due dates and the escalation timers (an overdue decision, an overdue
 * partner agency check). Tasks created later read the new {@code decisionDue}.
 *
 * <p>A timer that has already fired is not re-armed: its manager's task is already open.
 */
@Service
public class UrgencyChange {

  /** The ratings a practitioner may choose. */
  public static final Set<String> RATINGS = Set.of("red", "amber", "green");

  /** User tasks whose due date is the decision deadline ({@code dueDate="${decisionDue}"} in the model). */
  static final Set<String> DECISION_TASKS = Set.of(Element.SCREEN_CONTACT, Element.RECORD_CONSENT,
      Element.DECIDE_CONSENT_AS_MANAGER, Element.CHECK_AGENCY_RECORDS, Element.APPLY_PATHWAYS,
      Element.DECIDE_PATHWAY, Element.MANAGEMENT_OVERSIGHT);

  /** Timers that fire at the decision deadline. */
  static final List<String> DEADLINE_TIMERS = List.of(Element.DECISION_OVERDUE, Element.AGENCY_CHECK_OVERDUE);

  private final UrgencyRatings ratings;
  private final DecisionClock decisionClock;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final Clock clock;

  UrgencyChange(UrgencyRatings ratings, DecisionClock decisionClock, TaskService taskService,
      ManagementService managementService, Clock clock) {
    this.ratings = ratings;
    this.decisionClock = decisionClock;
    this.taskService = taskService;
    this.managementService = managementService;
    this.clock = clock;
  }

  /**
   * Records the change and moves the deadline of the journey {@code execution} belongs to.
   *
   * @param execution any execution of the contact's journey, e.g. the one a task's end listener gets
   * @param newRag red, amber or green
   * @param reason why the urgency changed, in the practitioner's words (at least 10 characters)
   * @param decidedBy the practitioner's user id
   * @return the new decision deadline
   * @throws uk.frontdoor.validation.InvalidSubmissionException naming {@code rag} or {@code ragChangeReason}
   *     when the rating is not one of {@link #RATINGS} or the reason is missing; nothing is changed
   */
  public Instant change(DelegateExecution execution, String contactId, String newRag, String reason,
      String decidedBy) {
    Problems problems = new Problems();
    if (newRag == null || !RATINGS.contains(newRag)) {
      problems.add("rag", "choose red, amber or green");
    }
    if (problems.required("ragChangeReason", reason, "say why the urgency is changing")
        && reason.trim().length() < 10) {
      problems.add("ragChangeReason", "say why the urgency is changing (at least 10 characters)");
    }
    problems.maxLength("ragChangeReason", reason, 2000);
    problems.throwIfAny("The urgency cannot be changed");

    UUID contact = UUID.fromString(contactId);
    Instant due = decisionClock.decisionDue(newRag, ratings.receivedAt(contact));
    ratings.record(contact, newRag, reason.trim(), false, due, decidedBy, Instant.now(clock));
    execution.setVariable(Var.RAG, newRag);
    execution.setVariable(Var.DECISION_DUE, Date.from(due));
    execution.setVariable(Var.DECISION_DUE_TEXT, new UkDates().time(due));
    moveDeadlines(execution, Date.from(due));
    return due;
  }

  private void moveDeadlines(DelegateExecution execution, Date due) {
    String processInstanceId = execution.getProcessInstanceId();
    for (Task task : taskService.createTaskQuery().processInstanceId(processInstanceId).list()) {
      // the task being completed right now (if this runs in its end listener) needs no new date
      if (DECISION_TASKS.contains(task.getTaskDefinitionKey()) && !task.getExecutionId().equals(execution.getId())) {
        task.setDueDate(due);
        taskService.saveTask(task);
      }
    }
    for (String timer : DEADLINE_TIMERS) {
      for (Job job : managementService.createJobQuery().processInstanceId(processInstanceId).activityId(timer).timers()
          .list()) {
        managementService.setJobDuedate(job.getId(), due);
      }
    }
  }
}
