package uk.frontdoor.journey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import uk.frontdoor.security.Roles;

/**
 * Every form payload of the child's journey: the variables each task's form submits, in ONE place,
 * so a change of a form (e.g. the management oversight proforma) is one change here for the
 * engine tests and the REST test alike. Texts are plain English without acronyms: the language
 * guard reads every staff form's free text.
 */
public final class JourneyDriver {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Seeded users and the group each acts in. */
  public static final String PRACTITIONER = "practitioner";
  public static final String MANAGER = "manager";
  public static final String MANAGER_2 = "manager2";
  public static final String BRIEF_INTERVENTION_WORKER = "bit";
  public static final String ASSESSOR = "assessor";

  /** The seeded officer who answers each partner agency's check (user id = agency code). */
  public static final Map<String, String> AGENCY_GROUPS = Map.of(
      "police", Roles.MASH_POLICE, "health", Roles.MASH_HEALTH, "education", Roles.MASH_EDUCATION,
      "probation", Roles.MASH_PROBATION, "housing", Roles.MASH_HOUSING);

  private JourneyDriver() {
  }

  // ---- screen-contact

  public static Map<String, Object> screening(String decision) {
    return map("screeningDecision", decision,
        "screeningRationale", "I read the contact and the history and decided this for the children.");
  }

  public static Map<String, Object> screeningWithUrgency(String decision, String rag) {
    Map<String, Object> form = screening(decision);
    form.put("ragChange", rag);
    form.put("ragChangeReason", "The child told the teacher she is afraid to go home tonight.");
    return form;
  }

  // ---- record-consent

  public static Map<String, Object> consentGiven() {
    return map("consentStatus", "given", "consentFrom", "person-with-parental-responsibility",
        "consentFromName", "Jane Walker", "consentRationale", "I spoke to the mother by telephone; she agreed.");
  }

  public static Map<String, Object> consentRefused(boolean significantHarmConcern) {
    Map<String, Object> form = map("consentStatus", "refused", "consentFrom", "person-with-parental-responsibility",
        "consentFromName", "Jane Walker", "significantHarmConcern", significantHarmConcern,
        "consentRationale", "I spoke to the mother by telephone; she does not want us to ask anyone.");
    if (significantHarmConcern) {
      form.put("overrideGrounds", "risk-of-significant-harm");
    } else {
      form.put("voluntarySupportOffered", "A family support worker visit and a parenting group nearby.");
    }
    return form;
  }

  public static Map<String, Object> consentNotSought() {
    return map("consentStatus", "not-sought", "overrideGrounds", "prejudice-crime-prevention",
        "consentRationale", "The police asked us not to alert the family while they make enquiries.");
  }

  // ---- manager-consent-decision

  public static Map<String, Object> managerProceedsWithoutConsent() {
    return map("managerConsentDecision", "proceed-without-consent", "overrideGrounds", "risk-of-significant-harm",
        "managerConsentRationale", "The child's account of being hit needs police and health checks today.");
  }

  public static Map<String, Object> managerRespectsRefusal() {
    return map("managerConsentDecision", "respect-refusal",
        "voluntarySupportOffered", "A family support worker visit and a parenting group nearby.",
        "managerConsentRationale", "The worry is low and the family has accepted help from the school.");
  }

  public static Map<String, Object> managerSeeksConsent() {
    return map("managerConsentDecision", "seek-consent",
        "managerConsentRationale", "Nothing stops us asking the family first; ask the mother today.");
  }

  // ---- agency-check and agency-check-overdue

  public static Map<String, Object> agencyAnswer(String outcome) {
    return map("agencyOutcome", outcome, "agencyFindings", "known".equals(outcome)
        ? "Two visits to the address about shouting this year." : "Nothing is recorded about this family.");
  }

  public static Map<String, Object> agencyOverdue(boolean proceedWithout) {
    return map("proceedWithoutAgency", proceedWithout, "escalationNote", proceedWithout
        ? "They have not answered and the children need a decision today."
        : "Rang their safeguarding team; they will answer by noon.");
  }

  // ---- overdue-decision

  public static Map<String, Object> overdueDecision() {
    return map("escalationAction", "reallocate",
        "escalationNote", "The practitioner is off sick; given to a colleague to decide this morning.");
  }

  // ---- apply-pathways and decide-pathway (per child)

  public static Map<String, Object> indicators(List<String> developmentalNeeds, boolean significantHarm) {
    return map("developmentalNeedsIndicators", developmentalNeeds, "parentingCapacityIndicators", List.of(),
        "familyAndEnvironmentIndicators", List.of(), "significantHarm", significantHarm);
  }

  /** Indicators giving level 4 and, with significant harm, a proposed strategy discussion. */
  public static Map<String, Object> injuryIndicators(boolean significantHarm) {
    return indicators(List.of("unexplained-injury"), significantHarm);
  }

  /** Indicators giving level 2, early help. */
  public static Map<String, Object> earlyHelpIndicators() {
    return indicators(List.of("behaviour-difficulties"), false);
  }

  /** A chosen pathway, with a reason in case it departs from the proposal. */
  public static Map<String, Object> pathway(String chosen) {
    return map("chosenPathway", chosen,
        "departureReason", "The family asked for short practical help and the school agrees it would work.");
  }

  // ---- management-oversight, then oversight-child for each child

  /**
   * The sign-off for the contact as a manager fills it in from what the form shows: a rationale
   * that names each decision being signed off, and one next step.
   *
   * @param shown the task's variables: {@code decisionsToName}, as the form shows them
   */
  public static Map<String, Object> oversightApproved(Map<String, Object> shown) {
    Object decisions = shown.get("decisionsToName");
    if (decisions == null) {
      throw new IllegalArgumentException("The sign-off showed no decision to name: " + shown.keySet());
    }
    return map("oversightDecision", "approve",
        "step1", json(Map.of("action", "Tell the family and the referrer what happens now.",
            "owner", "Duty practitioner", "timescale", "Within 2 working days")),
        "rationale", "We agree " + decisions + ": it follows the Pathways Document for each child.");
  }

  /**
   * One child's section as a manager fills it in on that child's step: the level and indicators as
   * prefilled from the threshold decision (level 1 and a line of indicators where there was none).
   */
  public static Map<String, Object> oversightForChild(Map<String, Object> shown) {
    Map<String, Object> section = map(
        "level", Objects.requireNonNullElse(shown.get("level"), "1"),
        "indicators", Objects.requireNonNullElse(shown.get("indicators"),
            "What the referrer and the checks told us about this child."),
        "risks", "Shouting reported at night; one child has an injury nobody has explained.",
        "strengths", "Their school says the children attend well and are cared for.",
        "analysis", "The children may be unsafe at home; the partner checks support acting now.",
        "childsVoice", "She told her teacher she likes school and is worried about her mum.");
    return section;
  }

  /**
   * Management oversight approved as a manager does it in Tasklist: the sign-off for the contact,
   * then each child's section, one step at a time. The ONE way the engine tests complete oversight.
   */
  public static void signOff(TaskService tasks, IdentityService identity, String processInstanceId, String manager) {
    identity.setAuthentication(manager, List.of(Roles.CRS_MANAGERS));
    try {
      Task signOff = tasks.createTaskQuery().processInstanceId(processInstanceId)
          .taskDefinitionKey(ChildJourneyProcess.Element.MANAGEMENT_OVERSIGHT).singleResult();
      tasks.complete(signOff.getId(), oversightApproved(tasks.getVariables(signOff.getId())));
      for (Task child = childStep(tasks, processInstanceId); child != null; child = childStep(tasks, processInstanceId)) {
        tasks.complete(child.getId(), oversightForChild(tasks.getVariables(child.getId())));
      }
    } finally {
      identity.clearAuthentication();
    }
  }

  /**
   * Screened out with no further action, signed off, and the referrer told, as the people do it:
   * the journey ends. Its automatic steps up to screening must have run.
   */
  public static void screenOutToTheEnd(TaskService tasks, IdentityService identity, String processInstanceId) {
    completeAs(tasks, identity, PRACTITIONER, Roles.CRS_PRACTITIONERS, processInstanceId,
        ChildJourneyProcess.Element.SCREEN_CONTACT, screening("no-further-action"));
    signOff(tasks, identity, processInstanceId, MANAGER);
    completeAs(tasks, identity, PRACTITIONER, Roles.CRS_PRACTITIONERS, processInstanceId,
        ChildJourneyProcess.Element.TELL_REFERRER, referrerTold());
  }

  private static void completeAs(TaskService tasks, IdentityService identity, String user, String group,
      String processInstanceId, String element, Map<String, Object> values) {
    identity.setAuthentication(user, List.of(group));
    try {
      for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(element).list()) {
        tasks.complete(task.getId(), values);
      }
    } finally {
      identity.clearAuthentication();
    }
  }

  private static Task childStep(TaskService tasks, String processInstanceId) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(ChildJourneyProcess.Element.OVERSIGHT_FOR_CHILD).singleResult();
  }

  private static JsonValue json(Object value) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  public static Map<String, Object> oversightSentBack() {
    return map("oversightDecision", "send-back",
        "sendBackReason", "Ask the school what the children have said about home before deciding.");
  }

  // ---- follow-on tasks

  public static Map<String, Object> referrerTold() {
    return map("referrerToldHow", "telephone", "referrerToldNote", "Told the officer what we decided and why.");
  }

  public static Map<String, Object> strategyDiscussion() {
    return map("strategyOutcome", "section-47-enquiries",
        "strategyParticipants", "Dana Cole for the police, Sam Green for health, the team manager",
        "strategyNote", "Agreed to make enquiries today; the police will visit with a social worker.");
  }

  public static Map<String, Object> allocation() {
    return map("allocatedTo", "Sam Social Worker");
  }

  public static Map<String, Object> briefIntervention() {
    return map("familyAccepted", true, "briefInterventionNote", "Offered six weekly visits; the mother agreed.");
  }

  // ---- REST

  /**
   * The payload as the REST API's typed variables ({@code submit-form}): lists as Json, as a
   * Camunda Form sends a checklist.
   */
  public static Map<String, Object> typed(Map<String, Object> payload) {
    Map<String, Object> variables = new LinkedHashMap<>();
    payload.forEach((name, value) -> variables.put(name, typedValue(value)));
    return Map.of("variables", variables);
  }

  private static Map<String, Object> typedValue(Object value) {
    if (value instanceof JsonValue json) {
      return Map.of("value", json.getValueSerialized(), "type", "Json");
    }
    if (value instanceof List<?> list) {
      try {
        return Map.of("value", JSON.writeValueAsString(list), "type", "Json");
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException(e);
      }
    }
    if (value instanceof Boolean flag) {
      return Map.of("value", flag, "type", "Boolean");
    }
    return Map.of("value", String.valueOf(value), "type", "String");
  }

  private static Map<String, Object> map(Object... pairs) {
    Map<String, Object> form = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      form.put((String) pairs[i], pairs[i + 1]);
    }
    return form;
  }
}
