package uk.frontdoor.audit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.frontdoor.audit.AuditStore.Audit;

/** Shows the moderator the first auditor's grades, as the moderation form's starting values. */
@Component("prepareModeration")
class PrepareModeration implements ExecutionListener {

  private final PeerAuditors peers;

  PrepareModeration(PeerAuditors peers) {
    this.peers = peers;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Audit audit = peers.audit(execution.getVariable(AuditVocabulary.AUDIT_ID));
    audit.grades().forEach(execution::setVariableLocal);
    execution.setVariableLocal(AuditVocabulary.MODERATION_REASON, null);
  }
}
