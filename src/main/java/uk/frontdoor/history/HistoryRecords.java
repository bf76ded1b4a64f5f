package uk.frontdoor.history;

import static uk.frontdoor.clock.StoredTime.utc;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.frontdoor.clock.UkDates;

/** Reads a child's earlier involvement and stores what the history check found. */
@Repository
class HistoryRecords {

  private static final UkDates DATES = new UkDates();

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final JdbcClient jdbc;

  HistoryRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The contact's arrival and recording times, or empty when there is no such contact. */
  Optional<ContactTimes> contact(UUID contactId) {
    return jdbc.sql("select received_at, recorded_at from contact where id = ?").param(contactId)
        .query((rs, n) -> new ContactTimes(rs.getObject(1, OffsetDateTime.class).toInstant(),
            rs.getObject(2, OffsetDateTime.class).toInstant()))
        .optional();
  }

  List<UUID> children(UUID contactId) {
    return jdbc.sql("select child_id from contact_child where contact_id = ? order by position")
        .param(contactId).query(UUID.class).list();
  }

  Child child(UUID childId) {
    return jdbc.sql("""
        select id, first_name, last_name, date_of_birth, expected_date, estimated_age_years, household_id, created_at
        from child where id = ?""")
        .param(childId).query((rs, n) -> new Child(rs.getObject(1, UUID.class), rs.getString(2) + " " + rs.getString(3),
            rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), (Integer) rs.getObject(6),
            rs.getObject(7, UUID.class), rs.getObject(8, OffsetDateTime.class).toInstant()))
        .single();
  }

  /** Other contacts about this child that arrived before this one. */
  int earlierContacts(UUID childId, UUID contactId, Instant receivedAt) {
    return jdbc.sql("""
        select count(*) from contact_child cc join contact c on c.id = cc.contact_id
        where cc.child_id = ? and cc.contact_id <> ? and c.received_at < ?""")
        .params(childId, contactId, utc(receivedAt)).query(Integer.class).single();
  }

  /** When each earlier referral of this child was decided, latest first. */
  List<Instant> earlierReferrals(UUID childId, UUID contactId, Instant receivedAt) {
    return jdbc.sql("""
        select decided_at from child_outcome
        where child_id = ? and contact_id <> ? and referral = true and decided_at < ?
        order by decided_at desc""")
        .params(childId, contactId, utc(receivedAt))
        .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant()).list();
  }

  /** Kinds of social care involvement still open for the child. */
  List<String> openCases(UUID childId) {
    return jdbc.sql("select kind from social_care_case where child_id = ? and closed_on is null order by opened_on")
        .param(childId).query(String.class).list();
  }

  /** The other children known at the child's household. */
  List<Child> siblings(Child child) {
    return jdbc.sql("""
        select id from child where household_id = ? and id <> ? and merged_into is null
        order by date_of_birth, first_name""")
        .params(child.householdId(), child.id()).query(UUID.class).list().stream().map(this::child).toList();
  }

  /** Other records flagged as maybe this child and not yet resolved, as "Ava Hall, born 1 January 2019". */
  List<String> possibleDuplicates(UUID childId) {
    return jdbc.sql("""
        select o.first_name || ' ' || o.last_name, o.date_of_birth from possible_duplicate p
        join child o on o.id = case when p.child_id = ? then p.other_child_id else p.child_id end
        where p.resolution is null and (p.child_id = ? or p.other_child_id = ?) order by o.created_at""")
        .params(childId, childId, childId)
        .query((rs, n) -> rs.getString(1) + (rs.getObject(2) == null ? ""
            : ", born " + DATES.date(rs.getObject(2, LocalDate.class)))).list();
  }

  /** Replaces what an earlier run of the check found for this contact: re-running it is harmless. */
  void replaceFindings(UUID contactId, List<ChildHistory> findings, List<String> summaries, Instant checkedAt) {
    jdbc.sql("delete from history_finding where contact_id = ?").param(contactId).update();
    for (int i = 0; i < findings.size(); i++) {
      ChildHistory h = findings.get(i);
      jdbc.sql("""
          insert into history_finding (contact_id, child_id, known, open_cases, previous_contacts,
            previous_referrals, last_referral_at, re_referral, siblings, summary, checked_at)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(contactId, h.childId(), h.known(), h.openCases().isEmpty() ? null : String.join(",", h.openCases()),
              h.previousContacts(), h.previousReferrals(), h.lastReferralAt() == null ? null : utc(h.lastReferralAt()),
              h.reReferral(), h.siblings().isEmpty() ? null : limit(String.join(", ", h.siblings()), 2000),
              limit(summaries.get(i), 4000), utc(checkedAt))
          .update();
    }
  }

  /** The start of the re-referral window: the same calendar date {@code window} earlier, in England. */
  static Instant windowStart(Instant receivedAt, Period window) {
    ZonedDateTime received = receivedAt.atZone(LONDON);
    return received.minus(window).toInstant();
  }

  static LocalDate dateInEngland(Instant instant) {
    return instant.atZone(LONDON).toLocalDate();
  }

  private static String limit(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  record ContactTimes(Instant receivedAt, Instant recordedAt) {
  }

  record Child(UUID id, String name, LocalDate dateOfBirth, LocalDate expectedDate, Integer estimatedAgeYears,
      UUID householdId, Instant createdAt) {

    /** The child's age on a date as a person would write it: "7", "about 9", "unborn". */
    String ageOn(LocalDate date) {
      if (dateOfBirth != null) {
        return String.valueOf(Math.max(0, Period.between(dateOfBirth, date).getYears()));
      }
      if (expectedDate != null) {
        return date.isBefore(expectedDate) ? "unborn" : String.valueOf(Period.between(expectedDate, date).getYears());
      }
      return estimatedAgeYears == null ? "age not known" : "about " + estimatedAgeYears;
    }
  }
}
