package uk.frontdoor.record;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hand-inserted rows for one household, as the journey's steps write them: Amira and her brother
 * Sam (two contacts: a referral in March, then a repeat referral in November with a send-back, an
 * escalation, a manager overriding a refusal of consent, and both children allocated for an
 * assessment); Noah, with only a health check; Bea, routed to the brief intervention team.
 * Fresh ids and references each run, so the shared test database is never assumed empty.
 */
final class JourneyFixture {

  static final String CONCERNS = "Amira told her teacher there is DV at home and she is scared at night.";
  static final String HEALTH_FINDINGS = "Missed two appointments with the health visitor in October.";
  static final String POLICE_FINDINGS = "Police were called to the address twice in October.";
  static final String SEND_BACK = "Please record what Amira said to her teacher and check Sam's school.";
  static final String OVERSIGHT_RISKS = "An adult at home frightens the children";
  static final String DEPARTURE = "Both children are scared at night; an assessment is needed rather than early help.";
  static final String OVERRIDE = "Seeking consent would put Amira at risk of significant harm from the adult named.";
  static final String ESCALATION_NOTE = "Rang the police team leader; they will answer by noon.";

  final UUID household = UUID.randomUUID();
  final UUID amira = UUID.randomUUID();
  final UUID sam = UUID.randomUUID();
  final UUID noah = UUID.randomUUID();
  final UUID bea = UUID.randomUUID();
  final UUID march = UUID.randomUUID();
  final UUID november = UUID.randomUUID();
  final UUID noahContact = UUID.randomUUID();
  final UUID beaContact = UUID.randomUUID();
  final String tag = UUID.randomUUID().toString().substring(0, 8);

  private final JdbcClient jdbc;

  JourneyFixture(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  static OffsetDateTime at(String isoLocal) {
    return OffsetDateTime.parse(isoLocal + "Z").withOffsetSameInstant(ZoneOffset.UTC);
  }

  JourneyFixture insert() {
    jdbc.sql("insert into household (id, address_line1, town, postcode, address_key, created_at) values (?,?,?,?,?,?)")
        .params(household, "12 Elm Road", "Exampleton", "EX1 2AB", "ELMROAD" + tag, at("2025-01-01T09:00:00")).update();
    child(amira, "Amira", "Khan" + tag, LocalDate.of(2016, 5, 4));
    child(sam, "Sam", "Khan" + tag, LocalDate.of(2019, 8, 1));
    child(noah, "Noah", "Brown" + tag, LocalDate.of(2015, 2, 2));
    child(bea, "Bea", "Green" + tag, LocalDate.of(2018, 3, 3));

    contact(march, "M", at("2025-03-03T10:00:00"), "Worried about Amira's attendance.", amira, sam);
    jdbc.sql("insert into child_outcome (contact_id, child_id, outcome, referral, consent_refused, decided_at) values (?,?,?,?,?,?)")
        .params(march, amira, "children-and-families-assessment", true, false, at("2025-03-04T12:00:00")).update();

    contact(november, "N", at("2025-11-24T09:15:00"), CONCERNS, amira, sam);
    jdbc.sql("insert into history_finding (contact_id, child_id, known, open_cases, previous_contacts, previous_referrals, last_referral_at, re_referral, siblings, summary, checked_at) values (?,?,?,?,?,?,?,?,?,?,?)")
        .params(november, amira, true, null, 1, 1, at("2025-03-04T12:00:00"), true, "Sam", "Known: one referral in March.",
            at("2025-11-24T09:16:00")).update();
    jdbc.sql("insert into urgency_rating (id, contact_id, rag, reason, proposed, decision_due_at, decided_by, decided_at) values (?,?,?,?,?,?,?,?)")
        .params(UUID.randomUUID(), november, "amber", "Proposed by the urgency table", true, at("2025-11-25T09:15:00"),
            null, at("2025-11-24T09:17:00")).update();
    jdbc.sql("insert into urgency_rating (id, contact_id, rag, reason, proposed, decision_due_at, decided_by, decided_at) values (?,?,?,?,?,?,?,?)")
        .params(UUID.randomUUID(), november, "red", "Amira is scared at night: this cannot wait a day.", false,
            at("2025-11-24T13:15:00"), "practitioner", at("2025-11-24T09:30:00")).update();
    jdbc.sql("insert into screening_decision (id, contact_id, decision, rationale, re_referral, decided_by, decided_at) values (?,?,?,?,?,?,?)")
        .params(UUID.randomUUID(), november, "mash-checks", "Repeat referral: every partner agency must be asked.", true,
            "practitioner", at("2025-11-24T09:45:00")).update();
    consent(at("2025-11-24T10:00:00"), "refused", "consent", null, null, false, "practitioner", "crs-practitioners",
        "Mother refused on the telephone.");
    consent(at("2025-11-24T10:20:00"), "refused", "public-task", "significant-harm", "override", false, "manager",
        "crs-managers", OVERRIDE);
    check("police", false, "known", POLICE_FINDINGS, "police", at("2025-11-24T12:40:00"));
    check("health", false, "known", HEALTH_FINDINGS, "health", at("2025-11-24T11:00:00"));
    check("social-care", true, "not-known", "No record of either child.", null, at("2025-11-24T10:30:00"));
    jdbc.sql("insert into escalation (id, contact_id, kind, agency, action, note, recorded_by, recorded_at) values (?,?,?,?,?,?,?,?)")
        .params(UUID.randomUUID(), november, "agency-check", "police", "chased", ESCALATION_NOTE, "manager",
            at("2025-11-24T12:00:00")).update();
    jdbc.sql("""
        insert into threshold_decision (id, contact_id, child_id, indicators, significant_harm, proposed_level, level_reason,
          proposed_pathway, pathway_reason, chosen_pathway, departure_reason, indicators_by, indicators_at, decided_by,
          decided_at) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""")
        .params(UUID.randomUUID(), november, amira, "persistent-neglect,unexplained-injury", false, 3,
            "Needs at level 3 in two areas", "early-help", "Level 3 without significant harm", "children-and-families-assessment",
            DEPARTURE, "practitioner", at("2025-11-24T13:00:00"), "practitioner", at("2025-11-24T13:05:00")).update();
    oversight(false, null, SEND_BACK, at("2025-11-24T13:10:00"));
    oversight(true, "I agree: both children need an assessment of their own.", null, at("2025-11-24T13:14:00"));
    jdbc.sql("insert into child_outcome (contact_id, child_id, outcome, referral, consent_refused, decided_at) values (?,?,?,?,?,?)")
        .params(november, amira, "children-and-families-assessment", true, false, at("2025-11-24T13:14:30")).update();
    jdbc.sql("insert into child_outcome (contact_id, child_id, outcome, referral, consent_refused, decided_at) values (?,?,?,?,?,?)")
        .params(november, sam, "children-and-families-assessment", true, false, at("2025-11-24T13:14:30")).update();
    allocation(amira, "routed");
    allocation(sam, "sibling");
    jdbc.sql("insert into follow_on (id, contact_id, child_id, kind, result, note, recorded_by, recorded_at) values (?,?,?,?,?,?,?,?)")
        .params(UUID.randomUUID(), november, null, "referrer-told", "told", "Told the teacher by telephone.",
            "practitioner", at("2025-11-24T15:00:00")).update();
    jdbc.sql("update contact set closed_at = ?, rag = 'red' where id = ?").params(at("2025-11-24T15:00:00"), november)
        .update();

    contact(noahContact, "O", at("2025-11-20T09:00:00"), "Noah seemed hungry at school.", noah);
    jdbc.sql("insert into mash_check (id, contact_id, agency, automatic, outcome, findings, recorded_by, recorded_at) values (?,?,?,?,?,?,?,?)")
        .params(UUID.randomUUID(), noahContact, "health", false, "not-known", "Nothing recorded.", "health",
            at("2025-11-20T11:00:00")).update();

    contact(beaContact, "B", at("2025-11-21T09:00:00"), "Bea's mother asked for help with routines.", bea);
    jdbc.sql("insert into child_outcome (contact_id, child_id, outcome, referral, consent_refused, decided_at) values (?,?,?,?,?,?)")
        .params(beaContact, bea, RecordAccessPolicy.BRIEF_INTERVENTION_OUTCOME, false, false, at("2025-11-21T15:00:00"))
        .update();
    return this;
  }

  private void child(UUID id, String first, String last, LocalDate born) {
    jdbc.sql("""
        insert into child (id, first_name, last_name, name_key, date_of_birth, household_id, created_at)
        values (?,?,?,?,?,?,?)""")
        .params(id, first, last, (first + "|" + last).toLowerCase(), born, household, at("2025-01-01T09:00:00")).update();
  }

  private void contact(UUID id, String letter, OffsetDateTime received, String concerns, UUID... children) {
    jdbc.sql("""
        insert into contact (id, reference, request_hash, received_at, recorded_at, recorded_by, source, referrer_name,
          referrer_organisation, household_id, concerns, referrer_consent)
        values (?,?,?,?,?,?,?,?,?,?,?,?)""")
        .params(id, "T" + letter + tag, "x", received, received, "practitioner", "school", "Ms Jones",
            "Elm Primary School", household, concerns, "not-asked").update();
    for (int i = 0; i < children.length; i++) {
      jdbc.sql("insert into contact_child (contact_id, child_id, position) values (?,?,?)").params(id, children[i], i).update();
    }
  }

  private void consent(OffsetDateTime at, String status, String basis, String grounds, String managerDecision,
      boolean respected, String by, String role, String rationale) {
    jdbc.sql("""
        insert into consent_decision (id, contact_id, status, given_by, lawful_basis, grounds, significant_harm_concern,
          manager_decision, refusal_respected, rationale, decided_by, decided_by_role, decided_at)
        values (?,?,?,?,?,?,?,?,?,?,?,?,?)""")
        .params(UUID.randomUUID(), november, status, "mother", basis, grounds, grounds != null, managerDecision,
            respected, rationale, by, role, at).update();
  }

  private void check(String agency, boolean automatic, String outcome, String findings, String by, OffsetDateTime at) {
    jdbc.sql("insert into mash_check (id, contact_id, agency, automatic, outcome, findings, recorded_by, recorded_at) values (?,?,?,?,?,?,?,?)")
        .params(UUID.randomUUID(), november, agency, automatic, outcome, findings, by, at).update();
  }

  /** As the oversight recorder writes it: the record, then each child's proforma and the next steps. */
  private void oversight(boolean approved, String rationale, String sendBack, OffsetDateTime at) {
    UUID id = UUID.randomUUID();
    jdbc.sql("""
        insert into oversight_record (id, contact_id, decision_step, approved, threshold_summary, rationale,
          send_back_reason, manager, manager_name, signed_at, decision_words) values (?,?,?,?,?,?,?,?,?,?,?)""")
        .params(id, november, "threshold", approved, approved ? "Level 3 needs in two areas" : null, rationale,
            sendBack, "manager", "Morgan Hughes", at, approved ? "an assessment" : null).update();
    if (!approved) {
      return;
    }
    int position = 0;
    for (UUID child : List.of(amira, sam)) {
      OffsetDateTime written = at.minusMinutes(child == amira ? 2 : 1);
      jdbc.sql("""
          insert into oversight_child (oversight_id, child_id, position, proposed_level, level, indicators, pathway,
            risks, strengths, analysis, childs_voice, written_by, written_by_name, written_at)
          values (?,?,?,?,?,?,?,?,?,?,?,?,?,?)""")
          .params(id, child, position++, 3, 3, "Unexplained injury; persistent neglect",
              "children-and-families-assessment", child == amira ? OVERSIGHT_RISKS : "Sam sees what happens at night",
              "Amira talks to her teacher", "The fear at night is getting worse", "Amira says she is scared at night",
              "manager", "Morgan Hughes", written).update();
    }
    jdbc.sql("insert into oversight_next_step (oversight_id, position, action, owner, timescale) values (?,?,?,?,?)")
        .params(id, 0, "Allocate both children for an assessment", "Duty team manager", "Within 1 working day")
        .update();
  }

  private void allocation(UUID child, String reason) {
    jdbc.sql("insert into assessment_allocation (id, contact_id, child_id, reason, due_at, allocated_to, allocated_by, allocated_at) values (?,?,?,?,?,?,?,?)")
        .params(UUID.randomUUID(), november, child, reason, at("2026-01-27T17:00:00"), "Kim Taylor", "manager",
            at("2025-11-24T14:00:00")).update();
  }
}
