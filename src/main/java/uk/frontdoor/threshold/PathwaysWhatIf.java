package uk.frontdoor.threshold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.frontdoor.clock.WorkingCalendar;
import uk.frontdoor.threshold.WhatIfReport.Child;
import uk.frontdoor.threshold.WhatIfReport.Move;
import uk.frontdoor.threshold.WhatIfReport.Team;

/**
 * How last year's threshold decisions would move under a changed Pathways Document: for every child of a contact
 * closed in the period, the indicators the practitioner recorded run through the deployed tables and through the
 * changed ones. It reads only the service's own records and deploys nothing.
 */
@Component
public class PathwaysWhatIf {

  /** How the list names a contact with no approved decision (closed before management oversight). */
  static final String NO_TEAM = "no team manager";

  private final JdbcClient jdbc;
  private final RepositoryService repositoryService;
  private final ZoneId zone;

  PathwaysWhatIf(JdbcClient jdbc, RepositoryService repositoryService, WorkingCalendar calendar) {
    this.jdbc = jdbc;
    this.repositoryService = repositoryService;
    this.zone = calendar.zone();
  }

  /**
   * Contacts closed from the first to the last day (UK dates, inclusive); with a team, only the contacts whose
   * decision that team manager approved.
   *
   * @throws IllegalArgumentException when the changed file cannot be used, saying why
   */
  public WhatIfReport compare(byte[] changedDmn, LocalDate from, LocalDate to, String team) {
    return compare(changedDmn, deployedDocument(), from, to, team);
  }

  /** Against a given file in place of the deployed one, for the benchmark. */
  WhatIfReport compare(byte[] changedDmn, byte[] deployedDmn, LocalDate from, LocalDate to, String team) {
    PathwaysTables changed = PathwaysTables.read(changedDmn);
    PathwaysTables deployed = PathwaysTables.read(deployedDmn);
    String onlyTeam = team == null || team.isBlank() ? null : team.strip();
    String sql = """
        select c.reference, c.closed_at, coalesce(d.manager, :noTeam), t.child_id, ch.first_name, ch.last_name,
          t.indicators, t.significant_harm, t.chosen_pathway, cf.status, cf.lawful_basis
        from contact c
        join threshold_final t on t.contact_id = c.id
        join child ch on ch.id = t.child_id
        left join contact_decision d on d.contact_id = c.id
        left join consent_final cf on cf.contact_id = c.id
        where c.closed_at >= :start and c.closed_at < :end""" + (onlyTeam == null ? "" : " and d.manager = :team")
        + " order by c.closed_at, c.reference, ch.last_name, ch.first_name";
    JdbcClient.StatementSpec query = jdbc.sql(sql).param("noTeam", NO_TEAM)
        .param("start", from.atStartOfDay(zone).toOffsetDateTime())
        .param("end", to.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
    if (onlyTeam != null) {
      query = query.param("team", onlyTeam);
    }
    List<Child> children = new ArrayList<>();
    query.query(rs -> {
      List<String> codes = codes(rs.getString(7));
      boolean significantHarm = rs.getBoolean(8);
      boolean consent = "given".equals(rs.getString(10)) || "consent".equals(rs.getString(11));
      PathwaysTables.Proposal before = deployed.propose(codes, significantHarm, consent);
      PathwaysTables.Proposal after = changed.propose(codes, significantHarm, consent);
      children.add(new Child(rs.getString(1), rs.getObject(2, OffsetDateTime.class).atZoneSameInstant(zone)
          .toLocalDate(), rs.getString(3), rs.getObject(4, UUID.class), rs.getString(5) + " " + rs.getString(6),
          before.level(), after.level(), before.pathway(), after.pathway(), rs.getString(9)));
    });
    return summarise(from, to, onlyTeam, children);
  }

  static WhatIfReport summarise(LocalDate from, LocalDate to, String team, List<Child> children) {
    Map<String, int[]> teams = new TreeMap<>();
    Map<List<String>, Integer> moves = new TreeMap<>((a, b) -> Arrays.compare(a.toArray(String[]::new),
        b.toArray(String[]::new)));
    List<Child> changedChildren = new ArrayList<>();
    for (Child child : children) {
      int[] counts = teams.computeIfAbsent(child.team(), key -> new int[4]);
      counts[0]++;
      if (child.levelAfter() > child.levelBefore()) {
        counts[1]++;
      } else if (child.levelAfter() < child.levelBefore()) {
        counts[2]++;
      }
      if (!child.pathwayAfter().equals(child.pathwayBefore())) {
        counts[3]++;
        moves.merge(List.of(child.pathwayBefore(), child.pathwayAfter()), 1, Integer::sum);
      }
      if (child.changed()) {
        changedChildren.add(child);
      }
    }
    List<Team> byTeam = teams.entrySet().stream()
        .map(e -> new Team(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3])).toList();
    List<Move> pathwayMoves = moves.entrySet().stream()
        .map(e -> new Move(e.getKey().get(0), e.getKey().get(1), e.getValue())).toList();
    return new WhatIfReport(from, to, team, children.size(),
        byTeam.stream().mapToInt(Team::levelUp).sum(), byTeam.stream().mapToInt(Team::levelDown).sum(),
        byTeam.stream().mapToInt(Team::pathwayChanged).sum(), byTeam, pathwayMoves, changedChildren);
  }

  /** The Pathways Document file the latest deployed level table came from. */
  private byte[] deployedDocument() {
    DecisionDefinition latest = WithoutAuthorization.run(() -> repositoryService.createDecisionDefinitionQuery()
        .decisionDefinitionKey(Pathways.LEVEL_DECISION).latestVersion().singleResult());
    if (latest == null) {
      throw new IllegalStateException("No Pathways Document is deployed");
    }
    try (InputStream in = WithoutAuthorization.run(() -> repositoryService.getResourceAsStream(
        latest.getDeploymentId(), latest.getResourceName()))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> codes(String joined) {
    return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
  }
}
