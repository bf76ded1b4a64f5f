package uk.frontdoor.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import uk.frontdoor.support.Contacts;
import uk.frontdoor.support.Http;
import uk.frontdoor.support.Http.Reply;
import uk.frontdoor.support.HttpTest;

class AuthenticationHttpTest extends HttpTest {

  @ParameterizedTest
  @ValueSource(strings = {"/api/contacts", "/api/contacts/00000000-0000-0000-0000-000000000000",
      "/engine-rest/task", "/engine-rest/process-definition", "/engine-rest/user"})
  void anonymousReadsAreRefusedWithAChallenge(String path) {
    assertChallenged(anonymous().get(path));
  }

  @Autowired
  private IdentityService identityService;

  @Test
  void anAnonymousContactIsRefusedAndWritesNothing() {
    Counts before = counts();
    assertChallenged(anonymous().post("/api/contacts", Contacts.valid(), Map.of()));
    assertChallenged(anonymous().post("/engine-rest/process-definition/key/child-journey/start", "{}"));
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void aWrongPasswordIsRefused() {
    Counts before = counts();
    Http wrong = Http.as(port, "auditor", "not-the-password");
    try {
      assertChallenged(wrong.get("/engine-rest/task"));
      assertChallenged(wrong.post("/api/contacts", Contacts.valid(), Map.of()));
      assertChallenged(Http.as(port, "nobody", "nobody").get("/api/contacts"));
      assertThat(counts()).isEqualTo(before);
    } finally {
      // Camunda locks a user for a while after failed logins: the tests after this one sign in as them
      identityService.unlockUser("auditor");
    }
  }

  @Test
  void aPoliceOfficerCannotStartAJourney() {
    Counts before = counts();

    Reply reply = as("police").post("/api/contacts", Contacts.valid(), Map.of());

    assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void onlyTheReferralServiceAuditorsAndServiceLeadsReadAContact() {
    var body = Contacts.valid();
    Map<String, String> key = Map.of("Idempotency-Key", "read-check-" + java.util.UUID.randomUUID());
    Reply contact = as("practitioner").post("/api/contacts", body, key);
    assertThat(contact.status()).as(contact.toString()).isEqualTo(201);
    String path = "/api/contacts/" + contact.json().get("contactId").asText();

    assertThat(as("servicelead").get(path).status()).isEqualTo(200);
    Reply police = as("police").get(path);
    assertThat(police.status()).as(police.toString()).isEqualTo(403);
    assertThat(police.toString()).doesNotContain(contact.json().get("reference").asText());
    // nor by sending the same contact again under its key, which answers with the recorded one
    Reply replay = as("police").post("/api/contacts", body, key);
    assertThat(replay.status()).as(replay.toString()).isEqualTo(403);
    assertThat(replay.toString()).doesNotContain(contact.json().get("reference").asText());
  }

  @Test
  void theEngineApiAppliesTheCallersAuthorizations() {
    Reply contact = as("practitioner").post("/api/contacts", Contacts.valid(), Map.of());
    assertThat(contact.status()).as(contact.toString()).isEqualTo(201);
    String processInstanceId = contact.json().get("processInstanceId").asText();
    runJobs(processInstanceId);
    String tasks = "/engine-rest/task?processInstanceId=" + processInstanceId;

    Reply practitioner = as("practitioner").get(tasks);
    Reply police = as("police").get(tasks);

    assertThat(practitioner.status()).isEqualTo(200);
    JsonNode seen = practitioner.json();
    assertThat(seen).hasSize(1);
    assertThat(seen.get(0).get("taskDefinitionKey").asText()).isEqualTo("Task_ScreenContact");
    assertThat(police.status()).isEqualTo(200);
    assertThat(police.json()).isEmpty();
    // the task is there: police simply may not see it
    assertThat(taskService.createTaskQuery().processInstanceId(processInstanceId).count()).isEqualTo(1);
  }

  @Test
  void theOpenApiDocumentDescribesTheContactsApi() {
    Reply docs = anonymous().get("/v3/api-docs");

    assertThat(docs.status()).as(docs.toString()).isEqualTo(200);
    JsonNode paths = docs.json().get("paths");
    assertThat(paths.has("/api/contacts")).as(paths.toString()).isTrue();
    assertThat(paths.get("/api/contacts").has("post")).isTrue();
    assertThat(paths.has("/api/contacts/{contactId}")).isTrue();
  }

  private static void assertChallenged(Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
    assertThat(reply.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWithIgnoringCase("Basic");
  }
}
