package uk.frontdoor.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;
import uk.frontdoor.journey.ChildJourneyProcess.Element;
import uk.frontdoor.journey.JourneyDriver;
import uk.frontdoor.postgres.RootSafePostgres;
import uk.frontdoor.support.Contacts;
import uk.frontdoor.support.Http;
import uk.frontdoor.support.TaskRest;

/**
 * Two nodes of the service, each in a JVM of its own with its job executor on, sharing one real
 * PostgreSQL: a Camunda cluster, as a council runs it. Journeys are driven over HTTP across both
 * nodes as the seeded users. The tests run in order on one cluster, as its day would go: both
 * nodes started at once on an empty database, partner agencies answering at once, a node killed
 * with {@code kill -9} under load and started again, the database restarted under load.
 *
 * <p>It needs no app in this JVM, so it runs beside nothing else: its own surefire execution.
 */
@Tag(ClusterTest.TAG)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterTest {

  /** Run with {@code mvn verify -Pcluster}: minutes of two JVMs starting, so apart from the rest. */
  static final String TAG = "cluster";

  private static final Logger log = LoggerFactory.getLogger(ClusterTest.class);
  private static final String DATABASE = "frontdoor";
  private static final String USER = "frontdoor";
  private static final String PASSWORD = "frontdoor-cluster-test";
  /** Generous: two Spring Boot JVMs starting at once on a machine shared with other builds. */
  private static final Duration START_UP = Duration.ofMinutes(5);
  /** How long a step the job executor takes on may take to show, on a busy machine. */
  private static final Duration JOBS = Duration.ofSeconds(60);

  private static final Path WORK = Path.of("target", "cluster", UUID.randomUUID().toString());
  private static int postgresPort;
  private static EmbeddedPostgres postgres;
  private static String jdbcUrl;
  private static ClusterNode a;
  private static ClusterNode b;

  @BeforeAll
  static void startTwoNodesAtTheSameMomentOnAnEmptyDatabase() throws Exception {
    postgresPort = freePort();
    postgres = RootSafePostgres.startKeepingData(WORK.resolve("postgres").toAbsolutePath(), postgresPort);
    try (Connection admin = postgres.getPostgresDatabase().getConnection();
        Statement sql = admin.createStatement()) {
      sql.execute("create role " + USER + " login password '" + PASSWORD + "'");
      sql.execute("create database " + DATABASE + " owner " + USER);
    }
    jdbcUrl = "jdbc:postgresql://localhost:" + postgresPort + "/" + DATABASE;
    a = ClusterNode.start("node-a", environment(), WORK);
    b = ClusterNode.start("node-b", environment(), WORK);
    a.awaitUp(START_UP);
    b.awaitUp(START_UP);
  }

  @AfterAll
  static void stopEverything() throws Exception {
    for (ClusterNode node : new ClusterNode[] {a, b}) {
      try {
        if (node != null) {
          node.close();
        }
      } catch (RuntimeException | InterruptedException e) {
        log.warn("Could not stop {}", node, e);
      }
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  @Order(1)
  void bothNodesStartedAtTheSameMomentOnAnEmptyDatabaseComeUpWithOneDeployment() throws Exception {
    assertThat(a.isAlive()).isTrue();
    assertThat(b.isAlive()).isTrue();
    assertThat(count("select count(*) from act_re_deployment")).isOne();
    assertThat(count("select count(*) from act_re_procdef where key_ = 'child-journey'")).isOne();
    assertThat(count("select count(*) from flyway_schema_history where not success")).isZero();
    assertThat(count("select count(*) from act_id_user where id_ = 'practitioner'")).isOne();
    log.info("Set-up lock waits: {} {}, {} {}", a, a.logged("Another node is setting up the database"),
        b, b.logged("Another node is setting up the database"));
  }

  @Test
  @Order(2)
  void journeysCrossNodesAndFivePartnerAgenciesAnsweringAtOnceOnTwoNodesAllSucceedFirstTime() throws Exception {
    for (int journey = 0; journey < 2; journey++) {
      String pi = recordContact(a);
      done(practitioner(b), pi, Element.SCREEN_CONTACT, JourneyDriver.screening("mash-checks"));
      done(practitioner(a), pi, Element.RECORD_CONSENT, JourneyDriver.consentGiven());

      CyclicBarrier together = new CyclicBarrier(JourneyDriver.AGENCY_GROUPS.size());
      List<Future<Http.Reply>> replies = new ArrayList<>();
      ExecutorService officers = Executors.newFixedThreadPool(JourneyDriver.AGENCY_GROUPS.size());
      try {
        int n = 0;
        for (Map.Entry<String, String> agency : JourneyDriver.AGENCY_GROUPS.entrySet()) {
          TaskRest officer = new TaskRest((n++ % 2 == 0 ? a : b).as(agency.getKey()), agency.getKey());
          JsonNode check = officer.await(pi, Element.CHECK_AGENCY_RECORDS, agency.getValue(), JOBS);
          assertThat(officer.claim(check).status()).isEqualTo(204);
          replies.add(officers.submit(() -> {
            together.await(30, TimeUnit.SECONDS);
            return officer.submit(check, JourneyDriver.agencyAnswer("not-known"));
          }));
        }
        for (Future<Http.Reply> reply : replies) {
          Http.Reply first = reply.get(60, TimeUnit.SECONDS);
          assertThat(first.status()).as("an officer's first answer: " + first).isEqualTo(204);
        }
      } finally {
        officers.shutdownNow();
      }

      practitioner(b).await(pi, Element.APPLY_PATHWAYS, null, JOBS);
      assertThat(count("select count(*) from mash_check m join contact c on c.id = m.contact_id"
          + " where c.process_instance_id = ?", pi)).as("five agencies and the council's two records").isEqualTo(7);
    }
    assertThat(count("select count(*) from act_ru_incident")).isZero();
  }

  @Test
  @Order(3)
  void aNodeKilledUnderLoadLosesNoAcknowledgedContactAndTheOtherFinishesEveryJourney() throws Exception {
    int contacts = 16;
    ExecutorService referrers = Executors.newFixedThreadPool(4);
    List<Future<Http.Reply>> replies = new ArrayList<>();
    for (int i = 0; i < contacts; i++) {
      replies.add(referrers.submit(() -> b.as("practitioner").post("/api/contacts", Contacts.valid().toString())));
    }
    // kill the node once it has acknowledged contacts and holds jobs (history checks) locked
    long lockedAtKill = 0;
    Instant until = Instant.now().plusSeconds(120);
    while (Instant.now().isBefore(until) && !replies.stream().allMatch(Future::isDone)) {
      if (replies.stream().filter(ClusterTest::acknowledged).count() >= 2
          && (lockedAtKill = count("select count(*) from act_ru_job where lock_owner_ is not null")) > 0) {
        break;
      }
    }
    b.kill();
    Instant killed = Instant.now();
    referrers.shutdown();

    List<JsonNode> acknowledged = new ArrayList<>();
    for (Future<Http.Reply> reply : replies) {
      try {
        Http.Reply answer = reply.get(60, TimeUnit.SECONDS);
        if (answer.status() == 201) {
          acknowledged.add(answer.json());
        }
      } catch (ExecutionException cutOff) {
        // the node died under this request: it was never acknowledged
      }
    }
    log.info("Killed {} with {} jobs locked; {} of {} contacts acknowledged", b, lockedAtKill, acknowledged.size(),
        contacts);
    assertThat(acknowledged).as("contacts the node acknowledged before it died").isNotEmpty();

    Duration lockTime = lockTime();
    for (JsonNode contact : acknowledged) {
      String pi = contact.get("processInstanceId").asText();
      assertThat(count("select count(*) from contact where id = ?::uuid and process_instance_id = ?",
          contact.get("contactId").asText(), pi)).as("an acknowledged contact").isOne();
      practitioner(a).await(pi, Element.SCREEN_CONTACT, null, lockTime.plus(JOBS));
    }
    Duration resumed = Duration.between(killed, Instant.now());
    log.info("Every acknowledged journey reached screening on {} {} s after the kill (job lock time {} s)", a,
        resumed.toSeconds(), lockTime.toSeconds());

    assertThat(count("select count(*) from contact c where not exists"
        + " (select 1 from act_hi_procinst p where p.id_ = c.process_instance_id)"))
        .as("a contact without its journey").isZero();
    for (JsonNode contact : acknowledged) {
      String pi = contact.get("processInstanceId").asText();
      String id = contact.get("contactId").asText();
      // each automatic step once, though the node that ran or held it died
      assertThat(count("select count(*) from urgency_rating where contact_id = ?::uuid and proposed", id)).isOne();
      assertThat(count("select count(*) from history_finding where contact_id = ?::uuid", id)).isOne();
      assertThat(count("select count(*) from act_hi_actinst where proc_inst_id_ = ? and act_id_ = ?"
          + " and end_time_ is not null", pi, Element.CHECK_HISTORY)).isOne();
      assertThat(count("select count(*) from act_ru_task where proc_inst_id_ = ?", pi)).isOne();
    }
    for (JsonNode contact : acknowledged) {
      finishScreenedOut(a, contact.get("processInstanceId").asText());
    }
    assertThat(count("select count(*) from act_ru_incident")).isZero();
    assertThat(count("select count(*) from act_ru_job where exception_msg_ is not null")).isZero();
  }

  @Test
  @Order(4)
  void theKilledNodeStartedAgainJoinsWithoutANewDeployment() throws Exception {
    long deployments = count("select count(*) from act_re_deployment");
    b = ClusterNode.start("node-b-again", environment(), WORK).awaitUp(START_UP);
    assertThat(count("select count(*) from act_re_deployment")).isEqualTo(deployments);

    String pi = recordContact(b);
    finishScreenedOut(b, pi);
  }

  @Test
  @Order(5)
  void aDatabaseRestartUnderLoadLosesNothingAcknowledgedAndTheNodesRecoverByThemselves() throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    ConcurrentLinkedQueue<Http.Reply> replies = new ConcurrentLinkedQueue<>();
    ExecutorService referrers = Executors.newFixedThreadPool(2);
    List<Future<?>> load = new ArrayList<>();
    for (ClusterNode node : List.of(a, b)) {
      load.add(referrers.submit(() -> {
        while (!stop.get()) {
          try {
            replies.add(node.as("practitioner").post("/api/contacts", Contacts.valid().toString()));
          } catch (RuntimeException noAnswer) {
            // a dropped connection is not an acknowledgement
          }
        }
        return null;
      }));
    }
    try {
      awaitAcknowledged(replies, 4, JOBS);
      postgres.close();
      postgres = RootSafePostgres.startKeepingData(WORK.resolve("postgres").toAbsolutePath(), postgresPort);
      int before = acknowledgedCount(replies);
      awaitAcknowledged(replies, before + 6, Duration.ofSeconds(120));
    } finally {
      stop.set(true);
      referrers.shutdown();
      assertThat(referrers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    }
    Map<Integer, Integer> statuses = new TreeMap<>();
    replies.forEach(reply -> statuses.merge(reply.status(), 1, Integer::sum));
    log.info("Answers while the database restarted: {}", statuses);
    for (Http.Reply reply : replies) {
      assertThat(reply.status()).as("created, or retryable while the database is away: %s", reply.body())
          .isIn(201, 503);
      if (reply.status() == 503) {
        assertThat(reply.headers().getFirst("Retry-After")).as("a 503 says when to try again").isNotBlank();
      }
    }

    // a history check cut off by the restart is retried: after its lock expires if the failure could
    // not even be recorded, and 30 s after a recorded failure (the model's first retry)
    Duration recovery = lockTime().plusSeconds(30).plus(JOBS);
    for (Http.Reply reply : replies) {
      if (reply.status() == 201) {
        JsonNode contact = reply.json();
        assertThat(count("select count(*) from contact where id = ?::uuid", contact.get("contactId").asText()))
            .as("an acknowledged contact").isOne();
        practitioner(a).await(contact.get("processInstanceId").asText(), Element.SCREEN_CONTACT, null, recovery);
      }
    }
    for (ClusterNode node : List.of(a, b)) {
      assertThat(node.isAlive()).isTrue();
      assertThat(node.as("practitioner").post("/api/contacts", Contacts.valid().toString()).status())
          .as(node + " after the restart").isEqualTo(201);
    }
    assertThat(count("select count(*) from act_ru_incident")).isZero();
  }

  /**
   * What a person meets when others act at the same moment on the other node: a plain answer,
   * never a server error, and one record for one child. Runs after the tests above, on the same
   * cluster.
   */
  @Nested
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  class AtTheSameMoment {

    @Test
    @Order(1)
    void twoPractitionersClaimingOneTaskOnTwoNodesGetOneSuccessAndOnePlainRefusal() throws Exception {
      String pi = recordContact(a);
      JsonNode screening = practitioner(a).await(pi, Element.SCREEN_CONTACT, null, JOBS);
      List<TaskRest> people = List.of(practitioner(a), new TaskRest(b.as("practitioner2"), "practitioner2"));
      List<Http.Reply> replies = atOnce(people.stream()
          .<Callable<Http.Reply>>map(person -> () -> person.claim(screening)).toList());
      assertThat(replies).extracting(Http.Reply::status).containsExactlyInAnyOrder(204, 409);
      assertThat(replies.stream().filter(reply -> reply.status() == 409).findFirst().orElseThrow()
          .json().path("message").asText()).contains("Someone else has just taken this task");
    }

    @Test
    @Order(2)
    void tenContactsAboutOneNewChildOnTwoNodesAtOnceMakeOneChildRecord() throws Exception {
      String first = Contacts.uniqueName("Amira");
      String last = Contacts.uniqueName("Khan");
      ObjectNode address = Contacts.address(Contacts.uniqueHouseNumber() + " Mill Lane", "EX2 4CD");
      List<Callable<Http.Reply>> contacts = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        ClusterNode node = i % 2 == 0 ? a : b;
        String body = Contacts.validAt(address.deepCopy(),
            Contacts.child(first, last, LocalDate.now().minusYears(6))).toString();
        contacts.add(() -> node.as("practitioner").post("/api/contacts", body));
      }
      for (Http.Reply reply : atOnce(contacts)) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
      }
      assertThat(count("select count(*) from child where first_name = ? and last_name = ?", first, last)).isOne();
      assertThat(count("select count(*) from contact_child c join child k on k.id = c.child_id"
          + " where k.first_name = ? and k.last_name = ?", first, last)).isEqualTo(10);
    }

    private static List<Http.Reply> atOnce(List<Callable<Http.Reply>> calls) throws Exception {
      CyclicBarrier together = new CyclicBarrier(calls.size());
      ExecutorService people = Executors.newFixedThreadPool(calls.size());
      try {
        List<Future<Http.Reply>> replies = new ArrayList<>();
        for (Callable<Http.Reply> call : calls) {
          replies.add(people.submit(() -> {
            together.await(30, TimeUnit.SECONDS);
            return call.call();
          }));
        }
        List<Http.Reply> answers = new ArrayList<>();
        for (Future<Http.Reply> reply : replies) {
          answers.add(reply.get(60, TimeUnit.SECONDS));
        }
        return answers;
      } finally {
        people.shutdownNow();
      }
    }
  }

  // ------------------------------------------------------------------ journeys over HTTP

  /** Contacts.valid() names one child per contact. */
  private static final int CHILDREN_PER_CONTACT = Contacts.valid().get("children").size();

  private static String recordContact(ClusterNode node) {
    Http.Reply recorded = node.as("practitioner").post("/api/contacts", Contacts.valid().toString());
    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    return recorded.json().get("processInstanceId").asText();
  }

  /** Closes a journey on this node the short way: screened out, signed off, the referrer told. */
  private static void finishScreenedOut(ClusterNode node, String pi) throws Exception {
    done(practitioner(node), pi, Element.SCREEN_CONTACT, JourneyDriver.screening("no-further-action"));
    TaskRest manager = new TaskRest(node.as(JourneyDriver.MANAGER_2), JourneyDriver.MANAGER_2);
    JsonNode oversight = manager.await(pi, Element.MANAGEMENT_OVERSIGHT, null, JOBS);
    manager.complete(oversight, JourneyDriver.oversightApproved(manager.shown(oversight)));
    // then each child's section of the proforma, one step at a time
    for (int child = 0; child < CHILDREN_PER_CONTACT; child++) {
      JsonNode section = manager.await(pi, Element.OVERSIGHT_FOR_CHILD, null, JOBS);
      manager.complete(section, JourneyDriver.oversightForChild(manager.shown(section)));
    }
    done(practitioner(node), pi, Element.TELL_REFERRER, JourneyDriver.referrerTold());
    Instant until = Instant.now().plus(JOBS);
    while (count("select count(*) from act_hi_procinst where id_ = ? and end_time_ is not null", pi) == 0) {
      assertThat(Instant.now()).as("journey " + pi + " finished").isBefore(until);
      Thread.sleep(200);
    }
  }

  private static void done(TaskRest person, String pi, String element, Map<String, Object> payload)
      throws InterruptedException {
    person.complete(person.await(pi, element, null, JOBS), payload);
  }

  private static TaskRest practitioner(ClusterNode node) {
    return new TaskRest(node.as(JourneyDriver.PRACTITIONER), JourneyDriver.PRACTITIONER);
  }

  private static void awaitAcknowledged(ConcurrentLinkedQueue<Http.Reply> replies, int atLeast, Duration within)
      throws InterruptedException {
    Instant until = Instant.now().plus(within);
    while (acknowledgedCount(replies) < atLeast) {
      assertThat(Instant.now()).as(atLeast + " contacts acknowledged").isBefore(until);
      Thread.sleep(100);
    }
  }

  private static boolean acknowledged(Future<Http.Reply> reply) {
    try {
      return reply.isDone() && reply.get().status() == 201;
    } catch (InterruptedException | ExecutionException noAnswer) {
      return false;
    }
  }

  private static int acknowledgedCount(ConcurrentLinkedQueue<Http.Reply> replies) {
    return (int) replies.stream().filter(reply -> reply.status() == 201).count();
  }

  // ------------------------------------------------------------------ the cluster's parts

  private static Map<String, String> environment() {
    return Map.of("FRONTDOOR_DB_URL", jdbcUrl, "FRONTDOOR_DB_USER", USER, "FRONTDOOR_DB_PASSWORD", PASSWORD,
        "FRONTDOOR_ADMIN_PASSWORD", "cluster-test-admin");
  }

  private static Duration lockTime() throws IOException {
    return Duration.ofMillis(Long.parseLong(postgresSetting("camunda.bpm.job-execution.lock-time-in-millis")));
  }

  /** What the postgres profile sets, so the test holds the service to its own figure. */
  private static String postgresSetting(String name) throws IOException {
    return new YamlPropertySourceLoader().load("postgres", new ClassPathResource("application-postgres.yml"))
        .stream().map(source -> source.getProperty(name)).filter(Objects::nonNull).findFirst()
        .map(Object::toString).orElseThrow(() -> new AssertionError(name + " is not set for PostgreSQL"));
  }

  private static long count(String query, Object... params) throws SQLException {
    try (Connection db = DriverManager.getConnection(jdbcUrl, USER, PASSWORD);
        PreparedStatement sql = db.prepareStatement(query)) {
      for (int i = 0; i < params.length; i++) {
        sql.setObject(i + 1, params[i]);
      }
      try (ResultSet rows = sql.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
