package uk.frontdoor.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.frontdoor.language.Glossary;
import uk.frontdoor.language.GlossaryEntry;
import uk.frontdoor.language.LanguageChecker;
import uk.frontdoor.language.LanguageFinding;
import uk.frontdoor.record.JourneyRecord.ContactJourney;
import uk.frontdoor.record.JourneyRecord.Entry;
import uk.frontdoor.record.JourneyRecord.View;
import uk.frontdoor.support.ServiceTest;

/**
 * The child's record built from hand-inserted rows, opened over real HTTP by each kind of viewer,
 * and rendered in a real headless Chromium.
 */
@ServiceTest
class ChildJourneyRecordTest {

  @Autowired JdbcClient jdbc;
  @Autowired ChildJourneyRecords records;
  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private JourneyFixture f;

  @BeforeEach
  void insertJourney() {
    f = new JourneyFixture(jdbc).insert();
  }

  @Test
  void theRecordShowsEachStepInOrderWithWhoWhenAndWhy() {
    JourneyRecord record = records.build(f.amira, RecordAccessPolicy.Access.full(View.FULL)).orElseThrow();

    assertThat(record.child().name()).isEqualTo("Amira Khan" + f.tag);
    assertThat(record.contacts()).extracting(ContactJourney::contactId).containsExactly(f.march, f.november);
    ContactJourney november = record.contacts().get(1);
    assertThat(november.reReferral()).isTrue();
    assertThat(november.reReferralOf()).isEqualTo(f.march);
    assertThat(november.previousContactId()).isEqualTo(f.march);
    assertThat(november.otherChildren()).extracting(JourneyRecord.ChildSummary::childId).containsExactly(f.sam);
    assertThat(record.siblings()).extracting(JourneyRecord.ChildSummary::link)
        .contains("/children/" + f.sam).doesNotContain("/children/" + f.amira);

    assertThat(november.entries()).extracting(Entry::kind).containsExactly("contact-received", "history-found",
        "urgency-proposed", "urgency-changed", "screening", "consent", "consent", "agency-check", "agency-check",
        "escalation", "agency-check", "needs-found", "pathway-decided", "sent-back", "signed-off", "outcome",
        "assessment-allocated", "referrer-told");
    assertThat(november.entries()).extracting(Entry::at).isSorted();
    assertThat(november.entries()).extracting(Entry::title).contains("Check of children's social care records")
        .noneMatch(title -> title.contains("records records"));

    Entry received = entry(november, "contact-received", 0);
    assertThat(received.referrerWords()).isEqualTo(JourneyFixture.CONCERNS);
    assertThat(received.by().name()).isEqualTo("Priya Patel");

    Entry changed = entry(november, "urgency-changed", 0);
    assertThat(changed.rationale()).isEqualTo("Amira is scared at night: this cannot wait a day.");
    assertThat(changed.dueAt()).isEqualTo(JourneyFixture.at("2025-11-24T13:15:00"));

    Entry override = entry(november, "consent", 1);
    assertThat(override.title()).isEqualTo("Manager's decision on consent");
    assertThat(override.by().name()).isEqualTo("Morgan Hughes");
    assertThat(override.by().role()).isEqualTo("Team manager, children's referral service");
    assertThat(override.rationale()).isEqualTo(JourneyFixture.OVERRIDE);
    assertThat(override.facts()).extracting(JourneyRecord.Fact::value)
        .contains("Refusal overridden", "Public task: safeguarding (Data Protection Act 2018, Schedule 1 paragraph 18)");

    Entry escalation = entry(november, "escalation", 0);
    assertThat(escalation.title()).isEqualTo("Escalated: the police check was overdue");
    assertThat(escalation.rationale()).isEqualTo(JourneyFixture.ESCALATION_NOTE);

    Entry needs = entry(november, "needs-found", 0);
    assertThat(needs.facts()).extracting(JourneyRecord.Fact::value)
        .contains("An injury to a child that is not explained or not consistent with the explanation");
    Entry pathway = entry(november, "pathway-decided", 0);
    assertThat(pathway.rationale()).isEqualTo(JourneyFixture.DEPARTURE);
    assertThat(pathway.facts()).extracting(JourneyRecord.Fact::value).contains("Early help");

    Entry sentBack = entry(november, "sent-back", 0);
    assertThat(sentBack.rationale()).isEqualTo(JourneyFixture.SEND_BACK);
    assertThat(sentBack.by().name()).isEqualTo("Morgan Hughes");
    Entry signedOff = entry(november, "signed-off", 0);
    assertThat(signedOff.facts()).extracting(JourneyRecord.Fact::label).contains("Level of need", "Risks", "Strengths",
        "Analysis", "The child's voice", "Written by", "Next step");
    // the proforma of this child, not of the brother
    assertThat(signedOff.facts()).extracting(JourneyRecord.Fact::value).contains(JourneyFixture.OVERSIGHT_RISKS,
        "Morgan Hughes, 24 November 2025, 13:12", "Allocate both children for an assessment (Duty team manager, "
            + "Within 1 working day)");
    assertThat(signedOff.rationale()).isEqualTo("I agree: both children need an assessment of their own.");
  }

  @Test
  void aSiblingsRecordLinksBack() {
    JourneyRecord sam = records.build(f.sam, RecordAccessPolicy.Access.full(View.FULL)).orElseThrow();
    assertThat(sam.siblings()).extracting(JourneyRecord.ChildSummary::link).contains("/children/" + f.amira);
    ContactJourney november = sam.contacts().get(1);
    assertThat(november.otherChildren()).extracting(JourneyRecord.ChildSummary::childId).containsExactly(f.amira);
    // Amira's threshold decision is hers: not in her brother's record
    assertThat(november.entries()).extracting(Entry::kind).doesNotContain("needs-found")
        .contains("assessment-allocated");
    assertThat(entry(november, "assessment-allocated", 0).facts()).extracting(JourneyRecord.Fact::value)
        .contains("Brother or sister of a child routed to assessment");
  }

  @Test
  void aPractitionerSeesTheFullRecord() throws Exception {
    HttpResponse<String> response = get("/api/children/" + f.amira + "/journey", "practitioner");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = json.readTree(response.body());
    assertThat(body.path("view").asText()).isEqualTo("full");
    assertThat(response.body()).contains(JourneyFixture.HEALTH_FINDINGS, JourneyFixture.POLICE_FINDINGS,
        JourneyFixture.CONCERNS);
    assertThat(body.path("contacts").get(1).path("entries").get(0).path("at").asText())
        .isEqualTo("2025-11-24T09:15:00Z");
    assertThat(accessRows(f.amira)).anyMatch(r -> r.equals("practitioner|api|full|true"));
  }

  @Test
  void thePoliceSeeOnlyTheirOwnCheck() throws Exception {
    HttpResponse<String> response = get("/api/children/" + f.amira + "/journey", "police");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = json.readTree(response.body());
    assertThat(body.path("view").asText()).isEqualTo("agency-check");
    assertThat(response.body()).contains(JourneyFixture.POLICE_FINDINGS)
        .doesNotContain(JourneyFixture.HEALTH_FINDINGS, JourneyFixture.CONCERNS, JourneyFixture.OVERRIDE,
            JourneyFixture.SEND_BACK, "Ms Jones", f.sam.toString());
    assertThat(body.path("contacts")).hasSize(1);
    List<String> kinds = new ArrayList<>();
    body.path("contacts").get(0).path("entries").forEach(e -> kinds.add(e.path("kind").asText()));
    assertThat(kinds).containsExactly("contact-received", "agency-check");

    HttpResponse<String> noah = get("/api/children/" + f.noah + "/journey", "police");
    assertThat(noah.statusCode()).isEqualTo(403);
    assertThat(noah.headers().firstValue("Content-Type")).hasValueSatisfying(
        t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(noah.body()).doesNotContain("Nothing recorded.");
    assertThat(accessRows(f.amira)).contains("police|api|agency-check|true");
    assertThat(accessRows(f.noah)).contains("police|api|denied|false");
  }

  @Test
  void theBriefInterventionTeamSeesOnlyChildrenRoutedToThem() throws Exception {
    assertThat(get("/api/children/" + f.amira + "/journey", "bit").statusCode()).isEqualTo(403);
    HttpResponse<String> bea = get("/api/children/" + f.bea + "/journey", "bit");
    assertThat(bea.statusCode()).isEqualTo(200);
    assertThat(json.readTree(bea.body()).path("view").asText()).isEqualTo("brief-intervention");
    assertThat(accessRows(f.amira)).contains("bit|api|denied|false");
    assertThat(accessRows(f.bea)).contains("bit|api|brief-intervention|true");
  }

  @Test
  void anonymousUnknownAndTheAccessLogItself() throws Exception {
    HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(uri("/api/children/" + f.amira + "/journey"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(anonymous.statusCode()).isEqualTo(401);
    HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/children/" + f.amira)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(401);

    UUID unknown = UUID.randomUUID();
    HttpResponse<String> missing = get("/api/children/" + unknown + "/journey", "practitioner");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(json.readTree(missing.body()).path("status").asInt()).isEqualTo(404);

    HttpResponse<String> byContact = get("/api/contacts/" + f.november + "/journey", "police");
    assertThat(byContact.statusCode()).isEqualTo(200);
    assertThat(byContact.body()).contains(JourneyFixture.POLICE_FINDINGS).doesNotContain(JourneyFixture.HEALTH_FINDINGS);

    assertThat(get("/api/record-access?childId=" + f.amira, "practitioner").statusCode()).isEqualTo(403);
    HttpResponse<String> log = get("/api/record-access?childId=" + f.amira + "&userId=police", "admin");
    assertThat(log.statusCode()).isEqualTo(200);
    JsonNode rows = json.readTree(log.body());
    assertThat(rows).isNotEmpty();
    rows.forEach(r -> {
      assertThat(r.path("childId").asText()).isEqualTo(f.amira.toString());
      assertThat(r.path("userId").asText()).isEqualTo("police");
      assertThat(r.path("remoteAddress").asText()).isEqualTo("127.0.0.1");
    });
  }

  @Test
  void thePageRendersInARealBrowserWithoutAcronyms() throws Exception {
    Path chromium = Path.of("/usr/bin/chromium");
    if (!Files.isExecutable(chromium)) {
      fail("Chromium is missing: install it with `apt-get update && apt-get install -y chromium` (CI's .ci/run does)");
    }
    String url = "http://practitioner:practitioner@127.0.0.1:" + port + "/children/" + f.amira;
    Path profile = Files.createTempDirectory("chromium-profile");
    Path screenshot = Path.of("target", "child-record-page.png").toAbsolutePath();
    Files.createDirectories(screenshot.getParent());
    List<String> common = List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--user-data-dir=" + profile);
    String dom = run(common, "--dump-dom", url);
    assertThat(dom).contains("Amira Khan" + f.tag, "Manager's decision on consent", "Sent back by the manager",
        "Escalated: the police check was overdue", "24 November 2025, 09:15", "Brothers and sisters");
    assertThat(dom).contains("<blockquote class=\"referrer-words\">");

    Glossary glossary;
    try (var reader = new InputStreamReader(Files.newInputStream(Path.of("processes/language/glossary.csv")),
        StandardCharsets.UTF_8)) {
      glossary = Glossary.parse(reader, "processes/language/glossary.csv");
    }
    String quoted = dom.replaceAll("(?s).*<blockquote class=\"referrer-words\">(.*?)</blockquote>.*", "$1");
    assertThat(new LanguageChecker(glossary).check(quoted)).extracting(LanguageFinding::term).contains("DV");
    String text = dom.replaceAll("(?s)<blockquote class=\"referrer-words\">.*?</blockquote>", " ")
        .replaceAll("(?s)<style.*?</style>", " ").replaceAll("(?s)<[^>]+>", " ")
        .replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"");
    assertThat(new LanguageChecker(glossary).check(text))
        .filteredOn(finding -> finding.kind() == GlossaryEntry.Kind.ACRONYM)
        .extracting(LanguageFinding::found).isEmpty();

    run(common, "--screenshot=" + screenshot, "--window-size=1000,3000", url);
    assertThat(screenshot).exists();
    assertThat(Files.size(screenshot)).isGreaterThan(10_000);
    assertThat(accessRows(f.amira)).contains("practitioner|page|full|true");

    HttpResponse<String> search = get("/children?q=TN" + f.tag, "practitioner");
    assertThat(search.statusCode()).isEqualTo(200);
    assertThat(search.body()).contains("/children/" + f.amira, "/children/" + f.sam).doesNotContain("/children/" + f.noah);
    HttpResponse<String> bitSearch = get("/children?q=Green" + f.tag, "bit");
    assertThat(bitSearch.body()).contains("/children/" + f.bea);
    assertThat(get("/children?q=Khan" + f.tag, "bit").body()).doesNotContain("/children/" + f.amira);
  }

  private static String run(List<String> common, String... more) throws Exception {
    List<String> command = new ArrayList<>(common);
    command.addAll(List.of(more));
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] out = process.getInputStream().readAllBytes();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("Chromium did not finish in 60 seconds");
    }
    return new String(out, StandardCharsets.UTF_8);
  }

  private static Entry entry(ContactJourney contact, String kind, int index) {
    return contact.entries().stream().filter(e -> e.kind().equals(kind)).skip(index).findFirst().orElseThrow();
  }

  private List<String> accessRows(UUID childId) {
    return jdbc.sql("select user_id, channel, view_kind, allowed from record_access where child_id = ?")
        .param(childId).query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|"
            + rs.getBoolean(4)).list();
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private HttpResponse<String> get(String path, String user) throws Exception {
    String basic = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + basic).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
