package uk.frontdoor.mash;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import uk.frontdoor.journey.ChildJourneyProcess.Element;
import uk.frontdoor.journey.JourneyDriver;
import uk.frontdoor.support.Contacts;
import uk.frontdoor.support.Http;
import uk.frontdoor.support.HttpTest;
import uk.frontdoor.support.TaskRest;

/**
 * Five partner agency officers submitting their checks of one journey in the same moment all
 * succeed the first time. Each answer is joined to the others in a job of its own (asyncAfter on
 * the partner check in the model), so no officer's request writes the multi-instance's shared
 * counters, and the join with the council's own records check happens only in those jobs.
 */
class PartnerChecksAtOnceHttpTest extends HttpTest {

  private static final Duration NOW = Duration.ofSeconds(5);

  @Test
  void fiveOfficersAnsweringAtTheSameMomentAllSucceedFirstTime() throws Exception {
    for (int journey = 0; journey < 3; journey++) {
      String pi = atPartnerChecks();
      List<Integer> first = answerAllAtOnce(pi);

      assertThat(first).as("the officers' first answers").containsOnly(204).hasSize(5);
      runJobs(pi);
      new TaskRest(as("practitioner"), "practitioner").await(pi, Element.APPLY_PATHWAYS, null, NOW);
      UUID contactId = jdbc.sql("select id from contact where process_instance_id = ?").param(pi)
          .query(UUID.class).single();
      assertThat(jdbc.sql("select count(*) from mash_check where contact_id = ?").param(contactId)
          .query(Long.class).single()).as("five agencies and the council's two records, once each").isEqualTo(7);
      assertThat(managementService.createJobQuery().processInstanceId(pi).withException().count()).isZero();
      assertThat(runtimeService.createIncidentQuery().processInstanceId(pi).count()).isZero();
    }
  }

  /** A new contact screened and consented, its five agency checks each claimed by its officer. */
  private String atPartnerChecks() throws InterruptedException {
    Http.Reply recorded = as("practitioner").post("/api/contacts", Contacts.valid().toString());
    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    String pi = recorded.json().get("processInstanceId").asText();
    runJobs(pi);
    TaskRest practitioner = new TaskRest(as("practitioner"), "practitioner");
    practitioner.complete(practitioner.await(pi, Element.SCREEN_CONTACT, null, NOW),
        JourneyDriver.screening("mash-checks"));
    practitioner.complete(practitioner.await(pi, Element.RECORD_CONSENT, null, NOW), JourneyDriver.consentGiven());
    return pi;
  }

  private List<Integer> answerAllAtOnce(String pi) throws Exception {
    Map<String, String> agencies = JourneyDriver.AGENCY_GROUPS;
    CyclicBarrier together = new CyclicBarrier(agencies.size());
    List<Future<Integer>> replies = new ArrayList<>();
    ExecutorService officers = Executors.newFixedThreadPool(agencies.size());
    try {
      for (Map.Entry<String, String> agency : agencies.entrySet()) {
        TaskRest officer = new TaskRest(as(agency.getKey()), agency.getKey());
        JsonNode check = officer.await(pi, Element.CHECK_AGENCY_RECORDS, agency.getValue(), NOW);
        assertThat(officer.claim(check).status()).isEqualTo(204);
        replies.add(officers.submit(() -> {
          together.await(10, TimeUnit.SECONDS);
          return officer.submit(check, JourneyDriver.agencyAnswer("not-known")).status();
        }));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> reply : replies) {
        statuses.add(reply.get(60, TimeUnit.SECONDS));
      }
      return statuses;
    } finally {
      officers.shutdownNow();
    }
  }
}
