package uk.frontdoor.threshold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.frontdoor.measures.Journeys;
import uk.frontdoor.measures.Journeys.Journey;
import uk.frontdoor.support.ServiceTest;
import uk.frontdoor.threshold.WhatIfReport.Child;

/**
 * The what-if over hand-built contacts closed in March 2004 (no other test closes one then). The changed Pathways
 * Document raises "school attendance concern" from level 2 to level 3; the answers are worked out beside each
 * child from the level and pathway tables.
 */
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PathwaysWhatIfTest {

  static final LocalDate FROM = LocalDate.of(2004, 3, 1);
  static final LocalDate TO = LocalDate.of(2004, 3, 31);
  static final Instant IN_MARCH = Instant.parse("2004-03-10T10:00:00Z");

  @Autowired JdbcClient jdbc;
  @Autowired PathwaysWhatIf whatIf;
  @Autowired RepositoryService repositoryService;

  byte[] changed;
  UUID raisedWithConsent;
  UUID raisedWithoutConsent;

  @BeforeAll
  void handBuiltJourneys() throws IOException {
    String dmn = Files.readString(Path.of("processes/pathways-threshold.dmn"), StandardCharsets.UTF_8);
    int rule = dmn.indexOf("<rule id=\"indicator-school-attendance-concern\">");
    int level = dmn.indexOf("<text>2</text>", rule);
    assertThat(rule).isPositive();
    assertThat(level).isBetween(rule, dmn.indexOf("</rule>", rule));
    changed = (dmn.substring(0, level) + "<text>3</text>" + dmn.substring(level + "<text>2</text>".length()))
        .getBytes(StandardCharsets.UTF_8);

    Journeys journeys = new Journeys(jdbc);
    // level 2 (highest 2, one domain) and early help with consent → level 3 and the Brief Intervention Team
    raisedWithConsent = child(journeys, "manager-a", List.of("school-attendance-concern"), false, "given",
        Instant.parse("2004-03-01T00:30:00Z"));
    // level 2 → 3, but without consent information and advice either way
    raisedWithoutConsent = child(journeys, "manager-a", List.of("school-attendance-concern"), false, "refused",
        Instant.parse("2004-03-31T22:59:00Z"));
    // an indicator the change does not touch: level 2, early help, both times
    child(journeys, "manager-b", List.of("missed-health-appointments"), false, "given", IN_MARCH);
    // significant harm: level 4 and a strategy discussion whatever the indicators
    child(journeys, "manager-b", List.of("school-attendance-concern"), true, "given", IN_MARCH);
    // closed on 1 April (London, BST from 28 March), and never closed: not in the period
    child(journeys, "manager-a", List.of("school-attendance-concern"), false, "given",
        Instant.parse("2004-03-31T23:00:00Z"));
    child(journeys, "manager-a", List.of("school-attendance-concern"), false, "given", null);
  }

  private UUID child(Journeys journeys, String manager, List<String> indicators, boolean significantHarm,
      String consent, Instant closed) {
    Journey journey = journeys.contact(IN_MARCH.minusSeconds(86_400 * 20), null);
    journeys.consent(journey, consent, null, false, IN_MARCH.minusSeconds(86_400 * 10));
    jdbc.sql("""
        insert into threshold_decision (id, contact_id, child_id, indicators, significant_harm, proposed_level,
          proposed_pathway, chosen_pathway, indicators_by, indicators_at, decided_by, decided_at)
        values (?, ?, ?, ?, ?, 2, 'early-help', 'early-help', 'practitioner', ?, 'practitioner', ?)""")
        .params(UUID.randomUUID(), journey.contactId(), journey.childId(), String.join(",", indicators),
            significantHarm, IN_MARCH.minusSeconds(86_400 * 5).atOffset(ZoneOffset.UTC),
            IN_MARCH.minusSeconds(86_400 * 5).atOffset(ZoneOffset.UTC))
        .update();
    journeys.oversight(journey, true, manager, IN_MARCH.minusSeconds(86_400 * 4));
    if (closed != null) {
      journeys.closed(journey, closed);
    }
    return journey.childId();
  }

  @Test
  void childrenMoveAsTheChangedTableSaysByTeamAndDirection() {
    long decisionsBefore = repositoryService.createDecisionDefinitionQuery().count();

    WhatIfReport report = whatIf.compare(changed, FROM, TO, null);

    assertThat(report.children()).isEqualTo(4);
    assertThat(report.levelUp()).isEqualTo(2);
    assertThat(report.levelDown()).isZero();
    assertThat(report.pathwayChanged()).isEqualTo(1);
    assertThat(report.byTeam()).containsExactly(
        new WhatIfReport.Team("manager-a", 2, 2, 0, 1),
        new WhatIfReport.Team("manager-b", 2, 0, 0, 0));
    assertThat(report.pathwayMoves()).containsExactly(
        new WhatIfReport.Move("early-help", "brief-intervention-team", 1));
    assertThat(report.changes()).extracting(Child::childId).containsExactly(raisedWithConsent, raisedWithoutConsent);
    assertThat(report.changes().get(0)).satisfies(child -> {
      assertThat(child.levelBefore()).isEqualTo(2);
      assertThat(child.levelAfter()).isEqualTo(3);
      assertThat(child.pathwayBefore()).isEqualTo("early-help");
      assertThat(child.pathwayAfter()).isEqualTo("brief-intervention-team");
      assertThat(child.closedOn()).isEqualTo(LocalDate.of(2004, 3, 1));
      assertThat(child.team()).isEqualTo("manager-a");
      assertThat(child.contactReference()).isNotBlank();
    });
    assertThat(report.changes().get(1)).satisfies(child -> {
      assertThat(child.pathwayBefore()).isEqualTo("information-and-advice");
      assertThat(child.pathwayAfter()).isEqualTo("information-and-advice");
      assertThat(child.closedOn()).isEqualTo(LocalDate.of(2004, 3, 31));
    });
    assertThat(repositoryService.createDecisionDefinitionQuery().count()).as("nothing deployed")
        .isEqualTo(decisionsBefore);
  }

  @Test
  void oneTeamAndTheDeployedTableItself() {
    WhatIfReport teamB = whatIf.compare(changed, FROM, TO, "manager-b");
    WhatIfReport unchanged = whatIf.compare(
        readProcesses("pathways-threshold.dmn"), FROM, TO, null);

    assertThat(teamB.children()).isEqualTo(2);
    assertThat(teamB.changes()).isEmpty();
    assertThat(unchanged.children()).isEqualTo(4);
    assertThat(unchanged.levelUp() + unchanged.levelDown() + unchanged.pathwayChanged()).isZero();
  }

  @Test
  void aFileThatIsNotAPathwaysDocumentIsRefusedPlainly() {
    assertThatThrownBy(() -> whatIf.compare(readProcesses("rag-rating.dmn"), FROM, TO, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pathways");
    assertThatThrownBy(() -> whatIf.compare("<not a table".getBytes(StandardCharsets.UTF_8), FROM, TO, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a Pathways Document");
  }

  private static byte[] readProcesses(String file) {
    try {
      return Files.readAllBytes(Path.of("processes", file));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
