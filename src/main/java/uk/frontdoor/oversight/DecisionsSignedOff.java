package uk.frontdoor.oversight;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.frontdoor.journey.ChildJourneyProcess.DecisionStep;
import uk.frontdoor.record.IndicatorDescriptions;
import uk.frontdoor.record.Words;

/**
 * Reads the decisions a manager signs off: the latest screening, consent and threshold records of
 * a contact, and who made them, so the proforma shows what is signed and the manager is never the
 * practitioner who decided.
 */
@Repository
class DecisionsSignedOff {

  private final JdbcClient jdbc;
  private final ManagerNames names;
  private final IndicatorDescriptions indicators;

  DecisionsSignedOff(JdbcClient jdbc, ManagerNames names, IndicatorDescriptions indicators) {
    this.jdbc = jdbc;
    this.names = names;
    this.indicators = indicators;
  }

  /** Everyone who made a practitioner's decision on the contact: screening, consent, threshold. */
  Set<String> practitionersWhoDecided(UUID contactId) {
    Set<String> people = new TreeSet<>();
    people.addAll(jdbc.sql("select decided_by from screening_decision where contact_id = ? and decided_by is not null")
        .param(contactId).query(String.class).list());
    // a manager's own consent decision is signed off by another manager too
    people.addAll(jdbc.sql("select decided_by from consent_decision where contact_id = ? and decided_by is not null")
        .param(contactId).query(String.class).list());
    people.addAll(jdbc.sql("select decided_by from threshold_decision where contact_id = ? and decided_by is not null")
        .param(contactId).query(String.class).list());
    people.addAll(jdbc.sql("select indicators_by from threshold_decision where contact_id = ? and indicators_by is not null")
        .param(contactId).query(String.class).list());
    return people;
  }

  /**
   * The decisions on the contact that this person made, in the journey's order, as a manager reads
   * them ("screening", "consent", "threshold"): what a four-eyes refusal names.
   */
  List<String> decisionsBy(UUID contactId, String person) {
    List<String> made = new ArrayList<>();
    if (exists("select count(*) from screening_decision where contact_id = ? and decided_by = ?", contactId, person)) {
      made.add("screening");
    }
    if (exists("select count(*) from consent_decision where contact_id = ? and decided_by = ?", contactId, person)) {
      made.add("consent");
    }
    if (exists("select count(*) from threshold_decision where contact_id = ? and (decided_by = ? or indicators_by = ?)",
        contactId, person, person)) {
      made.add("threshold");
    }
    return made;
  }

  private boolean exists(String countQuery, Object... params) {
    return jdbc.sql(countQuery).params(params).query(Long.class).single() > 0;
  }

  /** Each child of the contact, in the contact's order, with their latest threshold decision if any. */
  List<Proforma.ChildToSign> children(UUID contactId) {
    return jdbc.sql("""
            select c.id, c.first_name || ' ' || c.last_name, t.proposed_level, t.indicators, t.chosen_pathway
            from contact_child cc join child c on c.id = cc.child_id
            left join threshold_decision t on t.contact_id = cc.contact_id and t.child_id = cc.child_id
              and t.indicators_at = (select max(t2.indicators_at) from threshold_decision t2
                where t2.contact_id = cc.contact_id and t2.child_id = cc.child_id)
            where cc.contact_id = ? order by cc.position""")
        .param(contactId)
        .query((rs, n) -> new Proforma.ChildToSign(rs.getObject(1, UUID.class), rs.getString(2),
            (Integer) rs.getObject(3, Integer.class), rs.getString(4) == null ? null : described(rs.getString(4)),
            rs.getString(5)))
        .list();
  }

  /**
   * The decisions being signed off at the step: the screening decision, a respected refusal of
   * consent, or each child's chosen pathway.
   */
  List<SignedDecision> signedAt(UUID contactId, String step, List<Proforma.ChildToSign> children) {
    List<SignedDecision> signed = new ArrayList<>();
    switch (step) {
      case DecisionStep.SCREENING -> jdbc.sql("""
              select decision from screening_decision where contact_id = ? order by decided_at desc limit 1""")
          .param(contactId).query(String.class).optional().map(SignedDecision::ofCode).ifPresent(signed::add);
      case DecisionStep.CONSENT -> signed.add(SignedDecision.CONSENT_REFUSAL_RESPECTED);
      default -> children.stream().map(child -> SignedDecision.ofCode(child.pathway()))
          .filter(Objects::nonNull).distinct().forEach(signed::add);
    }
    return signed;
  }

  /** What is being signed off, in a few plain lines for the oversight form and the record. */
  String summary(UUID contactId) {
    List<String> lines = new ArrayList<>();
    jdbc.sql("""
            select decision, rationale, re_referral, decided_by from screening_decision
            where contact_id = ? order by decided_at desc limit 1""")
        .param(contactId)
        .query((rs, n) -> "Screening: " + words(rs.getString(1))
            + (rs.getBoolean(3) ? " (a re-referral)" : "") + ", decided by " + person(rs.getString(4))
            + ". Why: " + rs.getString(2))
        .optional().ifPresent(lines::add);
    jdbc.sql("""
            select status, lawful_basis, grounds, manager_decision, refusal_respected, voluntary_support,
              rationale, decided_by, decided_by_role
            from consent_decision where contact_id = ? order by decided_at desc limit 1""")
        .param(contactId)
        .query((rs, n) -> "Consent: " + words(rs.getString(1))
            + (rs.getString(4) == null ? "" : ", the manager's decision: " + words(rs.getString(4)))
            + (rs.getString(3) == null ? "" : " on the grounds: " + words(rs.getString(3)))
            + (rs.getBoolean(5) ? "; refusal respected, voluntary support offered: " + rs.getString(6) : "")
            + (rs.getString(2) == null ? "" : "; lawful basis: " + words(rs.getString(2)))
            + "; decided by " + person(rs.getString(8)) + " (" + Words.role(rs.getString(9)).toLowerCase(Locale.UK)
            + "). Why: " + rs.getString(7))
        .optional().ifPresent(lines::add);
    lines.addAll(partnerChecks(contactId));
    lines.addAll(thresholds(contactId));
    return lines.isEmpty() ? "No decision has been recorded for this contact yet." : String.join("\n\n", lines);
  }

  /** What each partner agency and the council's own records found. */
  private List<String> partnerChecks(UUID contactId) {
    return jdbc.sql("""
            select agency, outcome, findings, recorded_by, automatic from mash_check
            where contact_id = ? order by recorded_at""")
        .param(contactId)
        .query((rs, n) -> "Check of " + words(rs.getString(1)) + ": " + words(rs.getString(2))
            + (rs.getBoolean(5) ? " (checked automatically)" : ", recorded by " + person(rs.getString(4)))
            + ". Found: " + rs.getString(3))
        .list();
  }

  /** The latest threshold decision of each child of the contact. */
  private List<String> thresholds(UUID contactId) {
    return jdbc.sql("""
            select c.first_name || ' ' || c.last_name, t.proposed_level, t.indicators, t.significant_harm,
              t.proposed_pathway, t.chosen_pathway, t.departure_reason, t.indicators_by, t.decided_by
            from threshold_decision t join child c on c.id = t.child_id
            where t.contact_id = ? and t.indicators_at = (
              select max(t2.indicators_at) from threshold_decision t2
              where t2.contact_id = t.contact_id and t2.child_id = t.child_id)
            order by c.first_name, c.last_name""")
        .param(contactId)
        .query((rs, n) -> "Threshold for " + rs.getString(1) + ": level "
            + (rs.getObject(2) == null ? "not proposed" : rs.getInt(2))
            + "; indicators: " + (rs.getString(3).isBlank() ? "none" : described(rs.getString(3)))
            + (rs.getBoolean(4) ? "; reasonable cause to suspect significant harm" : "")
            + "; proposed pathway: " + words(rs.getString(5))
            + "; chosen pathway: " + words(rs.getString(6))
            + (rs.getString(7) == null ? "" : "; departs from the proposal because: " + Words.clause(rs.getString(7)))
            + "; indicators by " + person(rs.getString(8)) + ", pathway decided by " + person(rs.getString(9)))
        .list();
  }

  /** A code in the words of the record, to go on in a sentence: "no further action". */
  private static String words(String code) {
    String words = code == null ? "not recorded" : Words.plain(code);
    return Character.toLowerCase(words.charAt(0)) + words.substring(1);
  }

  /** Indicator codes as the Pathways Document describes them. */
  private String described(String codes) {
    return Arrays.stream(codes.split(",")).map(String::trim).filter(code -> !code.isEmpty())
        .map(indicators::describe).collect(Collectors.joining("; "));
  }

  /** A person by their full name, never their user id. */
  private String person(String userId) {
    return userId == null ? "the system" : names.fullName(userId);
  }
}
