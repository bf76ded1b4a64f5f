package uk.frontdoor.audit;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.frontdoor.audit.AuditStore.Audit;

/**
 * On the audit and moderation tasks' {@code assignment}: refuses to give the task to someone who
 * worked on the contact (or, to moderate, who audited it), so a claim or an assignment in
 * Tasklist fails at once and the task stays with the queue. Completion checks again.
 */
@Component("refuseAuditorWhoWorkedOnContact")
class RefuseAuditorWhoWorkedOnContact implements TaskListener {

  static final String MODERATION_TASK = "Task_ModerateAudit";

  private final PeerAuditors peers;

  RefuseAuditorWhoWorkedOnContact(PeerAuditors peers) {
    this.peers = peers;
  }

  @Override
  public void notify(DelegateTask task) {
    String assignee = task.getAssignee();
    if (assignee == null) {
      return;
    }
    Audit audit = peers.audit(task.getVariable(AuditVocabulary.AUDIT_ID));
    String refusal = peers.refusal(assignee, audit, MODERATION_TASK.equals(task.getTaskDefinitionKey()));
    if (refusal != null) {
      throw new BadUserRequestException("This task cannot be given to " + assignee + ": " + refusal);
    }
  }
}
