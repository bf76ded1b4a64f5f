package uk.frontdoor.record;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.FrontDoorApplication;

/**
 * Loads 100,000 closed contacts (history, urgency, screening, consent, two agency checks, threshold,
 * oversight, outcome, referrer told; 20% re-referrals of an earlier child; households of one to
 * three children) into a fresh embedded H2 file database, then times building one child's journey
 * over the API (real HTTP, random children). Not a test: run it by hand —
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) uk.frontdoor.record.JourneyRecordBenchmark [contacts] [requests]
 * </pre>
 */
public final class JourneyRecordBenchmark {

  private static final Path DATA = Path.of("target", "benchmark-data").toAbsolutePath();

  public static void main(String[] args) throws Exception {
    int contacts = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int requests = args.length > 1 ? Integer.parseInt(args[1]) : 3_000;
    if (Files.exists(DATA)) {
      try (Stream<Path> files = Files.walk(DATA)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    ConfigurableApplicationContext app = new SpringApplicationBuilder(FrontDoorApplication.class).run(
        "--frontdoor.data-dir=" + DATA, "--server.port=0", "--camunda.bpm.job-execution.enabled=false",
        "--frontdoor.security.seed-local-users=true", "--logging.level.root=WARN");
    try {
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
      TransactionTemplate tx = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
      long start = System.nanoTime();
      List<UUID> children = load(jdbc, tx, contacts);
      long loadMillis = (System.nanoTime() - start) / 1_000_000;
      System.out.printf("loaded %,d contacts, %,d children in %.1f s%n", contacts, children.size(), loadMillis / 1000.0);

      HttpClient http = HttpClient.newHttpClient();
      String auth = "Basic " + Base64.getEncoder().encodeToString("practitioner:practitioner".getBytes(StandardCharsets.UTF_8));
      Random random = new Random(7);
      for (int i = 0; i < 1000; i++) {
        call(http, port, auth, children.get(random.nextInt(children.size())));
      }
      long[] nanos = new long[requests];
      long bytes = 0;
      for (int i = 0; i < requests; i++) {
        long t = System.nanoTime();
        bytes += call(http, port, auth, children.get(random.nextInt(children.size())));
        nanos[i] = System.nanoTime() - t;
      }
      Arrays.sort(nanos);
      System.out.printf("%,d requests, mean body %,d bytes: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
          requests, bytes / requests, pct(nanos, 50), pct(nanos, 95), pct(nanos, 99), nanos[requests - 1] / 1e6);
      jdbc.execute("checkpoint sync");
      long size;
      try (Stream<Path> files = Files.walk(DATA)) {
        size = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
      }
      System.out.printf("database size %,.0f MB (%s)%n", size / 1e6, DATA);
    } finally {
      app.close();
    }
  }

  private static int call(HttpClient http, int port, String auth, UUID child) throws Exception {
    HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + port + "/api/children/" + child + "/journey")).header("Authorization", auth)
        .build(), HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("status " + response.statusCode() + ": " + new String(response.body()));
    }
    return response.body().length;
  }

  private static double pct(long[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
  }

  private static List<UUID> load(JdbcTemplate jdbc, TransactionTemplate tx, int contacts) {
    Random random = new Random(42);
    List<UUID> children = new ArrayList<>();
    List<UUID> households = new ArrayList<>();
    Batch b = new Batch(jdbc, tx);
    Instant base = Instant.parse("2022-01-03T09:00:00Z");
    for (int n = 0; n < contacts; n++) {
      Instant received = base.plusSeconds(n * 900L + random.nextInt(600));
      UUID contact = UUID.randomUUID();
      List<UUID> named = new ArrayList<>();
      UUID household;
      if (n > 1000 && random.nextInt(5) == 0) {
        UUID again = children.get(random.nextInt(children.size()));
        named.add(again);
        household = null; // the child's household is read below
      } else {
        household = UUID.randomUUID();
        b.add("household", "insert into household (id, address_line1, town, postcode, address_key, created_at) "
            + "values (?,?,?,?,?,?)", household, n + " High Street", "Exampleton", "EX1 1AA", "K" + household, ts(received));
        households.add(household);
        int size = 1 + random.nextInt(3);
        for (int c = 0; c < size; c++) {
          UUID child = UUID.randomUUID();
          String first = FIRST[random.nextInt(FIRST.length)];
          String last = LAST[random.nextInt(LAST.length)];
          b.add("child", "insert into child (id, first_name, last_name, name_key, date_of_birth, household_id, created_at) "
              + "values (?,?,?,?,?,?,?)", child, first, last, (first + "|" + last).toLowerCase(),
              LocalDate.of(2008 + random.nextInt(17), 1 + random.nextInt(12), 1 + random.nextInt(28)), household,
              ts(received));
          children.add(child);
          named.add(child);
        }
      }
      b.add("contact", "insert into contact (id, reference, request_hash, received_at, recorded_at, recorded_by, source, "
          + "referrer_name, referrer_organisation, household_id, concerns, referrer_consent, rag, decision_due_at, closed_at, "
          + "process_instance_id) values (?,?,?,?,?,?,?,?,?,(select household_id from child where id = ?),?,?,?,?,?,?)",
          contact, "B" + n, "x", ts(received), ts(received), "practitioner", "school", "Ms Jones", "Elm Primary School",
          named.get(0), CONCERNS[n % CONCERNS.length], "not-asked", "amber", ts(received.plusSeconds(86_400)),
          ts(received.plusSeconds(30_000)), "bench-" + n);
      for (int c = 0; c < named.size(); c++) {
        b.add("contact_child", "insert into contact_child (contact_id, child_id, position) values (?,?,?)", contact,
            named.get(c), c);
        b.add("history_finding", "insert into history_finding (contact_id, child_id, known, previous_contacts, "
            + "previous_referrals, re_referral, summary, checked_at) values (?,?,?,?,?,?,?,?)", contact, named.get(c),
            household == null, household == null ? 1 : 0, household == null ? 1 : 0, household == null,
            "History checked.", ts(received.plusSeconds(60)));
        b.add("threshold_decision", "insert into threshold_decision (id, contact_id, child_id, indicators, significant_harm, "
            + "proposed_level, level_reason, proposed_pathway, pathway_reason, chosen_pathway, indicators_by, indicators_at, "
            + "decided_by, decided_at) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", UUID.randomUUID(), contact, named.get(c),
            "persistent-neglect,school-attendance-concern", false, 3, "Level 3 needs", "early-help", "Level 3",
            "early-help", "practitioner", ts(received.plusSeconds(9000)), "practitioner", ts(received.plusSeconds(9300)));
        b.add("child_outcome", "insert into child_outcome (contact_id, child_id, outcome, referral, consent_refused, "
            + "decided_at) values (?,?,?,?,?,?)", contact, named.get(c), "early-help", random.nextBoolean(), false,
            ts(received.plusSeconds(20_000)));
      }
      b.add("urgency_rating", "insert into urgency_rating (id, contact_id, rag, reason, proposed, decision_due_at, "
          + "decided_by, decided_at) values (?,?,?,?,?,?,?,?)", UUID.randomUUID(), contact, "amber", "Proposed", true,
          ts(received.plusSeconds(86_400)), null, ts(received.plusSeconds(90)));
      b.add("screening_decision", "insert into screening_decision (id, contact_id, decision, rationale, re_referral, "
          + "decided_by, decided_at) values (?,?,?,?,?,?,?)", UUID.randomUUID(), contact, "mash-checks",
          "Partner agencies must be asked.", household == null, "practitioner", ts(received.plusSeconds(1800)));
      b.add("consent_decision", "insert into consent_decision (id, contact_id, status, given_by, lawful_basis, "
          + "significant_harm_concern, refusal_respected, rationale, decided_by, decided_by_role, decided_at) "
          + "values (?,?,?,?,?,?,?,?,?,?,?)", UUID.randomUUID(), contact, "given", "mother", "consent", false, false,
          "Mother agreed.", "practitioner", "crs-practitioners", ts(received.plusSeconds(3600)));
      for (String agency : new String[] {"police", "health"}) {
        b.add("mash_check", "insert into mash_check (id, contact_id, agency, automatic, outcome, findings, recorded_by, "
            + "recorded_at) values (?,?,?,?,?,?,?,?)", UUID.randomUUID(), contact, agency, false, "not-known",
            "Nothing recorded.", agency, ts(received.plusSeconds(7200)));
      }
      b.add("oversight_record", "insert into oversight_record (id, contact_id, decision_step, approved, threshold_summary, "
          + "risks, strengths, analysis, rationale, manager, signed_at) values (?,?,?,?,?,?,?,?,?,?,?)", UUID.randomUUID(),
          contact, "threshold", true, "Level 3", "Some risks", "Some strengths", "Analysis", "Agreed.", "manager",
          ts(received.plusSeconds(15_000)));
      b.add("follow_on", "insert into follow_on (id, contact_id, kind, result, recorded_by, recorded_at) "
          + "values (?,?,?,?,?,?)", UUID.randomUUID(), contact, "referrer-told", "told", "practitioner",
          ts(received.plusSeconds(25_000)));
      if (n % 2000 == 1999) {
        b.flush();
      }
    }
    b.flush();
    return children;
  }

  private static Timestamp ts(Instant instant) {
    return Timestamp.from(instant);
  }

  private static final String[] FIRST = {"Amira", "Sam", "Noah", "Bea", "Olivia", "Leo", "Maya", "Jack", "Isla", "Zain",
      "Ruby", "Theo", "Ava", "Finn", "Lily", "Omar", "Freya", "Kai", "Esme", "Ravi"};
  private static final String[] LAST = {"Khan", "Brown", "Green", "Smith", "Jones", "Patel", "Taylor", "Wilson", "Evans",
      "Hughes", "Ali", "Clarke", "Walker", "Wright", "Murphy", "Ahmed", "Reid", "Price", "Cole", "Bennett"};
  private static final String[] CONCERNS = {
      "The school is worried: the child has come in hungry three days running and says there is no food at home.",
      "A neighbour heard shouting late at night and a child crying for a long time.",
      "The child told her teacher she is scared of her mother's partner."};

  /** JDBC batches per table, flushed in table order so that foreign keys hold. */
  private static final class Batch {
    private static final List<String> ORDER = List.of("household", "child", "contact", "contact_child", "history_finding",
        "urgency_rating", "screening_decision", "consent_decision", "mash_check", "threshold_decision", "oversight_record",
        "child_outcome", "follow_on");
    private final JdbcTemplate jdbc;
    private final java.util.Map<String, String> sql = new java.util.HashMap<>();
    private final java.util.Map<String, List<Object[]>> rows = new java.util.HashMap<>();

    private final TransactionTemplate tx;

    Batch(JdbcTemplate jdbc, TransactionTemplate tx) {
      this.jdbc = jdbc;
      this.tx = tx;
    }

    void add(String table, String statement, Object... values) {
      sql.putIfAbsent(table, statement);
      rows.computeIfAbsent(table, k -> new ArrayList<>()).add(values);
    }

    void flush() {
      tx.executeWithoutResult(status -> {
        for (String table : ORDER) {
          List<Object[]> pending = rows.remove(table);
          if (pending != null && !pending.isEmpty()) {
            jdbc.batchUpdate(sql.get(table), pending);
          }
        }
      });
    }
  }
}
