package uk.frontdoor.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.frontdoor.child.Address;
import uk.frontdoor.contact.ContactIntake;
import uk.frontdoor.contact.RecordedContact;
import uk.frontdoor.journey.ChildJourneyProcess;
import uk.frontdoor.journey.ChildJourneyProcess.Var;
import uk.frontdoor.journeysupport.TestContacts;
import uk.frontdoor.support.ServiceTest;

/** The history check against hand-built earlier records: re-referral window, siblings, open cases. */
@ServiceTest
class CheckHistoryTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired ContactIntake intake;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void init() {
    AbstractAssertions.init(processEngine);
  }

  @Test
  void aReferralElevenMonthsAgoMakesARereferralAndTheSummarySaysWhatIsOpenAndWhoLivesThere() {
    Family family = familyWithReferral(11);

    Map<String, Object> finding = finding(family.second(), family.amira());
    assertThat(finding).containsEntry("KNOWN", true).containsEntry("RE_REFERRAL", true)
        .containsEntry("PREVIOUS_CONTACTS", 1).containsEntry("PREVIOUS_REFERRALS", 1)
        .containsEntry("OPEN_CASES", "child-protection-plan");
    assertThat((String) finding.get("SIBLINGS")).isEqualTo("Yusuf " + family.surname() + " (4)");
    String summary = (String) finding.get("SUMMARY");
    assertThat(summary).startsWith("Amira " + family.surname() + " (7) is known: 1 earlier contact, 1 earlier referral")
        .contains("(a re-referral)").contains("Open: child protection plan.")
        .endsWith("Brothers and sisters at this address: Yusuf " + family.surname() + " (4).")
        .doesNotContain("CP").doesNotContain("CIN");
    assertThat(runtimeService.getVariable(family.second().processInstanceId(), Var.RE_REFERRAL)).isEqualTo(true);
    assertThat((String) runtimeService.getVariable(family.second().processInstanceId(), CheckHistory.HISTORY_SUMMARY))
        .isEqualTo(summary);
  }

  @Test
  void aReferralThirteenMonthsAgoIsCountedButIsNotARereferral() {
    Family family = familyWithReferral(13);

    Map<String, Object> finding = finding(family.second(), family.amira());
    assertThat(finding).containsEntry("KNOWN", true).containsEntry("RE_REFERRAL", false)
        .containsEntry("PREVIOUS_REFERRALS", 1);
    assertThat((String) finding.get("SUMMARY")).doesNotContain("re-referral");
    assertThat(runtimeService.getVariable(family.second().processInstanceId(), Var.RE_REFERRAL)).isEqualTo(false);
  }

  @Test
  void aChildNewToTheServiceIsNotKnownAndEveryChildOfTheContactGetsAFinding() {
    String surname = TestContacts.uniqueSurname("Novak");
    RecordedContact contact = TestContacts.recorded(intake, managementService, TestContacts.contact(null, "school", TestContacts.uniqueAddress(),
        List.of(TestContacts.child("Lena", surname, LocalDate.now(LONDON).minusYears(9)),
            TestContacts.child("Ivo", surname, LocalDate.now(LONDON).minusYears(2))), List.of()));

    assertThat(count(contact)).isEqualTo(2);
    Map<String, Object> lena = finding(contact, contact.children().get(0).childId());
    assertThat(lena).containsEntry("KNOWN", false).containsEntry("PREVIOUS_CONTACTS", 0)
        .containsEntry("RE_REFERRAL", false);
    assertThat((String) lena.get("SUMMARY")).startsWith("Lena " + surname + " (9) is not known to the service.")
        .contains("Brothers and sisters at this address: Ivo " + surname + " (2).");
    assertThat(runtimeService.getVariable(contact.processInstanceId(), Var.RE_REFERRAL)).isEqualTo(false);
  }

  @Test
  void runningTheCheckAgainReplacesItsFindings() {
    Family family = familyWithReferral(11);

    runtimeService.createProcessInstanceByKey(ChildJourneyProcess.KEY)
        .startBeforeActivity(ChildJourneyProcess.Element.CHECK_HISTORY)
        .setVariable(Var.CONTACT_ID, family.second().contactId().toString())
        .execute();

    assertThat(count(family.second())).isEqualTo(1);
  }

  /** Amira and Yusuf named in a first contact; a referral for Amira decided some months before the second. */
  private Family familyWithReferral(int monthsBefore) {
    String surname = TestContacts.uniqueSurname("Khan");
    Address address = TestContacts.uniqueAddress();
    OffsetDateTime secondReceived = OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).truncatedTo(ChronoUnit.SECONDS);
    OffsetDateTime referralDecided = secondReceived.atZoneSameInstant(LONDON).minusMonths(monthsBefore)
        .toOffsetDateTime();
    LocalDate today = secondReceived.atZoneSameInstant(LONDON).toLocalDate();
    RecordedContact first = TestContacts.recorded(intake, managementService, TestContacts.contact(referralDecided.minusDays(2), "police", address,
        List.of(TestContacts.child("Amira", surname, today.minusYears(7).minusDays(10)),
            TestContacts.child("Yusuf", surname, today.minusYears(4).minusDays(10))), List.of("neglect")));
    UUID amira = first.children().get(0).childId();
    jdbc.sql("""
        insert into child_outcome (contact_id, child_id, outcome, referral, consent_refused, decided_at)
        values (?, ?, 'children-and-families-assessment', true, false, ?)""")
        .params(first.contactId(), amira, referralDecided).update();
    jdbc.sql("insert into social_care_case (id, child_id, kind, opened_on) values (?, ?, 'child-protection-plan', ?)")
        .params(UUID.randomUUID(), amira, today.minusMonths(6)).update();
    RecordedContact second = TestContacts.recorded(intake, managementService, TestContacts.contact(secondReceived, "school", address,
        List.of(TestContacts.known(amira, "Amira", surname)), List.of()));
    return new Family(surname, amira, second);
  }

  private Map<String, Object> finding(RecordedContact contact, UUID childId) {
    return jdbc.sql("select * from history_finding where contact_id = ? and child_id = ?")
        .params(contact.contactId(), childId).query().singleRow();
  }

  private int count(RecordedContact contact) {
    return jdbc.sql("select count(*) from history_finding where contact_id = ?").param(contact.contactId())
        .query(Integer.class).single();
  }

  private record Family(String surname, UUID amira, RecordedContact second) {
  }

}
