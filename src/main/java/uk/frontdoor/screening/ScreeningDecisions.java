package uk.frontdoor.screening;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The screening_decision table: every screening of a contact, kept when it is screened again. */
@Repository
class ScreeningDecisions {

  private final JdbcClient jdbc;
  private final Clock clock;

  ScreeningDecisions(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  void insert(UUID contactId, String decision, String rationale, boolean reReferral, String decidedBy) {
    jdbc.sql("""
        insert into screening_decision (id, contact_id, decision, rationale, re_referral, decided_by, decided_at)
        values (?, ?, ?, ?, ?, ?, ?)""")
        .params(UUID.randomUUID(), contactId, decision, rationale, reReferral, decidedBy,
            OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
        .update();
  }
}
