package uk.frontdoor.threshold;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.frontdoor.clock.BankHolidays;
import uk.frontdoor.clock.WorkingCalendar;
import uk.frontdoor.measures.MeasuresBenchmark;

/**
 * The what-if over a year of a large council: MeasuresBenchmark's 40,000 contacts, each child's final threshold
 * decision given one to four indicators drawn from the Pathways Document (and significant harm for one in twenty),
 * then every closed contact run through a changed table beside the shipped one, cold and warm. Not a test: run it
 * by hand from the repository root.
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 * java -cp target/classes:target/test-classes:$(cat target/classpath.txt) uk.frontdoor.threshold.PathwaysWhatIfBenchmark
 * </pre>
 */
public final class PathwaysWhatIfBenchmark {

  private PathwaysWhatIfBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    Path folder = Path.of("target/benchmark-what-if").toAbsolutePath();
    if (Files.exists(folder)) {
      try (var files = Files.walk(folder)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    Files.createDirectories(folder);
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:file:" + folder.resolve("what-if") + ";DB_CLOSE_ON_EXIT=FALSE");
    dataSource.setUser("sa");
    dataSource.setPassword("");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

    byte[] shipped = Files.readAllBytes(Path.of("processes/pathways-threshold.dmn"));
    List<String> codes = new ArrayList<>(PathwaysDocument.indicatorsOf(
        org.camunda.bpm.model.dmn.Dmn.readModelFromStream(new java.io.ByteArrayInputStream(shipped))).keySet());
    long started = System.nanoTime();
    SplittableRandom random = new SplittableRandom(2024);
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      MeasuresBenchmark.generate(connection, random);
      List<UUID> ids = new ArrayList<>();
      try (ResultSet rows = connection.createStatement().executeQuery("select id from threshold_decision")) {
        while (rows.next()) {
          ids.add(rows.getObject(1, UUID.class));
        }
      }
      try (PreparedStatement update = connection.prepareStatement(
          "update threshold_decision set indicators = ?, significant_harm = ? where id = ?")) {
        for (UUID id : ids) {
          List<String> ticked = new ArrayList<>();
          for (int i = 1 + random.nextInt(4); i > 0; i--) {
            ticked.add(codes.get(random.nextInt(codes.size())));
          }
          update.setString(1, String.join(",", ticked.stream().distinct().toList()));
          update.setBoolean(2, random.nextDouble() < 0.05);
          update.setObject(3, id);
          update.addBatch();
        }
        update.executeBatch();
      }
      connection.commit();
      System.out.printf("Generated %,d contacts and %,d threshold decisions in %.1f s%n", MeasuresBenchmark.CONTACTS,
          ids.size(), (System.nanoTime() - started) / 1e9);
    }

    String dmn = new String(shipped, StandardCharsets.UTF_8);
    int rule = dmn.indexOf("<rule id=\"indicator-school-attendance-concern\">");
    int level = dmn.indexOf("<text>2</text>", rule);
    byte[] changed = (dmn.substring(0, level) + "<text>3</text>" + dmn.substring(level + "<text>2</text>".length()))
        .getBytes(StandardCharsets.UTF_8);
    WorkingCalendar calendar;
    try (var in = Files.newInputStream(Path.of("processes/calendar/bank-holidays-england-and-wales.csv"))) {
      calendar = new WorkingCalendar(BankHolidays.parse(in, "bank holidays"), ZoneId.of("Europe/London"));
    }
    PathwaysWhatIf whatIf = new PathwaysWhatIf(JdbcClient.create(dataSource), null, calendar);
    // as the service's pool does, keep the database open between queries
    try (Connection keepOpen = dataSource.getConnection()) {
      LocalDate from = LocalDate.of(MeasuresBenchmark.YEAR, 1, 1);
      LocalDate to = LocalDate.of(MeasuresBenchmark.YEAR, 12, 31);
      long cold = System.nanoTime();
      WhatIfReport report = whatIf.compare(changed, shipped, from, to, null);
      double coldMs = (System.nanoTime() - cold) / 1e6;
      double warmMs = Double.MAX_VALUE;
      for (int i = 0; i < 5; i++) {
        long warm = System.nanoTime();
        whatIf.compare(changed, shipped, from, to, null);
        warmMs = Math.min(warmMs, (System.nanoTime() - warm) / 1e6);
      }
      System.out.printf("What-if for %d: %,d children, %,d level up, %,d level down, %,d other pathway;"
          + " cold %.0f ms, warm %.0f ms (best of 5)%n", MeasuresBenchmark.YEAR, report.children(), report.levelUp(),
          report.levelDown(), report.pathwayChanged(), coldMs, warmMs);
    }
  }
}
