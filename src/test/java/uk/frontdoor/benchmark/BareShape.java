package uk.frontdoor.benchmark;

import java.util.Map;
import java.util.UUID;
import uk.frontdoor.benchmark.bare.BareEngine;
import uk.frontdoor.journey.JourneyDriver;

/**
 * Side B's journey: the bare model's tasks (benchmark/bare-journey.bpmn), submitted with the same
 * forms' values as Front Door's where a form needs nothing it showed, so both engines store
 * variables of the same kinds and sizes.
 */
final class BareShape implements Shape {

  private static final Map<String, Map<String, Object>> PAYLOADS = Map.of(
      "Task_Screen", JourneyDriver.screening("mash-checks"),
      "Task_Consent", JourneyDriver.consentGiven(),
      "Task_AgencyCheck", JourneyDriver.agencyAnswer("not-known"),
      "Task_ApplyPathways", JourneyDriver.earlyHelpIndicators(),
      "Task_DecidePathway", JourneyDriver.pathway("early-help"),
      "Task_Oversight", Map.of("oversightDecision", "approve",
          "rationale", "We agree early help: it follows the Pathways Document for the child."));

  @Override
  public Started start(Side side) {
    String contact = UUID.randomUUID().toString();
    String body = "{\"businessKey\":\"" + contact + "\",\"variables\":{\"contactId\":{\"value\":\"" + contact
        + "\",\"type\":\"String\"}}}";
    String id = Replies.ok(side.admin().post("/engine-rest/process-definition/key/" + BareEngine.PROCESS_KEY
        + "/start", body)).json().get("id").asText();
    return new Started(id, contact);
  }

  @Override
  public String userFor(String candidateGroup) {
    return switch (candidateGroup) {
      case "crs-practitioners" -> JourneyDriver.PRACTITIONER;
      case "crs-managers" -> JourneyDriver.MANAGER;
      default -> candidateGroup.replace("mash-", "officer-");
    };
  }

  @Override
  public Map<String, Object> payload(String taskDefinitionKey, Map<String, Object> shown) {
    Map<String, Object> payload = PAYLOADS.get(taskDefinitionKey);
    if (payload == null) {
      throw new IllegalStateException("The bare model has no task " + taskDefinitionKey);
    }
    return payload;
  }

  @Override
  public void verify(Side side, Started journey) {
    // the bare engine keeps no records of its own: its history is all it leaves
  }

  @Override
  public String practitioner() {
    return JourneyDriver.PRACTITIONER;
  }

  /** The bare engine's equivalent of Front Door's team filter, for the practitioner's one group. */
  @Override
  public String teamFilter(Side side) {
    return Replies.ok(side.admin().post("/engine-rest/filter/create", """
        {"resourceType":"Task","name":"My team's tasks","query":{"candidateGroups":["crs-practitioners"],
         "includeAssignedTasks":true},"properties":{"priority":0}}""")).json().get("id").asText();
  }
}
