package uk.frontdoor.outcome;

import static uk.frontdoor.clock.StoredTime.utc;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.frontdoor.threshold.Pathways;

/** The outcome tables (child_outcome, assessment_allocation, follow_on) and what they are decided from. */
@Repository
class OutcomeStore {

  private final JdbcClient jdbc;

  OutcomeStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record Contact(UUID householdId, Instant receivedAt) {
  }

  /** A decision that ends the front door's work for a child, and when it was made. */
  record Decision(String outcome, Instant decidedAt) {
  }

  /** Reads a {@link Decision} from a query selecting the decision, then when it was made. */
  private static final RowMapper<Decision> DECISION =
      (rs, n) -> new Decision(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant());

  record Consent(String status, boolean refusalRespected, Instant decidedAt) {
  }

  Contact contact(UUID contactId) {
    return jdbc.sql("select household_id, received_at from contact where id = ?").param(contactId)
        .query((rs, n) -> new Contact(rs.getObject(1, UUID.class),
            rs.getObject(2, OffsetDateTime.class).toInstant()))
        .single();
  }

  List<UUID> children(UUID contactId) {
    return jdbc.sql("select child_id from contact_child where contact_id = ? order by position")
        .param(contactId).query(UUID.class).list();
  }

  /** Whether the latest oversight of the contact approved the decision. */
  boolean oversightApproved(UUID contactId) {
    return jdbc.sql("select approved from oversight_record where contact_id = ? order by signed_at desc limit 1")
        .param(contactId).query(Boolean.class).optional().orElse(false);
  }

  Optional<Consent> latestConsent(UUID contactId) {
    return jdbc.sql("""
        select status, refusal_respected, decided_at from consent_decision where contact_id = ?
        order by decided_at desc limit 1""")
        .param(contactId)
        .query((rs, n) -> new Consent(rs.getString(1), rs.getBoolean(2),
            rs.getObject(3, OffsetDateTime.class).toInstant()))
        .optional();
  }

  Optional<Decision> latestScreening(UUID contactId) {
    return jdbc.sql("select decision, decided_at from screening_decision where contact_id = ? order by decided_at desc limit 1")
        .param(contactId)
        .query(DECISION)
        .optional();
  }

  /** The latest pathway decided for the child, if the threshold step reached a decision. */
  Optional<Decision> latestPathway(UUID contactId, UUID childId) {
    return jdbc.sql("""
        select chosen_pathway, decided_at from threshold_decision
        where contact_id = ? and child_id = ? and chosen_pathway is not null order by decided_at desc limit 1""")
        .params(contactId, childId)
        .query(DECISION)
        .optional();
  }

  boolean hasOutcome(UUID contactId, UUID childId) {
    return jdbc.sql("select count(*) from child_outcome where contact_id = ? and child_id = ?")
        .params(contactId, childId).query(Integer.class).single() > 0;
  }

  void insertOutcome(UUID contactId, UUID childId, String outcome, boolean referral, boolean consentRefused,
      Instant at) {
    jdbc.sql("""
        insert into child_outcome (contact_id, child_id, outcome, referral, consent_refused, decided_at)
        values (?, ?, ?, ?, ?, ?)""")
        .params(contactId, childId, outcome, referral, consentRefused, utc(at)).update();
  }

  List<String> childrenWithOutcome(UUID contactId, List<String> outcomes) {
    return jdbc.sql("""
        select o.child_id from child_outcome o join contact_child cc on cc.contact_id = o.contact_id
          and cc.child_id = o.child_id
        where o.contact_id = :contact and o.outcome in (:outcomes) order by cc.position""")
        .param("contact", contactId).param("outcomes", outcomes)
        .query(UUID.class).list().stream().map(UUID::toString).toList();
  }

  /**
   * The children of a household: under 18 today, or unborn. A child whose age is not known at
   * all is included: an assessment that is not needed is less harmful than a sibling left out.
   */
  List<UUID> householdChildren(UUID householdId, LocalDate today) {
    return jdbc.sql("""
        select id from child where household_id = ? and merged_into is null
          and (date_of_birth > ?
            or (date_of_birth is null and (estimated_age_years is null or estimated_age_years < 18)))
        order by created_at, id""")
        .params(householdId, today.minusYears(18))
        .query(UUID.class).list();
  }

  void allocate(UUID contactId, UUID childId, String reason, Instant dueAt) {
    jdbc.sql("""
        insert into assessment_allocation (id, contact_id, child_id, reason, due_at) values (?, ?, ?, ?, ?)""")
        .params(UUID.randomUUID(), contactId, childId, reason, utc(dueAt)).update();
  }

  boolean hasAllocation(UUID contactId, UUID childId) {
    return jdbc.sql("select count(*) from assessment_allocation where contact_id = ? and child_id = ?")
        .params(contactId, childId).query(Integer.class).single() > 0;
  }

  /** The children allocated for an assessment, those routed first, then siblings. */
  List<String> allocations(UUID contactId) {
    return jdbc.sql("""
        select child_id from assessment_allocation where contact_id = ?
        order by case reason when 'routed' then 0 else 1 end, child_id""")
        .param(contactId).query(UUID.class).list().stream().map(UUID::toString).toList();
  }

  /** Records who will carry out a child's assessment; false when there is no open allocation. */
  boolean recordAllocation(UUID contactId, UUID childId, String allocatedTo, String by, Instant at) {
    return jdbc.sql("""
        update assessment_allocation set allocated_to = ?, allocated_by = ?, allocated_at = ?
        where contact_id = ? and child_id = ? and allocated_at is null""")
        .params(allocatedTo, by, utc(at), contactId, childId).update() == 1;
  }

  void close(UUID contactId, Instant at) {
    jdbc.sql("update contact set closed_at = ? where id = ?").params(utc(at), contactId).update();
  }

  void followOn(UUID contactId, UUID childId, String kind, String result, String note, String participants,
      String by, Instant at) {
    jdbc.sql("""
        insert into follow_on (id, contact_id, child_id, kind, result, note, participants, recorded_by, recorded_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(UUID.randomUUID(), contactId, childId, kind, result, note, participants, by, utc(at)).update();
  }

  record NamedOutcome(String childName, String outcome) {
  }

  List<NamedOutcome> outcomes(UUID contactId) {
    return jdbc.sql("""
        select ch.first_name || ' ' || ch.last_name, o.outcome from child_outcome o
          join child ch on ch.id = o.child_id
          join contact_child cc on cc.contact_id = o.contact_id and cc.child_id = o.child_id
        where o.contact_id = ? order by cc.position""")
        .param(contactId).query((rs, n) -> new NamedOutcome(rs.getString(1), rs.getString(2))).list();
  }

  /**
   * Why the child is here, as the manager signed it: the level, the pathway and the manager's analysis
   * for this child, from the latest approved oversight of the contact.
   */
  Optional<String> signedReason(UUID contactId, UUID childId) {
    return jdbc.sql("""
            select oc.level, oc.pathway, oc.analysis, o.manager_name
            from oversight_record o join oversight_child oc on oc.oversight_id = o.id
            where o.contact_id = ? and oc.child_id = ? and o.approved
            order by o.signed_at desc fetch first 1 rows only""")
        .params(contactId, childId)
        .query((rs, n) -> "Level " + rs.getInt(1) + ", " + Pathways.levelName(rs.getInt(1))
            + (rs.getString(2) == null ? "" : "; pathway: " + Pathways.LABELS.getOrDefault(rs.getString(2), rs.getString(2)))
            + ". Signed off by " + rs.getString(4) + ", who wrote: " + rs.getString(3))
        .optional();
  }

  String childName(UUID childId) {
    return jdbc.sql("select first_name || ' ' || last_name from child where id = ?").param(childId)
        .query(String.class).single();
  }
}
