package uk.frontdoor.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.frontdoor.clock.WorkingCalendar;
import uk.frontdoor.measures.Journeys.Journey;
import uk.frontdoor.measures.MeasuresReport.AuditGradeCount;
import uk.frontdoor.measures.MeasuresReport.LanguageRefusal;
import uk.frontdoor.measures.MeasuresReport.LevelCount;
import uk.frontdoor.measures.MeasuresReport.OutcomeCount;
import uk.frontdoor.support.ServiceTest;

/**
 * Every measure over a hand-built January 2003 (no other test writes that month; January is GMT,
 * so London times are UTC). Two teams: A (two contacts) and B (two contacts), one contact not yet
 * decided, one received in February. The right answers are worked out beside each assertion.
 */
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeasuresTest {

  static final LocalDate FROM = LocalDate.of(2003, 1, 1);
  static final LocalDate TO = LocalDate.of(2003, 1, 31);

  @Autowired
  JdbcClient jdbc;
  @Autowired
  Measures measures;
  @Autowired
  WorkingCalendar calendar;

  String teamA;
  String teamB;
  Journeys rows;

  static Instant at(String text) {
    return Instant.parse(text);
  }

  @BeforeAll
  void journeys() {
    rows = new Journeys(jdbc);
    teamA = "mgrA" + UUID.randomUUID().toString().substring(0, 8);
    teamB = "mgrB" + UUID.randomUUID().toString().substring(0, 8);
    jdbc.sql("delete from language_finding where found_at >= ? and found_at < ?")
        .params(at("2003-01-01T00:00:00Z").atOffset(java.time.ZoneOffset.UTC),
            at("2003-03-01T00:00:00Z").atOffset(java.time.ZoneOffset.UTC)).update();

    // J1, team A: Monday 6 January 09:00, due 17:00, approved 13:00 (4 working hours)
    Journey j1 = rows.contact(at("2003-01-06T09:00:00Z"), at("2003-01-06T17:00:00Z"));
    UUID sibling = rows.addChild(j1, false);
    rows.oversight(j1, true, teamA, at("2003-01-06T13:00:00Z"))
        .outcome(j1, j1.childId(), "children-and-families-assessment", true, false)
        .history(j1, j1.childId(), true).checks(j1, Journeys.AGENCIES)
        .consent(j1, "given", null, false, at("2003-01-06T10:00:00Z"))
        .threshold(j1, j1.childId(), 3, "children-and-families-assessment", "children-and-families-assessment",
            at("2003-01-06T11:00:00Z"))
        .allocation(j1, j1.childId(), "routed").allocation(j1, sibling, "sibling");

    // J2, team A: Tuesday 7 January 10:00, due 12:00, sent back 11:00, approved Wednesday 11:00
    // (7 hours on Tuesday + 2 on Wednesday = 9 working hours: late, and over a working day)
    Journey j2 = rows.contact(at("2003-01-07T10:00:00Z"), at("2003-01-07T12:00:00Z"));
    rows.oversight(j2, false, teamA, at("2003-01-07T11:00:00Z"))
        .oversight(j2, true, teamA, at("2003-01-08T11:00:00Z"))
        .outcome(j2, j2.childId(), "no-further-action", false, true)
        .history(j2, j2.childId(), false)
        .consent(j2, "given", null, false, at("2003-01-07T10:10:00Z"))
        .consent(j2, "refused", "respect-refusal", true, at("2003-01-07T10:30:00Z"))
        .threshold(j2, j2.childId(), 1, "no-further-action", "information-and-advice", at("2003-01-07T10:40:00Z"));

    // J3, team B: Thursday 9 January 16:00, approved Friday 16:00 (1 + 7 = 8 hours: within a working day)
    Journey j3 = rows.contact(at("2003-01-09T16:00:00Z"), at("2003-01-13T17:00:00Z"));
    rows.oversight(j3, true, teamB, at("2003-01-10T16:00:00Z"))
        .outcome(j3, j3.childId(), "brief-intervention-team", false, false)
        .history(j3, j3.childId(), true).checks(j3, Journeys.AGENCIES)
        .consent(j3, "refused", "proceed-without-consent", false, at("2003-01-10T09:00:00Z"))
        .threshold(j3, j3.childId(), 2, "brief-intervention-team", "brief-intervention-team", at("2003-01-10T10:00:00Z"));

    // J4, team B: Monday 13 January 09:00, due 10:00, approved 09:30 (half an hour); two children,
    // the police check only; the second child's earlier threshold decision was superseded
    Journey j4 = rows.contact(at("2003-01-13T09:00:00Z"), at("2003-01-13T10:00:00Z"));
    UUID second = rows.addChild(j4, true);
    rows.oversight(j4, true, teamB, at("2003-01-13T09:30:00Z"))
        .outcome(j4, j4.childId(), "brief-intervention-team", false, false)
        .outcome(j4, second, "strategy-discussion", true, false)
        .history(j4, j4.childId(), true).history(j4, second, false)
        .checks(j4, List.of("police"))
        .consent(j4, "not-sought", null, false, at("2003-01-13T09:05:00Z"))
        .threshold(j4, j4.childId(), 2, "brief-intervention-team", "brief-intervention-team", at("2003-01-13T09:10:00Z"))
        .threshold(j4, second, 4, "strategy-discussion", "early-help", at("2003-01-13T09:11:00Z"))
        .threshold(j4, second, 4, "strategy-discussion", "strategy-discussion", at("2003-01-13T09:20:00Z"))
        .allocation(j4, second, "routed");

    // J5: Tuesday 14 January, not decided yet; consent given
    Journey j5 = rows.contact(at("2003-01-14T09:00:00Z"), at("2003-01-14T17:00:00Z"));
    rows.consent(j5, "given", null, false, at("2003-01-14T09:30:00Z"));

    // J6, team A, received in February: outside the period
    Journey j6 = rows.contact(at("2003-02-03T09:00:00Z"), at("2003-02-03T17:00:00Z"));
    rows.oversight(j6, true, teamA, at("2003-02-03T10:00:00Z")).outcome(j6, j6.childId(), "no-further-action", false, true);

    // audits: J1 all good (January), J3 inadequate but timeliness good (January), J2 outstanding (February)
    rows.completedAudit(j1, teamA, at("2003-01-20T10:00:00Z"), "good", "good");
    rows.completedAudit(j3, teamB, at("2003-01-21T10:00:00Z"), "inadequate", "good");
    rows.completedAudit(j2, teamA, at("2003-02-05T10:00:00Z"), "outstanding", "outstanding");

    // language: DA refused twice by practitioners, SW once by managers; a warning and a February refusal not counted
    rows.languageFinding("DA", "crs-practitioners", true, at("2003-01-08T10:00:00Z"));
    rows.languageFinding("DA", "crs-practitioners", true, at("2003-01-09T10:00:00Z"));
    rows.languageFinding("SW", "crs-managers", true, at("2003-01-09T11:00:00Z"));
    rows.languageFinding("DA", "crs-practitioners", false, at("2003-01-09T12:00:00Z"));
    rows.languageFinding("LAC", "crs-managers", true, at("2003-02-09T12:00:00Z"));
  }

  @Test
  void everyMeasureForTheWholeService() {
    MeasuresReport m = measures.compute(FROM, TO, null);

    assertThat(m.contacts().received()).as("J1 to J5; J6 came in February").isEqualTo(5);

    // decided J1 to J4; within the urgency's time: J1, J3, J4 (J2 was approved after its due time)
    assertThat(m.decisions().decided()).isEqualTo(4);
    assertThat(m.decisions().withinTimescale()).isEqualTo(3);
    assertThat(m.decisions().withinTimescaleShare()).isEqualTo(0.75);
    // working hours 4, 9, 8, 0.5: within one working day (8 hours) J1, J3, J4
    assertThat(calendar.workingTimeBetween(at("2003-01-07T10:00:00Z"), at("2003-01-08T11:00:00Z")))
        .isEqualTo(Duration.ofHours(9));
    assertThat(m.decisions().withinOneWorkingDay()).isEqualTo(3);
    assertThat(m.decisions().withinOneWorkingDayShare()).isEqualTo(0.75);
    // sorted 0.5, 4, 8, 9: median (4 + 8) / 2 = 6; 90th percentile rank ceil(3.6) = 4 → 9
    assertThat(m.decisions().medianWorkingHours()).isEqualTo(6.0);
    assertThat(m.decisions().percentile90WorkingHours()).isEqualTo(9.0);

    // children referred: J1's child (re-referral) and J4's second child (not): rate 1 / 2
    assertThat(m.reReferrals().referrals()).isEqualTo(2);
    assertThat(m.reReferrals().reReferrals()).isEqualTo(1);
    assertThat(m.reReferrals().reReferralRate()).isEqualTo(0.5);
    // contacts with a re-referred child: J1, J3 (every agency checked), J4 (police only)
    assertThat(m.reReferrals().reReferralContacts()).isEqualTo(3);
    assertThat(m.reReferrals().withFullPartnerChecks()).isEqualTo(2);
    assertThat(m.reReferrals().withoutFullPartnerChecks()).isEqualTo(1);

    // latest consent: J1 given, J2 refused and respected (after an earlier "given"), J3 overridden, J4 not sought, J5 given
    assertThat(m.consent()).isEqualTo(new MeasuresReport.Consent(2, 1, 1, 1));
    assertThat(m.consentRefusedOutcomes()).containsExactly(new OutcomeCount("no-further-action", 1));

    // Brief Intervention Team: J3's child and J4's first child; J4 came without every partner check
    assertThat(m.briefIntervention()).isEqualTo(new MeasuresReport.BriefIntervention(2, 2, 1, 1));

    // latest threshold per child: levels 3, 1, 2, 2, 4; the one departure is J2 (no further action → advice)
    assertThat(m.thresholdLevels()).containsExactly(new LevelCount(1, 1), new LevelCount(2, 2), new LevelCount(3, 1),
        new LevelCount(4, 1));
    assertThat(m.departures()).isEqualTo(new MeasuresReport.Departures(5, 1, 0.2));
    assertThat(m.outcomes()).containsExactly(new OutcomeCount("brief-intervention-team", 2),
        new OutcomeCount("children-and-families-assessment", 1), new OutcomeCount("no-further-action", 1),
        new OutcomeCount("strategy-discussion", 1));
    assertThat(m.siblingAllocations()).isEqualTo(new MeasuresReport.Allocations(2, 1));

    // oversight records: J1 1, J2 2 (one send-back), J3 1, J4 1 → 1 of 5
    assertThat(m.oversight()).isEqualTo(new MeasuresReport.Oversight(5, 1, 0.2));

    // January audits: 6 themes × (good, inadequate) + timeliness good twice; the February audit not counted
    assertThat(m.auditGrades()).hasSize(13)
        .contains(new AuditGradeCount("2003-01", "overall", "good", 1),
            new AuditGradeCount("2003-01", "overall", "inadequate", 1),
            new AuditGradeCount("2003-01", "timeliness", "good", 2))
        .noneMatch(row -> row.grade().equals("outstanding"));

    assertThat(m.languageRefusals()).containsExactly(new LanguageRefusal("DA", "crs-practitioners", 2),
        new LanguageRefusal("SW", "crs-managers", 1));
  }

  @Test
  void oneTeamCountsOnlyTheContactsItsManagerApproved() {
    MeasuresReport a = measures.compute(FROM, TO, teamA);

    assertThat(a.contacts().received()).as("J1 and J2").isEqualTo(2);
    assertThat(a.decisions().decided()).isEqualTo(2);
    assertThat(a.decisions().withinTimescale()).isEqualTo(1);
    // 4 and 9 hours: median 6.5, 90th percentile rank ceil(1.8) = 2 → 9
    assertThat(a.decisions().medianWorkingHours()).isEqualTo(6.5);
    assertThat(a.decisions().percentile90WorkingHours()).isEqualTo(9.0);
    assertThat(a.oversight()).isEqualTo(new MeasuresReport.Oversight(3, 1, 0.3333));
    assertThat(a.briefIntervention().children()).isZero();
    assertThat(a.auditGrades()).extracting(AuditGradeCount::grade).containsOnly("good");

    MeasuresReport b = measures.compute(FROM, TO, teamB);
    assertThat(b.contacts().received()).as("J3 and J4").isEqualTo(2);
    assertThat(b.decisions().withinOneWorkingDay()).isEqualTo(2);
    assertThat(b.briefIntervention()).isEqualTo(new MeasuresReport.BriefIntervention(2, 2, 1, 1));
  }

  @Test
  void anEmptyPeriodHasNoSharesRatherThanDividingByZero() {
    MeasuresReport m = measures.compute(LocalDate.of(1990, 6, 1), LocalDate.of(1990, 6, 30), null);

    assertThat(m.contacts().received()).isZero();
    assertThat(m.decisions().withinTimescaleShare()).isNull();
    assertThat(m.decisions().medianWorkingHours()).isNull();
    assertThat(m.reReferrals().reReferralRate()).isNull();
    assertThat(m.outcomes()).isEmpty();
  }
}
