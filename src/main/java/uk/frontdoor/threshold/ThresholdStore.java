package uk.frontdoor.threshold;

import static uk.frontdoor.clock.StoredTime.utc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The threshold_decision table, and the facts about the contact the threshold step reads. */
@Repository
class ThresholdStore {

  private final JdbcClient jdbc;

  ThresholdStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The latest threshold decision for one child of a contact. */
  record ThresholdRow(UUID id, List<String> indicators, boolean significantHarm, String proposedPathway,
      String chosenPathway) {
  }

  void insertIndicators(UUID contactId, UUID childId, List<String> indicators, boolean significantHarm,
      String note, String by, Instant at) {
    jdbc.sql("""
        insert into threshold_decision (id, contact_id, child_id, indicators, significant_harm, threshold_note,
          indicators_by, indicators_at)
        values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(UUID.randomUUID(), contactId, childId, String.join(",", indicators), significantHarm, note, by,
            utc(at))
        .update();
  }

  Optional<ThresholdRow> latest(UUID contactId, UUID childId) {
    return jdbc.sql("""
        select id, indicators, significant_harm, proposed_pathway, chosen_pathway from threshold_decision
        where contact_id = ? and child_id = ? order by indicators_at desc, decided_at desc limit 1""")
        .params(contactId, childId)
        .query((rs, n) -> new ThresholdRow(rs.getObject(1, UUID.class), codes(rs.getString(2)), rs.getBoolean(3),
            rs.getString(4), rs.getString(5)))
        .optional();
  }

  void propose(UUID id, int level, String levelReason, String pathway, String pathwayReason) {
    jdbc.sql("""
        update threshold_decision set proposed_level = ?, level_reason = ?, proposed_pathway = ?, pathway_reason = ?
        where id = ?""")
        .params(level, levelReason, pathway, pathwayReason, id).update();
  }

  void decide(UUID id, String chosenPathway, String departureReason, String by, Instant at) {
    jdbc.sql("""
        update threshold_decision set chosen_pathway = ?, departure_reason = ?, decided_by = ?, decided_at = ?
        where id = ?""")
        .params(chosenPathway, departureReason, by, utc(at), id).update();
  }

  /**
   * Whether the family consented: the latest consent decision of the contact was consent given, or
   * its lawful basis is consent.
   */
  boolean consentGiven(UUID contactId) {
    return jdbc.sql("""
        select status, lawful_basis from consent_decision where contact_id = ? order by decided_at desc limit 1""")
        .param(contactId)
        .query((rs, n) -> "given".equals(rs.getString(1)) || "consent".equals(rs.getString(2)))
        .optional().orElse(false);
  }

  record ChildFacts(String name, LocalDate dateOfBirth, LocalDate expectedDate, Integer estimatedAgeYears) {
  }

  ChildFacts child(UUID childId) {
    return jdbc.sql("""
        select first_name || ' ' || last_name, date_of_birth, expected_date, estimated_age_years from child
        where id = ?""")
        .param(childId)
        .query((rs, n) -> new ChildFacts(rs.getString(1), rs.getObject(2, LocalDate.class),
            rs.getObject(3, LocalDate.class), (Integer) rs.getObject(4)))
        .single();
  }

  Optional<String> historySummary(UUID contactId, UUID childId) {
    return jdbc.sql("select summary from history_finding where contact_id = ? and child_id = ?")
        .params(contactId, childId).query(String.class).optional();
  }

  private static List<String> codes(String joined) {
    return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
  }
}
