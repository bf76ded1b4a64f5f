package uk.frontdoor.oversight;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The management oversight records: written once, never changed. There is deliberately no
 * update or delete here: a correction is a new record that refers to the one it corrects.
 */
@Repository
public class OversightRecords {

  /** What a record says, as stored. */
  record Signed(UUID id, UUID contactId, String decisionStep, boolean approved, String manager,
      OffsetDateTime signedAt) {
  }

  /** One record to write: a sign-off, a send-back (no content) or a correction. */
  record NewRecord(UUID contactId, String decisionStep, boolean approved, String thresholdSummary,
      Proforma.Content content, List<SignedDecision> decisions, String sendBackReason, String manager,
      String managerName, OffsetDateTime signedAt, UUID correctsId, String correctionReason) {
  }

  private final JdbcClient jdbc;

  OversightRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  UUID insert(NewRecord record) {
    UUID id = UUID.randomUUID();
    Proforma.Content content = record.content();
    boolean notProgressed = record.approved() && !record.decisions().isEmpty()
        && record.decisions().stream().allMatch(SignedDecision::notProgressed);
    jdbc.sql("""
        insert into oversight_record (id, contact_id, decision_step, approved, threshold_summary, rationale,
          send_back_reason, manager, manager_name, signed_at, decision_words, not_progressed, corrects_id,
          correction_reason)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(id, record.contactId(), record.decisionStep(), record.approved(), record.thresholdSummary(),
            content == null ? null : content.rationale(), record.sendBackReason(), record.manager(),
            record.managerName(), record.signedAt(),
            record.decisions().isEmpty() ? null : QualityRules.wordsOf(record.decisions()), notProgressed,
            record.correctsId(), record.correctionReason())
        .update();
    if (content == null) {
      return id;
    }
    int position = 0;
    for (Proforma.ChildSection child : content.children()) {
      // a correction is written in one go by the manager who corrects
      Proforma.Writer writer = child.writer() != null ? child.writer()
          : new Proforma.Writer(record.manager(), record.managerName(), record.signedAt());
      jdbc.sql("""
          insert into oversight_child (oversight_id, child_id, position, proposed_level, level, level_change_reason,
            indicators, pathway, risks, strengths, analysis, childs_voice, written_by, written_by_name, written_at)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(id, child.child().childId(), position++, child.child().proposedLevel(), child.level(),
              child.levelChangeReason(), child.indicators(), child.child().pathway(), child.risks(),
              child.strengths(), child.analysis(), child.childsVoice(), writer.userId(), writer.name(), writer.at())
          .update();
    }
    position = 0;
    for (Proforma.NextStep step : content.nextSteps()) {
      jdbc.sql("""
          insert into oversight_next_step (oversight_id, position, action, owner, timescale)
          values (?, ?, ?, ?, ?)""")
          .params(id, position++, step.action(), step.owner(), step.timescale())
          .update();
    }
    return id;
  }

  /**
   * Whether a manager's approval stands for the contact's decisions: its latest oversight record
   * approves, and no screening, consent or threshold decision was recorded after it. The one
   * question the steps that act on a decision ask of oversight ({@code outcome.FollowOnGuard}).
   */
  public boolean approvedSinceLatestDecision(UUID contactId) {
    Optional<Boolean> latestApproved = jdbc.sql("""
            select approved from oversight_record where contact_id = ? order by signed_at desc fetch first 1 rows only""")
        .param(contactId).query(Boolean.class).optional();
    if (latestApproved.isEmpty() || !latestApproved.get()) {
      return false;
    }
    return jdbc.sql("""
            select count(*) from oversight_record o where o.contact_id = :contact and o.approved = true
              and o.signed_at >= all (select decided_at from screening_decision where contact_id = :contact)
              and o.signed_at >= all (select decided_at from consent_decision where contact_id = :contact)
              and o.signed_at >= all (select decided_at from threshold_decision
                                      where contact_id = :contact and decided_at is not null)""")
        .param("contact", contactId).query(Long.class).single() > 0;
  }

  Optional<Signed> find(UUID contactId, UUID recordId) {
    return jdbc.sql("""
            select id, contact_id, decision_step, approved, manager, signed_at from oversight_record
            where id = ? and contact_id = ?""")
        .params(recordId, contactId)
        .query((rs, n) -> new Signed(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
            rs.getBoolean(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class)))
        .optional();
  }
}
