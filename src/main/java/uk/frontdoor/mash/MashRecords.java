package uk.frontdoor.mash;

import static uk.frontdoor.clock.StoredTime.utc;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The mash_check and escalation tables, and the council's own records the automatic checks read. */
@Repository
class MashRecords {

  private final JdbcClient jdbc;

  MashRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void check(UUID contactId, String agency, boolean automatic, String outcome, String findings, String recordedBy,
      Instant recordedAt) {
    jdbc.sql("""
        insert into mash_check (id, contact_id, agency, automatic, outcome, findings, recorded_by, recorded_at)
        values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(UUID.randomUUID(), contactId, agency, automatic, outcome, limit(findings), recordedBy,
            utc(recordedAt))
        .update();
  }

  void escalation(UUID contactId, String kind, String agency, String action, String note, String recordedBy,
      Instant recordedAt) {
    jdbc.sql("""
        insert into escalation (id, contact_id, kind, agency, action, note, recorded_by, recorded_at)
        values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(UUID.randomUUID(), contactId, kind, agency, action, note, recordedBy, utc(recordedAt)).update();
  }

  /** The agencies that have a check recorded for the contact. */
  List<String> answeredAgencies(UUID contactId) {
    return jdbc.sql("select distinct agency from mash_check where contact_id = ?").param(contactId)
        .query(String.class).list();
  }

  /** The contact's reference, its children's names and its household address: all an agency is shown. */
  Optional<ContactForAgency> contactForAgency(UUID contactId) {
    List<String> names = jdbc.sql("""
        select ch.first_name || ' ' || ch.last_name from contact_child cc join child ch on ch.id = cc.child_id
        where cc.contact_id = ? order by cc.position""").param(contactId).query(String.class).list();
    return jdbc.sql("""
        select c.reference, h.address_line1, h.address_line2, h.town, h.postcode
        from contact c join household h on h.id = c.household_id where c.id = ?""")
        .param(contactId)
        .query((rs, n) -> new ContactForAgency(rs.getString(1), names, String.join(", ",
            java.util.stream.Stream.of(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5))
                .filter(part -> part != null && !part.isBlank()).toList())))
        .optional();
  }

  List<Child> children(UUID contactId) {
    return jdbc.sql("""
        select ch.id, ch.first_name || ' ' || ch.last_name from contact_child cc join child ch on ch.id = cc.child_id
        where cc.contact_id = ? order by cc.position""")
        .param(contactId).query((rs, n) -> new Child(rs.getObject(1, UUID.class), rs.getString(2))).list();
  }

  /** Social care involvement of the child still open. */
  List<OpenCase> openCases(UUID childId) {
    return jdbc.sql("select kind, opened_on from social_care_case where child_id = ? and closed_on is null order by opened_on")
        .param(childId).query((rs, n) -> new OpenCase(rs.getString(1), rs.getObject(2, LocalDate.class))).list();
  }

  /** Outcomes of the child's earlier contacts, latest first. */
  List<EarlierOutcome> earlierOutcomes(UUID childId, UUID contactId) {
    return jdbc.sql("""
        select outcome, referral, decided_at from child_outcome where child_id = ? and contact_id <> ?
        order by decided_at desc""")
        .params(childId, contactId)
        .query((rs, n) -> new EarlierOutcome(rs.getString(1), rs.getBoolean(2),
            rs.getObject(3, OffsetDateTime.class).toInstant()))
        .list();
  }

  private static String limit(String text) {
    return text.length() <= 4000 ? text : text.substring(0, 3999) + "…";
  }

  record ContactForAgency(String reference, List<String> childrenNames, String address) {
  }

  record Child(UUID id, String name) {
  }

  record OpenCase(String kind, LocalDate openedOn) {
  }

  record EarlierOutcome(String outcome, boolean referral, Instant decidedAt) {
  }
}
