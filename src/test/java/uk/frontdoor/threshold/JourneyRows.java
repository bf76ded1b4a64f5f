package uk.frontdoor.threshold;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.frontdoor.mash.MashAgencies;
import uk.frontdoor.mash.MashChecks;
import uk.frontdoor.child.Address;
import uk.frontdoor.child.ChildDetails;
import uk.frontdoor.contact.ContactIntake;
import uk.frontdoor.contact.ContactRequest;
import uk.frontdoor.contact.RecordedContact;

/** Prepares the rows an earlier step would have written, so a test can start at its own step. */
public final class JourneyRows {

  private final ContactIntake intake;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final MashAgencies agencies;

  public JourneyRows(ContactIntake intake, JdbcClient jdbc, Clock clock, MashAgencies agencies) {
    this.agencies = agencies;
    this.intake = intake;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A unique address, so each test has a household of its own. */
  public static Address newAddress() {
    return new Address(Math.abs(UUID.randomUUID().getLeastSignificantBits() % 100000) + " "
        + UUID.randomUUID().toString().substring(0, 8) + " Road", null, "Exampletown", "EX1 2AB");
  }

  public static ChildDetails child(String firstName, int ageYears) {
    return new ChildDetails(firstName, "Test" + UUID.randomUUID().toString().substring(0, 6),
        LocalDate.now().minusYears(ageYears).minusDays(10), null, null, "not-known", null, null);
  }

  /** A contact recorded without starting its journey: the test starts the step it needs. */
  public RecordedContact contact(String source, Address address, List<ChildDetails> children) {
    boolean anonymous = "anonymous".equals(source);
    ContactRequest request = new ContactRequest(OffsetDateTime.now(clock).minusHours(2), source,
        anonymous ? null : new ContactRequest.Referrer("Pat Officer", "Police", "officer", "01234 567890", null),
        address, children, "The children were heard shouting late at night.", List.of(), "family-aware-and-agrees",
        null, null);
    return intake.recordForJourney(request, "test-" + UUID.randomUUID());
  }

  public void consent(UUID contactId, String status, boolean refusalRespected) {
    jdbc.sql("""
        insert into consent_decision (id, contact_id, status, lawful_basis, significant_harm_concern,
          refusal_respected, rationale, decided_by_role, decided_at)
        values (?, ?, ?, ?, false, ?, 'Spoke with the mother.', 'practitioner', ?)""")
        .params(UUID.randomUUID(), contactId, status, "given".equals(status) ? "consent" : null, refusalRespected,
            now())
        .update();
  }

  public void allPartnerChecks(UUID contactId) {
    List<String> all = new ArrayList<>(agencies.partnerAgencies());
    all.add(MashChecks.SOCIAL_CARE);
    all.add(MashChecks.EARLY_HELP);
    for (String agency : all) {
      jdbc.sql("""
          insert into mash_check (id, contact_id, agency, automatic, outcome, findings, recorded_at)
          values (?, ?, ?, false, 'not-known', 'Nothing recorded.', ?)""")
          .params(UUID.randomUUID(), contactId, agency, now()).update();
    }
  }

  public void oversight(UUID contactId, boolean approved) {
    jdbc.sql("""
        insert into oversight_record (id, contact_id, decision_step, approved, rationale, manager, signed_at)
        values (?, ?, 'threshold', ?, 'Agreed.', 'manager', ?)""")
        .params(UUID.randomUUID(), contactId, approved, now()).update();
  }

  public void screening(UUID contactId, String decision) {
    jdbc.sql("""
        insert into screening_decision (id, contact_id, decision, rationale, re_referral, decided_at)
        values (?, ?, ?, 'Read the contact.', false, ?)""")
        .params(UUID.randomUUID(), contactId, decision, now()).update();
  }

  public void pathway(UUID contactId, UUID childId, String chosen, boolean significantHarm) {
    jdbc.sql("""
        insert into threshold_decision (id, contact_id, child_id, indicators, significant_harm, proposed_pathway,
          chosen_pathway, indicators_at, decided_at)
        values (?, ?, ?, 'unexplained-injury', ?, ?, ?, ?, ?)""")
        .params(UUID.randomUUID(), contactId, childId, significantHarm, chosen, chosen, now(), now()).update();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }
}
