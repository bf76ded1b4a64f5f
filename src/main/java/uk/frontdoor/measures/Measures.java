package uk.frontdoor.measures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uk.frontdoor.clock.WorkingCalendar;
import uk.frontdoor.mash.MashAgencies;
import uk.frontdoor.measures.MeasuresReport.Allocations;
import uk.frontdoor.measures.MeasuresReport.AuditGradeCount;
import uk.frontdoor.measures.MeasuresReport.BriefIntervention;
import uk.frontdoor.measures.MeasuresReport.Consent;
import uk.frontdoor.measures.MeasuresReport.ContactsReceived;
import uk.frontdoor.measures.MeasuresReport.Decisions;
import uk.frontdoor.measures.MeasuresReport.Departures;
import uk.frontdoor.measures.MeasuresReport.LanguageRefusal;
import uk.frontdoor.measures.MeasuresReport.LevelCount;
import uk.frontdoor.measures.MeasuresReport.OutcomeCount;
import uk.frontdoor.measures.MeasuresReport.Oversight;
import uk.frontdoor.measures.MeasuresReport.Period;
import uk.frontdoor.measures.MeasuresReport.ReReferrals;

/**
 * Computes the measures with SQL aggregates over the service's tables, never by loading journeys.
 * Only the time to decision, counted in working hours, reads one (received, approved) pair per
 * decided contact: working hours depend on the bank holiday calendar, not on SQL.
 *
 * <p>The cohort is the contacts received in the period (days in the calendar's zone), and, for one
 * team, those whose decision the team manager approved ({@code contact_decision}: the first approved
 * oversight). Audit grades count audits completed in the period; language refusals count findings
 * in the period, by the writer's groups (they are recorded per form and person, not per contact).
 */
@Service
public class Measures {

  static final String BRIEF_INTERVENTION = "brief-intervention-team";

  private final JdbcClient jdbc;
  private final WorkingCalendar calendar;
  private final List<String> agencies;

  @Autowired
  Measures(JdbcClient jdbc, WorkingCalendar calendar, MashAgencies agencies) {
    this(jdbc, calendar, agencies.partnerAgencies());
  }

  /** For the benchmark, without Spring. */
  public Measures(JdbcClient jdbc, WorkingCalendar calendar, List<String> agencies) {
    this.jdbc = jdbc;
    this.calendar = calendar;
    this.agencies = List.copyOf(agencies);
  }

  public MeasuresReport compute(LocalDate from, LocalDate to, String team) {
    Query q = new Query(from, to, team);
    return new MeasuresReport(new Period(from, to, team), contacts(q), decisions(q), reReferrals(q), consent(q),
        consentRefusedOutcomes(q), briefIntervention(q), thresholdLevels(q), outcomes(q), departures(q),
        allocations(q), oversight(q), auditGrades(q), languageRefusals(q));
  }

  /** The period as instants, the team, and the cohort's joins and conditions. */
  private final class Query {
    final OffsetDateTime start;
    final OffsetDateTime end;
    final String team;

    Query(LocalDate from, LocalDate to, String team) {
      ZoneId zone = calendar.zone();
      this.start = from.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
      this.end = to.plusDays(1).atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
      this.team = team == null || team.isBlank() ? null : team.trim();
    }

    /**
     * "from contact c ... where (cohort)"; add conditions with "and". The decision {@code d} is joined
     * only for one team: a contact has at most one decision, so without a team the left join changes
     * no count and would only cost a view lookup per contact. Use {@link #cohortWithDecision()} to read d.
     */
    String cohort() {
      return team == null ? " from contact c where c.received_at >= :start and c.received_at < :end" : cohortWithDecision();
    }

    /** "from contact c left join contact_decision d ... where (cohort)"; add conditions with "and". */
    String cohortWithDecision() {
      return " from contact c left join contact_decision d on d.contact_id = c.id"
          + " where c.received_at >= :start and c.received_at < :end" + (team == null ? "" : " and d.manager = :team");
    }

    JdbcClient.StatementSpec sql(String sql) {
      JdbcClient.StatementSpec spec = jdbc.sql(sql).param("start", start).param("end", end);
      if (sql.contains(":team")) {
        spec = spec.param("team", team);
      }
      if (sql.contains(":agencies")) {
        spec = spec.param("agencies", agencies).param("agencyCount", agencies.size());
      }
      return spec;
    }
  }

  /** True (1) when every configured partner agency checked the contact {@code c}. */
  private static final String FULL_CHECKS = "(select count(distinct m.agency) from mash_check m"
      + " where m.contact_id = c.id and m.agency in (:agencies)) = :agencyCount";

  private ContactsReceived contacts(Query q) {
    return new ContactsReceived(q.sql("select count(*)" + q.cohort()).query(Long.class).single());
  }

  private Decisions decisions(Query q) {
    long[] counts = q.sql("select count(*), coalesce(sum(case when d.signed_at <= c.decision_due_at then 1 else 0 end), 0)"
            + q.cohortWithDecision() + " and d.signed_at is not null")
        .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    List<Double> hours = new ArrayList<>();
    Duration day = calendar.workingDayLength();
    long withinDay = 0;
    for (Instant[] pair : q.sql("select c.received_at, d.signed_at" + q.cohortWithDecision() + " and d.signed_at is not null")
        .query((rs, n) -> new Instant[] {rs.getObject(1, OffsetDateTime.class).toInstant(),
            rs.getObject(2, OffsetDateTime.class).toInstant()}).list()) {
      Duration working = calendar.workingTimeBetween(pair[0], pair[1]);
      if (working.compareTo(day) <= 0) {
        withinDay++;
      }
      hours.add(working.toSeconds() / 3600.0);
    }
    hours.sort(null);
    return new Decisions(counts[0], counts[1], share(counts[1], counts[0]), withinDay, share(withinDay, counts[0]),
        round(median(hours)), round(nearestRank(hours, 0.9)));
  }

  private ReReferrals reReferrals(Query q) {
    long[] referrals = q.sql("select count(*), coalesce(sum(case when h.re_referral then 1 else 0 end), 0)"
            + q.cohort().replace(" where ", " join child_outcome o on o.contact_id = c.id"
                + " left join history_finding h on h.contact_id = o.contact_id and h.child_id = o.child_id where ")
            + " and o.referral")
        .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    long[] contacts = q.sql("select count(*), coalesce(sum(case when " + FULL_CHECKS + " then 1 else 0 end), 0)"
            + q.cohort()
            + " and exists (select 1 from history_finding h where h.contact_id = c.id and h.re_referral)")
        .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    return new ReReferrals(referrals[0], referrals[1], share(referrals[1], referrals[0]), contacts[0], contacts[1],
        contacts[0] - contacts[1]);
  }

  private Consent consent(Query q) {
    return q.sql("""
            select coalesce(sum(case when f.status = 'given' then 1 else 0 end), 0),
              coalesce(sum(case when f.status = 'refused' and f.refusal_respected then 1 else 0 end), 0),
              coalesce(sum(case when f.status = 'refused' and f.manager_decision = 'proceed-without-consent'
                then 1 else 0 end), 0),
              coalesce(sum(case when f.status = 'not-sought' then 1 else 0 end), 0)"""
            + q.cohort().replace(" where ", " join consent_final f on f.contact_id = c.id where "))
        .query((rs, n) -> new Consent(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).single();
  }

  private List<OutcomeCount> consentRefusedOutcomes(Query q) {
    return outcomeCounts(q, " and o.consent_refused");
  }

  private List<OutcomeCount> outcomes(Query q) {
    return outcomeCounts(q, "");
  }

  private List<OutcomeCount> outcomeCounts(Query q, String condition) {
    return q.sql("select o.outcome, count(*)"
            + q.cohort().replace(" where ", " join child_outcome o on o.contact_id = c.id where ") + condition
            + " group by o.outcome order by o.outcome")
        .query((rs, n) -> new OutcomeCount(rs.getString(1), rs.getLong(2))).list();
  }

  private BriefIntervention briefIntervention(Query q) {
    return q.sql("select count(*), count(distinct c.id), count(distinct case when " + FULL_CHECKS + " then c.id end)"
            + q.cohort().replace(" where ", " join child_outcome o on o.contact_id = c.id where ")
            + " and o.outcome = '" + BRIEF_INTERVENTION + "'")
        .query((rs, n) -> new BriefIntervention(rs.getLong(1), rs.getLong(2), rs.getLong(3),
            rs.getLong(2) - rs.getLong(3)))
        .single();
  }

  private List<LevelCount> thresholdLevels(Query q) {
    return q.sql("select t.proposed_level, count(*)"
            + q.cohort().replace(" where ", " join threshold_final t on t.contact_id = c.id where ")
            + " group by t.proposed_level order by t.proposed_level")
        .query((rs, n) -> new LevelCount((Integer) rs.getObject(1, Integer.class), rs.getLong(2))).list();
  }

  private Departures departures(Query q) {
    return q.sql("select count(*), coalesce(sum(case when t.chosen_pathway <> t.proposed_pathway then 1 else 0 end), 0)"
            + q.cohort().replace(" where ", " join threshold_final t on t.contact_id = c.id where ")
            + " and t.proposed_pathway is not null")
        .query((rs, n) -> new Departures(rs.getLong(1), rs.getLong(2), share(rs.getLong(2), rs.getLong(1)))).single();
  }

  private Allocations allocations(Query q) {
    return q.sql("""
            select coalesce(sum(case when a.reason = 'routed' then 1 else 0 end), 0),
              coalesce(sum(case when a.reason = 'sibling' then 1 else 0 end), 0)"""
            + q.cohort().replace(" where ", " join assessment_allocation a on a.contact_id = c.id where "))
        .query((rs, n) -> new Allocations(rs.getLong(1), rs.getLong(2))).single();
  }

  private Oversight oversight(Query q) {
    return q.sql("select count(*), coalesce(sum(case when r.approved then 0 else 1 end), 0)"
            + q.cohort().replace(" where ", " join oversight_record r on r.contact_id = c.id where "))
        .query((rs, n) -> new Oversight(rs.getLong(1), rs.getLong(2), share(rs.getLong(2), rs.getLong(1)))).single();
  }

  /** Each theme's column, unpivoted so one grouped query counts every theme's grades. */
  static final Map<String, String> AUDIT_THEMES = new java.util.LinkedHashMap<>();

  static {
    AUDIT_THEMES.put("journey_clarity", "clarity of the child's journey");
    AUDIT_THEMES.put("threshold_application", "threshold application");
    AUDIT_THEMES.put("management_oversight", "management oversight");
    AUDIT_THEMES.put("consent_lawful_basis", "consent and lawful basis");
    AUDIT_THEMES.put("timeliness", "timeliness");
    AUDIT_THEMES.put("child_focused_language", "child-focused language");
    AUDIT_THEMES.put("overall", "overall");
  }

  private List<AuditGradeCount> auditGrades(Query q) {
    List<String> parts = new ArrayList<>();
    AUDIT_THEMES.keySet().forEach(column -> parts.add("select a.completed_at as done_at, '" + column + "' as theme, a."
        + column + " as grade from contact_audit a where a.completed_at >= :start and a.completed_at < :end"
        + " and a." + column + " is not null" + (q.team == null ? "" : " and a.team_manager = :team")));
    return q.sql("select extract(year from g.done_at), extract(month from g.done_at), g.theme, g.grade, count(*) from ("
            + String.join(" union all ", parts) + ") g"
            + " group by extract(year from g.done_at), extract(month from g.done_at), g.theme, g.grade"
            + " order by 1, 2, 3, 4")
        .query((rs, n) -> new AuditGradeCount(String.format("%04d-%02d", rs.getInt(1), rs.getInt(2)),
            AUDIT_THEMES.get(rs.getString(3)),
            rs.getString(4), rs.getLong(5)))
        .list();
  }

  private List<LanguageRefusal> languageRefusals(Query q) {
    return q.sql("""
            select term, coalesce(team, 'not known'), count(*) from language_finding
            where refused and found_at >= :start and found_at < :end
            group by term, coalesce(team, 'not known') order by count(*) desc, term, 2""")
        .query((rs, n) -> new LanguageRefusal(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
  }

  static Double share(long part, long whole) {
    return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP)
        .doubleValue();
  }

  /** Median of sorted values: the middle one, or the mean of the two middle ones; null when empty. */
  static Double median(List<Double> sorted) {
    int n = sorted.size();
    if (n == 0) {
      return null;
    }
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** The nearest-rank percentile of sorted values: the value at rank ceil(p * n); null when empty. */
  static Double nearestRank(List<Double> sorted, double p) {
    if (sorted.isEmpty()) {
      return null;
    }
    int rank = (int) Math.ceil(p * sorted.size());
    return sorted.get(Math.max(rank, 1) - 1);
  }

  private static Double round(Double hours) {
    return hours == null ? null : BigDecimal.valueOf(hours).setScale(2, RoundingMode.HALF_UP).doubleValue();
  }
}
