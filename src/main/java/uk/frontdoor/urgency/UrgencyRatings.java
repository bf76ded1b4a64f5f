package uk.frontdoor.urgency;

import static uk.frontdoor.clock.StoredTime.utc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every urgency a contact had (the table's proposal, then each change) and the contact's current one. */
@Repository
class UrgencyRatings {

  private final JdbcClient jdbc;

  UrgencyRatings(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Instant receivedAt(UUID contactId) {
    return jdbc.sql("select received_at from contact where id = ?").param(contactId)
        .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant()).optional()
        .orElseThrow(() -> new IllegalStateException("No contact " + contactId + " to rate the urgency of"));
  }

  /** Records the rating and makes it the contact's current urgency and decision deadline. */
  void record(UUID contactId, String rag, String reason, boolean proposed, Instant decisionDue, String decidedBy,
      Instant decidedAt) {
    jdbc.sql("""
        insert into urgency_rating (id, contact_id, rag, reason, proposed, decision_due_at, decided_by, decided_at)
        values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(UUID.randomUUID(), contactId, rag, reason, proposed, utc(decisionDue), decidedBy, utc(decidedAt))
        .update();
    jdbc.sql("update contact set rag = ?, decision_due_at = ? where id = ?")
        .params(rag, utc(decisionDue), contactId).update();
  }
}
