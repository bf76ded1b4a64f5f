package uk.frontdoor.audit;

import java.util.Date;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.frontdoor.audit.AuditStore.Audit;

/**
 * The follow-up task's assignee and due date, read by the model:
 * {@code ${auditFollowUp.manager(auditId)}} and {@code ${auditFollowUp.dueDate(auditId)}}.
 */
@Component("auditFollowUp")
public class AuditFollowUp {

  private final AuditStore store;

  AuditFollowUp(AuditStore store) {
    this.store = store;
  }

  /** The contact's team manager: the manager who approved its decision. */
  public String manager(String auditId) {
    return store.audit(UUID.fromString(auditId)).teamManager();
  }

  /** Set when the audit (or its moderation) gave a grade that needs a follow-up. */
  public Date dueDate(String auditId) {
    Audit audit = store.audit(UUID.fromString(auditId));
    return audit.followUpDueAt() == null ? null : Date.from(audit.followUpDueAt());
  }
}
