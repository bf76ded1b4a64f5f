package uk.frontdoor.measures;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.frontdoor.clock.BankHolidays;
import uk.frontdoor.clock.WorkingCalendar;

/**
 * A year of a large council (40,000 contacts, about 52,000 children) generated into an embedded
 * H2 file database with JDBC batches, then every measure computed for the year, cold and warm.
 * Not a test: run it by hand from the repository root.
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 * java -cp target/classes:target/test-classes:$(cat target/classpath.txt) uk.frontdoor.measures.MeasuresBenchmark
 * </pre>
 */
public final class MeasuresBenchmark {

  public static final int CONTACTS = 40_000;
  public static final int YEAR = 2024;
  static final List<String> MANAGERS = List.of("manager-a", "manager-b", "manager-c", "manager-d", "manager-e",
      "manager-f", "manager-g", "manager-h");
  static final String[] OUTCOMES = {"no-further-action", "information-and-advice", "early-help",
      "brief-intervention-team", "children-and-families-assessment", "strategy-discussion"};
  static final double[] OUTCOME_WEIGHTS = {0.30, 0.20, 0.20, 0.08, 0.17, 0.05};

  private MeasuresBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    Path folder = Path.of("target/benchmark").toAbsolutePath();
    if (Files.exists(folder)) {
      try (var files = Files.walk(folder)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    Files.createDirectories(folder);
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:file:" + folder.resolve("measures") + ";DB_CLOSE_ON_EXIT=FALSE");
    dataSource.setUser("sa");
    dataSource.setPassword("");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

    long started = System.nanoTime();
    int children;
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      children = generate(connection, new SplittableRandom(2024));
      connection.commit();
    }
    System.out.printf("Generated %,d contacts and %,d children in %.1f s%n", CONTACTS, children,
        (System.nanoTime() - started) / 1e9);

    WorkingCalendar calendar;
    try (InputStream in = Files.newInputStream(Path.of("processes/calendar/bank-holidays-england-and-wales.csv"))) {
      calendar = new WorkingCalendar(BankHolidays.parse(in, "bank holidays"), ZoneId.of("Europe/London"));
    }
    Measures measures = new Measures(JdbcClient.create(dataSource), calendar, Journeys.AGENCIES);
    // the service's connection pool keeps the database open; without a connection held here, H2
    // would close and reopen the file for every query and the figures would measure that instead
    Connection keepOpen = dataSource.getConnection();
    LocalDate from = LocalDate.of(YEAR, 1, 1);
    LocalDate to = LocalDate.of(YEAR, 12, 31);
    long cold = System.nanoTime();
    MeasuresReport report = measures.compute(from, to, null);
    double coldMs = (System.nanoTime() - cold) / 1e6;
    double warmMs = Double.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      long warm = System.nanoTime();
      measures.compute(from, to, null);
      warmMs = Math.min(warmMs, (System.nanoTime() - warm) / 1e6);
    }
    long team = System.nanoTime();
    measures.compute(from, to, MANAGERS.get(0));
    double teamMs = (System.nanoTime() - team) / 1e6;
    try (keepOpen; Statement shutdown = keepOpen.createStatement()) {
      shutdown.execute("shutdown compact"); // the size of the file as it rests on disk
    }
    long size;
    try (var files = Files.list(folder)) {
      size = files.mapToLong(p -> p.toFile().length()).sum();
    }
    System.out.printf("Measures for %d: cold %.0f ms, warm %.0f ms (best of 5), one team %.0f ms%n", YEAR, coldMs,
        warmMs, teamMs);
    System.out.printf("Database size: %.1f MB%n", size / 1024.0 / 1024.0);
    System.out.println("Contacts " + report.contacts().received() + "; decided " + report.decisions().decided()
        + "; median " + report.decisions().medianWorkingHours() + " working hours; re-referral rate "
        + report.reReferrals().reReferralRate());
  }

  /** A year of contacts with their steps' rows; the number of children. */
  public static int generate(Connection c, SplittableRandom random) throws SQLException {
    Instant yearStart = LocalDate.of(YEAR, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    long yearSeconds = 365L * 24 * 3600;
    int children = 0;
    try (PreparedStatement household = c.prepareStatement(
            "insert into household (id, address_line1, postcode, address_key, created_at) values (?, ?, ?, ?, ?)");
        PreparedStatement child = c.prepareStatement(
            "insert into child (id, first_name, last_name, name_key, household_id, created_at) values (?, ?, ?, ?, ?, ?)");
        PreparedStatement contact = c.prepareStatement("""
            insert into contact (id, reference, request_hash, received_at, recorded_at, recorded_by, source, household_id,
              concerns, referrer_consent, rag, decision_due_at, closed_at)
            values (?, ?, ?, ?, ?, 'practitioner', 'police', ?, 'Concerns', 'family-aware-and-agrees', ?, ?, ?)""");
        PreparedStatement contactChild = c.prepareStatement(
            "insert into contact_child (contact_id, child_id, position) values (?, ?, ?)");
        PreparedStatement history = c.prepareStatement("""
            insert into history_finding (contact_id, child_id, known, previous_contacts, previous_referrals, re_referral,
              summary, checked_at) values (?, ?, true, 1, 0, ?, 'summary', ?)""");
        PreparedStatement consent = c.prepareStatement("""
            insert into consent_decision (id, contact_id, status, significant_harm_concern, manager_decision,
              refusal_respected, rationale, decided_by_role, decided_at) values (?, ?, ?, false, ?, ?, 'why', ?, ?)""");
        PreparedStatement mash = c.prepareStatement("""
            insert into mash_check (id, contact_id, agency, automatic, outcome, findings, recorded_at)
            values (?, ?, ?, false, 'not-known', 'nothing known', ?)""");
        PreparedStatement threshold = c.prepareStatement("""
            insert into threshold_decision (id, contact_id, child_id, indicators, significant_harm, proposed_level,
              proposed_pathway, chosen_pathway, indicators_at, decided_at) values (?, ?, ?, '', false, ?, ?, ?, ?, ?)""");
        PreparedStatement oversight = c.prepareStatement("""
            insert into oversight_record (id, contact_id, decision_step, approved, manager, signed_at)
            values (?, ?, 'threshold', ?, ?, ?)""");
        PreparedStatement outcome = c.prepareStatement("""
            insert into child_outcome (contact_id, child_id, outcome, referral, consent_refused, decided_at)
            values (?, ?, ?, ?, ?, ?)""");
        PreparedStatement allocation = c.prepareStatement(
            "insert into assessment_allocation (id, contact_id, child_id, reason, due_at) values (?, ?, ?, ?, ?)");
        PreparedStatement finding = c.prepareStatement("""
            insert into language_finding (id, found_at, term, kind, form, field, team, user_id, refused)
            values (?, ?, ?, 'acronym', 'screen-contact', 'rationale', ?, 'someone', ?)""")) {
      List<PreparedStatement> all = List.of(household, child, contact, contactChild, history, consent, mash, threshold,
          oversight, outcome, allocation, finding);
      for (int n = 0; n < CONTACTS; n++) {
        Instant received = yearStart.plusSeconds(random.nextLong(yearSeconds));
        OffsetDateTime at = received.atOffset(ZoneOffset.UTC);
        UUID householdId = UUID.randomUUID();
        household.setObject(1, householdId);
        household.setString(2, n + " High Street");
        household.setString(3, "EX1 2AB");
        household.setString(4, "HOUSE" + n);
        household.setObject(5, at);
        household.addBatch();
        double rag = random.nextDouble();
        long dueHours = rag < 0.1 ? 4 : rag < 0.5 ? 24 : 72;
        long decisionHours = 1 + random.nextLong(dueHours + 24);
        Instant decided = received.plusSeconds(decisionHours * 3600);
        UUID contactId = UUID.randomUUID();
        contact.setObject(1, contactId);
        contact.setString(2, "C" + n);
        contact.setString(3, "hash" + n);
        contact.setObject(4, at);
        contact.setObject(5, at);
        contact.setObject(6, householdId);
        contact.setString(7, rag < 0.1 ? "red" : rag < 0.5 ? "amber" : "green");
        contact.setObject(8, received.plusSeconds(dueHours * 3600).atOffset(ZoneOffset.UTC));
        contact.setObject(9, decided.plusSeconds(3600).atOffset(ZoneOffset.UTC));
        contact.addBatch();
        String manager = MANAGERS.get(random.nextInt(MANAGERS.size()));
        if (random.nextDouble() < 0.12) {
          oversight.setObject(1, UUID.randomUUID());
          oversight.setObject(2, contactId);
          oversight.setBoolean(3, false);
          oversight.setString(4, manager);
          oversight.setObject(5, decided.minusSeconds(1800).atOffset(ZoneOffset.UTC));
          oversight.addBatch();
        }
        oversight.setObject(1, UUID.randomUUID());
        oversight.setObject(2, contactId);
        oversight.setBoolean(3, true);
        oversight.setString(4, manager);
        oversight.setObject(5, decided.atOffset(ZoneOffset.UTC));
        oversight.addBatch();
        double consentRoll = random.nextDouble();
        String status = consentRoll < 0.6 ? "given" : consentRoll < 0.75 ? "refused" : "not-sought";
        boolean respected = "refused".equals(status) && consentRoll < 0.70;
        consent.setObject(1, UUID.randomUUID());
        consent.setObject(2, contactId);
        consent.setString(3, status);
        consent.setString(4, "refused".equals(status) ? (respected ? "respect-refusal" : "proceed-without-consent") : null);
        consent.setBoolean(5, respected);
        consent.setString(6, "refused".equals(status) ? "manager" : "practitioner");
        consent.setObject(7, at);
        consent.addBatch();
        boolean checked = random.nextDouble() < 0.45;
        if (checked) {
          for (String agency : Journeys.AGENCIES) {
            if (random.nextDouble() < 0.98) {
              mash.setObject(1, UUID.randomUUID());
              mash.setObject(2, contactId);
              mash.setString(3, agency);
              mash.setObject(4, at);
              mash.addBatch();
            }
          }
        }
        int kids = random.nextDouble() < 0.75 ? 1 : random.nextDouble() < 0.8 ? 2 : 3;
        for (int k = 0; k < kids; k++) {
          UUID childId = UUID.randomUUID();
          children++;
          child.setObject(1, childId);
          child.setString(2, "Child");
          child.setString(3, "N" + n);
          child.setString(4, "child|n" + n + "|" + k);
          child.setObject(5, householdId);
          child.setObject(6, at);
          child.addBatch();
          contactChild.setObject(1, contactId);
          contactChild.setObject(2, childId);
          contactChild.setInt(3, k);
          contactChild.addBatch();
          history.setObject(1, contactId);
          history.setObject(2, childId);
          history.setBoolean(3, random.nextDouble() < 0.2);
          history.setObject(4, at);
          history.addBatch();
          String result = pick(random, respected);
          boolean referral = result.equals("children-and-families-assessment") || result.equals("strategy-discussion");
          if (checked) {
            int level = 1 + random.nextInt(4);
            threshold.setObject(1, UUID.randomUUID());
            threshold.setObject(2, contactId);
            threshold.setObject(3, childId);
            threshold.setInt(4, level);
            threshold.setString(5, random.nextDouble() < 0.1 ? OUTCOMES[level] : result);
            threshold.setString(6, result);
            threshold.setObject(7, at);
            threshold.setObject(8, at);
            threshold.addBatch();
          }
          outcome.setObject(1, contactId);
          outcome.setObject(2, childId);
          outcome.setString(3, result);
          outcome.setBoolean(4, referral);
          outcome.setBoolean(5, respected);
          outcome.setObject(6, decided.atOffset(ZoneOffset.UTC));
          outcome.addBatch();
          if (result.equals("children-and-families-assessment")) {
            allocation.setObject(1, UUID.randomUUID());
            allocation.setObject(2, contactId);
            allocation.setObject(3, childId);
            allocation.setString(4, k == 0 ? "routed" : "sibling");
            allocation.setObject(5, at);
            allocation.addBatch();
          }
        }
        if (random.nextDouble() < 0.15) {
          finding.setObject(1, UUID.randomUUID());
          finding.setObject(2, at);
          finding.setString(3, new String[] {"DA", "SW", "LAC", "CP", "contact"}[random.nextInt(5)]);
          finding.setString(4, random.nextBoolean() ? "crs-practitioners" : "crs-managers");
          finding.setBoolean(5, random.nextDouble() < 0.7);
          finding.addBatch();
        }
        if (n % 1000 == 999) {
          for (PreparedStatement statement : all) {
            statement.executeBatch();
          }
          c.commit();
        }
      }
      for (PreparedStatement statement : all) {
        statement.executeBatch();
      }
    }
    return children;
  }

  private static String pick(SplittableRandom random, boolean consentRefused) {
    if (consentRefused) {
      return random.nextBoolean() ? "no-further-action" : "information-and-advice";
    }
    double roll = random.nextDouble();
    for (int i = 0; i < OUTCOMES.length; i++) {
      roll -= OUTCOME_WEIGHTS[i];
      if (roll < 0) {
        return OUTCOMES[i];
      }
    }
    return OUTCOMES[0];
  }
}
