package uk.frontdoor.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import uk.frontdoor.journey.ChildJourneyProcess.Element;
import uk.frontdoor.journey.JourneyDriver;
import uk.frontdoor.security.Roles;
import uk.frontdoor.support.Contacts;
import uk.frontdoor.support.Http;

/**
 * Side A's journey: a police contact about one child, screened to partner checks, consent given,
 * every agency answering, early help decided, signed off by a manager who is not the practitioner,
 * the referrer told. The payloads are {@link JourneyDriver}'s, picked by task definition key, so a
 * changed form is changed there only; the order of the tasks is the model's, not this class's.
 */
final class FrontDoorShape implements Shape {

  private static final Map<String, Function<Map<String, Object>, Map<String, Object>>> PAYLOADS = Map.ofEntries(
      Map.entry(Element.SCREEN_CONTACT, shown -> JourneyDriver.screening("mash-checks")),
      Map.entry(Element.RECORD_CONSENT, shown -> JourneyDriver.consentGiven()),
      Map.entry(Element.CHECK_AGENCY_RECORDS, shown -> JourneyDriver.agencyAnswer("not-known")),
      Map.entry(Element.APPLY_PATHWAYS, shown -> JourneyDriver.earlyHelpIndicators()),
      Map.entry(Element.DECIDE_PATHWAY, shown -> JourneyDriver.pathway("early-help")),
      Map.entry(Element.MANAGEMENT_OVERSIGHT, JourneyDriver::oversightApproved),
      Map.entry(Element.OVERSIGHT_FOR_CHILD, JourneyDriver::oversightForChild),
      Map.entry(Element.TELL_REFERRER, shown -> JourneyDriver.referrerTold()),
      Map.entry(Element.OFFER_BRIEF_INTERVENTION, shown -> JourneyDriver.briefIntervention()),
      Map.entry(Element.ALLOCATE_ASSESSMENT, shown -> JourneyDriver.allocation()),
      Map.entry(Element.HOLD_STRATEGY_DISCUSSION, shown -> JourneyDriver.strategyDiscussion()));

  private static final Map<String, String> USERS = users();

  private static Map<String, String> users() {
    Map<String, String> users = new HashMap<>(Map.of(
        Roles.CRS_PRACTITIONERS, JourneyDriver.PRACTITIONER,
        Roles.CRS_MANAGERS, JourneyDriver.MANAGER,
        Roles.BRIEF_INTERVENTION_TEAM, JourneyDriver.BRIEF_INTERVENTION_WORKER,
        Roles.ASSESSMENT_TEAM, JourneyDriver.ASSESSOR));
    JourneyDriver.AGENCY_GROUPS.forEach((officer, group) -> users.put(group, officer));
    return Map.copyOf(users);
  }

  @Override
  public Started start(Side side) {
    JsonNode recorded = Replies.ok(side.as(JourneyDriver.PRACTITIONER).post("/api/contacts",
        Contacts.valid().toString())).json();
    return new Started(recorded.get("processInstanceId").asText(), recorded.get("contactId").asText());
  }

  @Override
  public String userFor(String candidateGroup) {
    String user = USERS.get(candidateGroup);
    if (user == null) {
      throw new IllegalStateException("No seeded user works tasks of the group " + candidateGroup);
    }
    return user;
  }

  @Override
  public Map<String, Object> payload(String taskDefinitionKey, Map<String, Object> shown) {
    Function<Map<String, Object>, Map<String, Object>> payload = PAYLOADS.get(taskDefinitionKey);
    if (payload == null) {
      throw new IllegalStateException("The benchmark's journey does not expect the task " + taskDefinitionKey);
    }
    return payload.apply(shown);
  }

  @Override
  public void verify(Side side, Started journey) {
    JsonNode records = Replies.ok(side.admin().get("/benchmark/contact/" + journey.contactId())).json();
    long children = records.get("children").asLong();
    boolean complete = records.get("closed").asLong() == 1 && children > 0
        && records.get("outcomes").asLong() == children && records.get("approvedOversight").asLong() == 1
        && records.get("agencyChecks").asLong() >= JourneyDriver.AGENCY_GROUPS.size();
    if (!complete) {
      throw new IllegalStateException("Contact " + journey.contactId() + " closed without its records: " + records);
    }
  }

  @Override
  public String practitioner() {
    return JourneyDriver.PRACTITIONER;
  }

  @Override
  public String teamFilter(Side side) {
    Http practitioner = side.as(practitioner());
    for (JsonNode filter : Replies.ok(practitioner.get("/engine-rest/filter?resourceType=Task")).json()) {
      if ("My team's tasks".equals(filter.get("name").asText())) {
        return filter.get("id").asText();
      }
    }
    throw new IllegalStateException("Front Door has no filter called My team's tasks");
  }
}
