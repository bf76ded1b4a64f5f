package uk.frontdoor.measures;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hand-built journeys: the rows each step would have written, inserted directly, so a test knows
 * every right answer. Each contact has a household and children of its own.
 */
public final class Journeys {

  public static final List<String> AGENCIES = List.of("police", "health", "education", "probation", "housing");

  private final JdbcClient jdbc;

  public Journeys(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record Journey(UUID contactId, UUID householdId, UUID childId, String reference) {
  }

  /** A contact about one new child, received at {@code received}, its decision due at {@code due}. */
  public Journey contact(Instant received, Instant due) {
    UUID household = UUID.randomUUID();
    jdbc.sql("insert into household (id, address_line1, postcode, address_key, created_at) values (?, ?, ?, ?, ?)")
        .params(household, "1 Test Road", "EX1 2AB", "KEY" + household, utc(received)).update();
    UUID contact = UUID.randomUUID();
    String reference = "Q" + contact.toString().replace("-", "").substring(0, 12).toUpperCase();
    jdbc.sql("""
        insert into contact (id, reference, request_hash, received_at, recorded_at, source, household_id, concerns,
          referrer_consent, decision_due_at) values (?, ?, ?, ?, ?, 'police', ?, 'Concerns', 'family-aware-and-agrees', ?)""")
        .params(contact, reference, "hash" + contact, utc(received), utc(received), household,
            due == null ? null : utc(due))
        .update();
    UUID child = child(household);
    jdbc.sql("insert into contact_child (contact_id, child_id, position) values (?, ?, 0)").params(contact, child).update();
    return new Journey(contact, household, child, reference);
  }

  /** Another child of the journey's household, on the contact when {@code onContact}. */
  public UUID addChild(Journey journey, boolean onContact) {
    UUID child = child(journey.householdId());
    if (onContact) {
      jdbc.sql("insert into contact_child (contact_id, child_id, position) values (?, ?, 1)")
          .params(journey.contactId(), child).update();
    }
    return child;
  }

  private UUID child(UUID household) {
    UUID child = UUID.randomUUID();
    jdbc.sql("""
        insert into child (id, first_name, last_name, name_key, household_id, created_at)
        values (?, 'Sam', ?, ?, ?, ?)""")
        .params(child, "Test" + child.toString().substring(0, 6), "sam|" + child, household,
            utc(Instant.parse("2000-01-01T00:00:00Z")))
        .update();
    return child;
  }

  public Journeys recordedBy(Journey journey, String user) {
    jdbc.sql("update contact set recorded_by = ? where id = ?").params(user, journey.contactId()).update();
    return this;
  }

  public Journeys closed(Journey journey, Instant at) {
    jdbc.sql("update contact set closed_at = ? where id = ?").params(utc(at), journey.contactId()).update();
    return this;
  }

  public Journeys oversight(Journey journey, boolean approved, String manager, Instant signed) {
    jdbc.sql("""
        insert into oversight_record (id, contact_id, decision_step, approved, analysis, send_back_reason, manager, signed_at)
        values (?, ?, 'threshold', ?, ?, ?, ?, ?)""")
        .params(UUID.randomUUID(), journey.contactId(), approved,
            approved ? "The SW saw the child at home and the DA was discussed." : null,
            approved ? null : "Please add the child's own words.", manager, utc(signed))
        .update();
    return this;
  }

  public Journeys screening(Journey journey, String decidedBy, String rationale) {
    jdbc.sql("""
        insert into screening_decision (id, contact_id, decision, rationale, re_referral, decided_by, decided_at)
        values (?, ?, 'partner-checks', ?, false, ?, ?)""")
        .params(UUID.randomUUID(), journey.contactId(), rationale, decidedBy, utc(Instant.parse("2000-01-01T00:00:00Z")))
        .update();
    return this;
  }

  public Journeys outcome(Journey journey, UUID child, String outcome, boolean referral, boolean consentRefused) {
    jdbc.sql("""
        insert into child_outcome (contact_id, child_id, outcome, referral, consent_refused, decided_at)
        values (?, ?, ?, ?, ?, ?)""")
        .params(journey.contactId(), child, outcome, referral, consentRefused, utc(Instant.parse("2000-01-01T00:00:00Z")))
        .update();
    return this;
  }

  public Journeys history(Journey journey, UUID child, boolean reReferral) {
    jdbc.sql("""
        insert into history_finding (contact_id, child_id, known, previous_contacts, previous_referrals, re_referral,
          summary, checked_at) values (?, ?, true, 1, 1, ?, 'Known', ?)""")
        .params(journey.contactId(), child, reReferral, utc(Instant.parse("2000-01-01T00:00:00Z"))).update();
    return this;
  }

  public Journeys checks(Journey journey, List<String> agencies) {
    for (String agency : agencies) {
      jdbc.sql("""
          insert into mash_check (id, contact_id, agency, automatic, outcome, findings, recorded_at)
          values (?, ?, ?, false, 'not-known', 'Nothing known', ?)""")
          .params(UUID.randomUUID(), journey.contactId(), agency, utc(Instant.parse("2000-01-01T00:00:00Z"))).update();
    }
    return this;
  }

  public Journeys consent(Journey journey, String status, String managerDecision, boolean respected, Instant at) {
    jdbc.sql("""
        insert into consent_decision (id, contact_id, status, significant_harm_concern, manager_decision,
          refusal_respected, rationale, decided_by_role, decided_at)
        values (?, ?, ?, false, ?, ?, 'Spoke with the mother.', ?, ?)""")
        .params(UUID.randomUUID(), journey.contactId(), status, managerDecision, respected,
            managerDecision == null ? "practitioner" : "manager", utc(at))
        .update();
    return this;
  }

  public Journeys threshold(Journey journey, UUID child, Integer level, String proposed, String chosen, Instant at) {
    jdbc.sql("""
        insert into threshold_decision (id, contact_id, child_id, indicators, significant_harm, proposed_level,
          proposed_pathway, chosen_pathway, indicators_at, decided_at) values (?, ?, ?, '', false, ?, ?, ?, ?, ?)""")
        .params(UUID.randomUUID(), journey.contactId(), child, level, proposed, chosen, utc(at), utc(at)).update();
    return this;
  }

  public Journeys allocation(Journey journey, UUID child, String reason) {
    jdbc.sql("insert into assessment_allocation (id, contact_id, child_id, reason, due_at) values (?, ?, ?, ?, ?)")
        .params(UUID.randomUUID(), journey.contactId(), child, reason, utc(Instant.parse("2000-01-01T00:00:00Z")))
        .update();
    return this;
  }

  public void languageFinding(String term, String team, boolean refused, Instant at) {
    jdbc.sql("""
        insert into language_finding (id, found_at, term, kind, form, field, team, user_id, refused)
        values (?, ?, ?, 'acronym', 'screen-contact', 'rationale', ?, 'someone', ?)""")
        .params(UUID.randomUUID(), utc(at), term, team, refused).update();
  }

  /** A completed audit of the journey, every theme graded {@code grade} except those overridden. */
  public void completedAudit(Journey journey, String teamManager, Instant completed, String grade, String timeliness) {
    UUID sample = UUID.randomUUID();
    jdbc.sql("""
        insert into audit_sample (id, theme, period_from, period_to, seed, rule, per_manager, stratified, candidates,
          chosen, drawn_at) values (?, 'Test', ?, ?, 1, 'by hand', 2, false, 1, ?, ?)""")
        .params(sample, java.time.LocalDate.of(2000, 1, 1), java.time.LocalDate.of(2000, 1, 31),
            journey.contactId().toString(), utc(completed))
        .update();
    jdbc.sql("""
        insert into contact_audit (id, sample_id, contact_id, team_manager, stratum, moderation_selected, auditor,
          journey_clarity, threshold_application, management_oversight, consent_lawful_basis, timeliness,
          child_focused_language, overall, comments, completed_at, created_at)
        values (?, ?, ?, ?, 'other', false, 'auditor', ?, ?, ?, ?, ?, ?, ?, 'Comments', ?, ?)""")
        .params(UUID.randomUUID(), sample, journey.contactId(), teamManager, grade, grade, grade, grade, timeliness,
            grade, grade, utc(completed), utc(completed))
        .update();
  }

  private static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }
}
