package uk.frontdoor.audit;

import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.frontdoor.audit.AuditStore.Audit;
import uk.frontdoor.journey.Actor;
import uk.frontdoor.security.Roles;
import uk.frontdoor.validation.Problems;

/**
 * Who may audit or moderate a contact: a team manager or an auditor whose name is nowhere on the
 * contact's journey (recorded it, decided, checked, signed off), and, for moderation, not the
 * first auditor. Checked when a task is claimed or assigned and again when it is completed.
 */
@Component
class PeerAuditors {

  private final AuditStore store;
  private final Actor actor;

  PeerAuditors(AuditStore store, Actor actor) {
    this.store = store;
    this.actor = actor;
  }

  /** Why this person may not audit (or moderate) the audit's contact; null when they may. */
  String refusal(String userId, Audit audit, boolean moderation) {
    if (userId == null) {
      return null;
    }
    if (store.workedOn(audit.contactId()).contains(userId)) {
      return "you worked on contact " + store.contactReference(audit.contactId())
          + ": a manager or auditor who did not work on it must " + (moderation ? "moderate" : "audit") + " it";
    }
    if (moderation && userId.equals(audit.auditor())) {
      return "you audited this contact: a second auditor must moderate your audit";
    }
    return null;
  }

  /** Adds a problem to {@code field} unless the acting person may do this audit or moderation. */
  void check(Problems problems, String field, Audit audit, boolean moderation) {
    if (actor.isPersonOutside(Roles.AUDITORS, Roles.CRS_MANAGERS)) {
      problems.add(field, "only an auditor or a team manager can " + (moderation ? "moderate" : "audit") + " a contact");
    }
    String refusal = refusal(actor.userId(), audit, moderation);
    if (refusal != null) {
      problems.add(field, refusal);
    }
  }

  Audit audit(Object auditId) {
    return store.audit(UUID.fromString((String) auditId));
  }
}
