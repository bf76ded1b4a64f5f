package uk.frontdoor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import uk.frontdoor.journey.JourneyDriver;
import uk.frontdoor.support.Contacts;
import uk.frontdoor.support.Http.Reply;
import uk.frontdoor.support.HttpTest;
import uk.frontdoor.support.WebappSession;

/**
 * The conflicts two people can meet in Tasklist, through both of Camunda REST's doors: each is a
 * 409 with a plain message, and a task that does not exist is a 404; never a 500.
 */
class ConflictHttpTest extends HttpTest {

  private String screeningTask() {
    Reply recorded = as("practitioner").post("/api/contacts", Contacts.valid(), Map.of());
    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    String pi = recorded.json().get("processInstanceId").asText();
    runJobs(pi);
    return taskService.createTaskQuery().processInstanceId(pi).singleResult().getId();
  }

  @Test
  void twoPeopleClaimingOneTaskAtOnceGetItAndAPlainRefusal() throws Exception {
    String task = screeningTask();
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<Reply>> claims = new ArrayList<>();
    for (String user : List.of("practitioner", "practitioner2")) {
      claims.add(CompletableFuture.supplyAsync(() -> {
        awaitQuietly(start);
        return as(user).post("/engine-rest/task/" + task + "/claim", "{\"userId\":\"" + user + "\"}");
      }));
    }
    start.countDown();
    List<Integer> statuses = new ArrayList<>();
    for (CompletableFuture<Reply> claim : claims) {
      Reply reply = claim.get();
      statuses.add(reply.status());
      if (reply.status() == 409) {
        assertThat(reply.json().get("message").asText()).isEqualTo(EngineFailure.CLAIMED);
      }
    }
    assertThat(statuses).containsExactlyInAnyOrder(204, 409);
  }

  @Test
  void aTaskAlreadyClaimedCompletedMeanwhileOrUnknownIsAPlainAnswerThroughBothDoors() throws Exception {
    String task = screeningTask();
    WebappSession tasklist = WebappSession.signIn(port, "practitioner2");
    assertThat(as("practitioner").post("/engine-rest/task/" + task + "/claim", "{\"userId\":\"practitioner\"}")
        .status()).isEqualTo(204);

    Reply claimedRest = as("practitioner2").post("/engine-rest/task/" + task + "/claim", "{\"userId\":\"practitioner2\"}");
    Reply claimedWeb = tasklist.post("/camunda/api/engine/engine/default/task/" + task + "/claim",
        "{\"userId\":\"practitioner2\"}");
    for (Reply claimed : List.of(claimedRest, claimedWeb)) {
      assertThat(claimed.status()).as(claimed.toString()).isEqualTo(409);
      assertThat(claimed.json().get("type").asText()).isEqualTo("TaskAlreadyClaimedException");
      assertThat(claimed.json().get("message").asText()).isEqualTo(EngineFailure.CLAIMED);
    }

    String form = new ObjectMapper().writeValueAsString(JourneyDriver.typed(JourneyDriver.screening("mash-checks")));
    Reply done = as("practitioner").post("/engine-rest/task/" + task + "/submit-form", form, Map.of());
    assertThat(done.status()).as(done.toString()).isEqualTo(204);
    Reply againRest = as("practitioner").post("/engine-rest/task/" + task + "/submit-form", form, Map.of());
    Reply againWeb = tasklist.post("/camunda/api/engine/engine/default/task/" + task + "/complete", form);
    for (Reply again : List.of(againRest, againWeb)) {
      assertThat(again.status()).as(again.toString()).isEqualTo(409);
      assertThat(again.json().get("message").asText()).isEqualTo(EngineFailure.COMPLETED_MEANWHILE);
    }

    Reply unknownRest = as("practitioner").post("/engine-rest/task/no-such-task/complete", "{}", Map.of());
    Reply unknownWeb = tasklist.post("/camunda/api/engine/engine/default/task/no-such-task/complete", "{}");
    for (Reply unknown : List.of(unknownRest, unknownWeb)) {
      assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
      assertThat(unknown.json().get("message").asText()).isEqualTo(EngineFailure.NOT_FOUND);
    }
  }

  private static void awaitQuietly(CountDownLatch start) {
    try {
      start.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
