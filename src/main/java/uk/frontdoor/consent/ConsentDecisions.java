package uk.frontdoor.consent;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The consent_decision table: the practitioner's decision, then any manager's decision on it.
 * Rows are only ever added, so the consent history of a contact reads in order.
 */
@Repository
class ConsentDecisions {

  /** One row of consent_decision, as a later step needs to read it. */
  record ConsentDecision(String status, String givenBy, String givenByName, String grounds,
      boolean significantHarmConcern, String voluntarySupport, String rationale, String decidedBy) {
  }

  private final JdbcClient jdbc;
  private final Clock clock;

  ConsentDecisions(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  void insert(UUID contactId, ConsentDecision decision, String lawfulBasis, String managerDecision,
      boolean refusalRespected, String decidedByRole) {
    jdbc.sql("""
        insert into consent_decision (id, contact_id, status, given_by, given_by_name, lawful_basis, grounds,
          significant_harm_concern, manager_decision, refusal_respected, voluntary_support, rationale,
          decided_by, decided_by_role, decided_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(UUID.randomUUID(), contactId, decision.status(), decision.givenBy(), decision.givenByName(),
            lawfulBasis, decision.grounds(), decision.significantHarmConcern(), managerDecision,
            refusalRespected, decision.voluntarySupport(), decision.rationale(), decision.decidedBy(),
            decidedByRole, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
        .update();
  }

  /** The practitioner's latest consent decision on the contact: the one a manager decides on. */
  Optional<ConsentDecision> latestByPractitioner(UUID contactId) {
    return jdbc.sql("""
        select status, given_by, given_by_name, grounds, significant_harm_concern, voluntary_support, rationale,
          decided_by
        from consent_decision where contact_id = ? and decided_by_role = ?
        order by decided_at desc limit 1""")
        .params(contactId, ConsentVocabulary.PRACTITIONER)
        .query((rs, n) -> new ConsentDecision(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getBoolean(5), rs.getString(6), rs.getString(7), rs.getString(8)))
        .optional();
  }
}
