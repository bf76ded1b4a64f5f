package uk.frontdoor.audit;

import static uk.frontdoor.clock.StoredTime.utc;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.frontdoor.audit.Sampler.Candidate;

/** The audit tables (audit_sample, contact_audit, audit_grade_change) and what an audit reads of a journey. */
@Repository
class AuditStore {

  private final JdbcClient jdbc;

  AuditStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Contacts closed in [from, to) with a team manager (the manager who first approved the decision),
   * none with an audit started since {@code auditedSince}, in the sampler's order.
   */
  List<Candidate> candidates(Instant from, Instant to, Instant auditedSince) {
    return jdbc.sql("""
        select c.id, c.reference, d.manager,
          case when exists (select 1 from child_outcome o where o.contact_id = c.id and o.consent_refused)
                 then 'consent-refused'
               when exists (select 1 from child_outcome o where o.contact_id = c.id and o.outcome = 'no-further-action')
                 then 'no-further-action'
               else 'other' end
        from contact c join contact_decision d on d.contact_id = c.id
        where c.closed_at >= ? and c.closed_at < ? and d.manager is not null
          and not exists (select 1 from contact_audit a where a.contact_id = c.id and a.created_at >= ?)
        order by d.manager, c.reference, c.id""")
        .params(utc(from), utc(to), utc(auditedSince))
        .query((rs, n) -> new Candidate(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4)))
        .list();
  }

  UUID insertSample(String processInstanceId, String theme, LocalDate from, LocalDate to, long seed, String rule,
      int perManager, boolean stratified, int candidates, List<Candidate> chosen, String drawnBy, Instant at) {
    UUID id = UUID.randomUUID();
    jdbc.sql("""
        insert into audit_sample (id, process_instance_id, theme, period_from, period_to, seed, rule, per_manager,
          stratified, candidates, chosen, drawn_by, drawn_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(id, processInstanceId, theme, from, to, seed, rule, perManager, stratified, candidates,
            chosen.stream().map(c -> c.contactId().toString()).collect(Collectors.joining(",")), drawnBy, utc(at))
        .update();
    return id;
  }

  UUID insertAudit(UUID sampleId, Candidate contact, boolean moderate, Instant at) {
    UUID id = UUID.randomUUID();
    jdbc.sql("""
        insert into contact_audit (id, sample_id, contact_id, team_manager, stratum, moderation_selected, created_at)
        values (?, ?, ?, ?, ?, ?, ?)""")
        .params(id, sampleId, contact.contactId(), contact.manager(), contact.stratum(), moderate, utc(at)).update();
    return id;
  }

  /** The sample's audits in the order drawn (by insertion: the draw's order is kept in audit_sample.chosen). */
  List<String> auditIds(UUID sampleId) {
    String chosen = jdbc.sql("select chosen from audit_sample where id = ?").param(sampleId).query(String.class).single();
    Map<String, String> byContact = new LinkedHashMap<>();
    jdbc.sql("select contact_id, id from contact_audit where sample_id = ?").param(sampleId)
        .query((rs, n) -> byContact.put(rs.getString(1), rs.getString(2))).list();
    List<String> ids = new ArrayList<>();
    for (String contact : chosen.isEmpty() ? new String[0] : chosen.split(",")) {
      ids.add(byContact.get(contact));
    }
    return ids;
  }

  /** Everyone whose name is on the contact's journey: they may not audit it. */
  Set<String> workedOn(UUID contactId) {
    Set<String> people = new TreeSet<>();
    for (String sql : List.of(
        "select recorded_by from contact where id = ?",
        "select decided_by from urgency_rating where contact_id = ?",
        "select decided_by from screening_decision where contact_id = ?",
        "select decided_by from consent_decision where contact_id = ?",
        "select recorded_by from mash_check where contact_id = ?",
        "select recorded_by from escalation where contact_id = ?",
        "select indicators_by from threshold_decision where contact_id = ?",
        "select decided_by from threshold_decision where contact_id = ?",
        "select manager from oversight_record where contact_id = ?",
        "select allocated_by from assessment_allocation where contact_id = ?",
        "select recorded_by from follow_on where contact_id = ?")) {
      jdbc.sql(sql).param(contactId).query(String.class).list().stream().filter(p -> p != null).forEach(people::add);
    }
    return people;
  }

  record Audit(UUID id, UUID contactId, String teamManager, boolean moderationSelected, String auditor,
      Map<String, String> grades, Instant followUpDueAt, Instant followUpAt, Instant closedAt) {

    String overall() {
      return grades.get(AuditVocabulary.OVERALL);
    }
  }

  Audit audit(UUID auditId) {
    String columns = AuditVocabulary.THEME_FIELDS.stream().map(f -> AuditVocabulary.THEMES.get(f).column())
        .collect(Collectors.joining(", "));
    return jdbc.sql("select id, contact_id, team_manager, moderation_selected, auditor, follow_up_due_at, follow_up_at, "
            + "closed_at, " + columns + " from contact_audit where id = ?")
        .param(auditId)
        .query((rs, n) -> {
          Map<String, String> grades = new LinkedHashMap<>();
          for (int i = 0; i < AuditVocabulary.THEME_FIELDS.size(); i++) {
            grades.put(AuditVocabulary.THEME_FIELDS.get(i), rs.getString(9 + i));
          }
          return new Audit(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
              rs.getBoolean(4), rs.getString(5), grades, instant(rs.getObject(6, OffsetDateTime.class)),
              instant(rs.getObject(7, OffsetDateTime.class)), instant(rs.getObject(8, OffsetDateTime.class)));
        })
        .single();
  }

  void recordGrades(UUID auditId, String auditor, Map<String, String> grades, String comments, String languageSummary,
      Instant followUpDueAt, Instant at) {
    StringBuilder sql = new StringBuilder("update contact_audit set auditor = :auditor, comments = :comments, "
        + "language_summary = :summary, completed_at = :at, follow_up_due_at = :due");
    grades.keySet().forEach(field -> sql.append(", ").append(AuditVocabulary.THEMES.get(field).column())
        .append(" = :").append(field));
    JdbcClient.StatementSpec statement = jdbc.sql(sql + " where id = :id")
        .param("auditor", auditor).param("comments", comments).param("summary", languageSummary)
        .param("at", utc(at)).param("due", followUpDueAt == null ? null : utc(followUpDueAt)).param("id", auditId);
    for (Map.Entry<String, String> grade : grades.entrySet()) {
      statement = statement.param(grade.getKey(), grade.getValue());
    }
    statement.update();
  }

  void recordModeration(UUID auditId, Map<String, String> before, Map<String, String> after, String reason,
      String moderator, Instant followUpDueAt, Instant at) {
    for (String field : AuditVocabulary.THEME_FIELDS) {
      if (!after.get(field).equals(before.get(field))) {
        jdbc.sql("""
            insert into audit_grade_change (id, audit_id, theme, from_grade, to_grade, reason, changed_by, changed_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(UUID.randomUUID(), auditId, AuditVocabulary.THEMES.get(field).column(), before.get(field),
                after.get(field), reason, moderator, utc(at))
            .update();
        jdbc.sql("update contact_audit set " + AuditVocabulary.THEMES.get(field).column() + " = ? where id = ?")
            .params(after.get(field), auditId).update();
      }
    }
    jdbc.sql("update contact_audit set moderated_by = ?, moderated_at = ?, follow_up_due_at = ? where id = ?")
        .params(moderator, utc(at), followUpDueAt == null ? null : utc(followUpDueAt), auditId).update();
  }

  void recordFollowUp(UUID auditId, String action, String by, Instant at) {
    jdbc.sql("update contact_audit set follow_up_action = ?, follow_up_by = ?, follow_up_at = ? where id = ?")
        .params(action, by, utc(at), auditId).update();
  }

  void close(UUID auditId, Instant at) {
    jdbc.sql("update contact_audit set closed_at = ? where id = ?").params(utc(at), auditId).update();
  }

  String contactReference(UUID contactId) {
    return jdbc.sql("select reference from contact where id = ?").param(contactId).query(String.class).single();
  }

  record NamedChild(UUID id, String name) {
  }

  List<NamedChild> children(UUID contactId) {
    return jdbc.sql("""
        select ch.id, ch.first_name || ' ' || ch.last_name from contact_child cc join child ch on ch.id = cc.child_id
        where cc.contact_id = ? order by cc.position""")
        .param(contactId).query((rs, n) -> new NamedChild(rs.getObject(1, UUID.class), rs.getString(2))).list();
  }

  /** What staff wrote on the contact's journey, each with where it was written. */
  record Writing(String where, String text) {
  }

  List<Writing> staffWriting(UUID contactId) {
    List<Writing> all = new ArrayList<>();
    add(all, contactId, "select 'screening rationale', rationale from screening_decision where contact_id = ?");
    add(all, contactId, "select 'urgency reason', reason from urgency_rating where contact_id = ? and not proposed");
    add(all, contactId, "select 'consent rationale', rationale from consent_decision where contact_id = ?");
    add(all, contactId, "select 'voluntary support', voluntary_support from consent_decision where contact_id = ?");
    add(all, contactId, "select 'partner agency findings', findings from mash_check where contact_id = ? and not automatic");
    add(all, contactId, "select 'escalation note', note from escalation where contact_id = ?");
    add(all, contactId, "select 'departure from the proposed pathway', departure_reason from threshold_decision where contact_id = ?");
    // the proforma is written per child (oversight_child), not on the record itself
    for (String section : List.of("risks", "strengths", "analysis", "childs_voice")) {
      add(all, contactId, "select 'oversight " + section.replace('_', ' ') + "', c." + section
          + " from oversight_child c join oversight_record r on r.id = c.oversight_id where r.contact_id = ?");
    }
    add(all, contactId, "select 'oversight rationale', rationale from oversight_record where contact_id = ?");
    add(all, contactId, "select 'send-back reason', send_back_reason from oversight_record where contact_id = ?");
    add(all, contactId, "select 'follow-on note', note from follow_on where contact_id = ?");
    return all;
  }

  private void add(List<Writing> all, UUID contactId, String sql) {
    jdbc.sql(sql).param(contactId).query((rs, n) -> new Writing(rs.getString(1), rs.getString(2))).list().stream()
        .filter(w -> w.text() != null && !w.text().isBlank()).forEach(all::add);
  }

  private static Instant instant(OffsetDateTime at) {
    return at == null ? null : at.toInstant();
  }
}
