package uk.frontdoor.contact;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import uk.frontdoor.journey.ChildJourneyProcess;
import uk.frontdoor.validation.FieldProblem;
import uk.frontdoor.validation.InvalidSubmissionException;
import uk.frontdoor.validation.JsonProblems;
import uk.frontdoor.validation.NotOnForm;

/**
 * Records the contact a practitioner typed into Tasklist's start form, so that a phone call and
 * an API call end in the same records. Runs as the journey starts; a journey started by
 * {@link ContactIntake#record} already carries its contact id and passes straight through.
 *
 * <p>The raw form fields are removed once recorded: the contact lives in the service's tables and
 * the process keeps only its id.
 *
 * <p>A start may carry nothing else: Tasklist's form and the REST API alike send only the form's
 * fields (or a "children" list), and only {@link ContactIntake} names a contact, one it has just
 * stored. So no start can set a fact the journey later routes on, such as {@code reReferral}.
 */
@Component("recordContactFromStartForm")
class StartFormContact implements ExecutionListener {

  /** Start-form field → where it goes in a {@link ContactRequest}. */
  private static final Map<String, String> FIELDS = Map.ofEntries(
      Map.entry("receivedAt", "receivedAt"),
      Map.entry("source", "source"),
      Map.entry("referrerName", "referrer.name"),
      Map.entry("referrerOrganisation", "referrer.organisation"),
      Map.entry("referrerRelationship", "referrer.relationship"),
      Map.entry("referrerTelephone", "referrer.telephone"),
      Map.entry("referrerEmail", "referrer.email"),
      Map.entry("addressLine1", "address.line1"),
      Map.entry("addressLine2", "address.line2"),
      Map.entry("addressTown", "address.town"),
      Map.entry("addressPostcode", "address.postcode"),
      Map.entry("children", "children"),
      Map.entry("concerns", "concerns"),
      Map.entry("concernTypes", "concernTypes"),
      Map.entry("referrerConsent", "referrerConsent"),
      Map.entry("referrerConsentDetail", "referrerConsentDetail"));
  /**
   * Tasklist's start form names the children in fixed groups child1..child20, each shown once the
   * one before is named (as many as the API takes), not in a repeating list: form-js keeps an
   * empty error entry for every edited field of a repeating list, and Tasklist then keeps its Start
   * button disabled. The REST API may still send a "children" list.
   */
  static final int CHILD_SLOTS = 20;
  private static final List<String> CHILD_SLOT_NAMES = IntStream.rangeClosed(1, CHILD_SLOTS)
      .mapToObj(n -> "child" + n).toList();
  /**
   * What a start may set: the fields this listener records. A field a service lead adds to the form
   * without code to record it would be silently lost, so it is refused instead.
   */
  private static final Set<String> START_FIELDS = Stream.concat(FIELDS.keySet().stream(),
      CHILD_SLOT_NAMES.stream()).collect(Collectors.toUnmodifiableSet());
  private static final Set<String> INTAKE_VARIABLES = Set.of(ChildJourneyProcess.Var.CONTACT_ID,
      ChildJourneyProcess.Var.CONTACT_REFERENCE);
  private static final String NOT_ON_FORM = "The journey cannot be started with values that are not on the contact form";

  private final ContactIntake intake;
  private final ContactStore store;
  private final ObjectMapper objectMapper;

  StartFormContact(ContactIntake intake, ContactStore store, ObjectMapper objectMapper) {
    this.intake = intake;
    this.store = store;
    this.objectMapper = objectMapper;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Set<String> sent = execution.getVariableNames();
    if (sent.contains(ChildJourneyProcess.Var.CONTACT_ID)) {
      refuseUnlessIntakeStarted(sent, execution);
      return;
    }
    NotOnForm.refuseOthers(NOT_ON_FORM, "the contact form", sent, START_FIELDS);
    RecordedContact contact = intake.recordForJourney(read(execution.getVariables()),
        execution.getProcessInstanceId());
    execution.removeVariables(FIELDS.keySet());
    execution.removeVariables(CHILD_SLOT_NAMES);
    execution.setProcessBusinessKey(contact.reference());
    execution.setVariable(ChildJourneyProcess.Var.CONTACT_ID, contact.contactId().toString());
    execution.setVariable(ChildJourneyProcess.Var.CONTACT_REFERENCE, contact.reference());
  }

  private void refuseUnlessIntakeStarted(Set<String> sent, DelegateExecution execution) {
    Set<String> others = new TreeSet<>(sent);
    others.removeAll(INTAKE_VARIABLES);
    Object contactId = execution.getVariable(ChildJourneyProcess.Var.CONTACT_ID);
    Object reference = execution.getVariable(ChildJourneyProcess.Var.CONTACT_REFERENCE);
    if (others.isEmpty() && reference instanceof String ref && contactId instanceof String id
        && ContactValidator.isUuid(id) && store.awaitsJourney(UUID.fromString(id), ref)) {
      return;
    }
    throw new InvalidSubmissionException(NOT_ON_FORM, List.of(new FieldProblem(ChildJourneyProcess.Var.CONTACT_ID,
        "is written by the service: send the contact's details, as the start form does, or POST /api/contacts")));
  }

  ContactRequest read(Map<String, Object> variables) {
    ObjectNode request = objectMapper.createObjectNode();
    FIELDS.forEach((field, path) -> {
      JsonNode value = toJson(variables.get(field));
      if (value == null) {
        return;
      }
      String[] parts = path.split("\\.");
      ObjectNode parent = request;
      for (int i = 0; i < parts.length - 1; i++) {
        parent = parent.has(parts[i]) ? (ObjectNode) parent.get(parts[i]) : parent.putObject(parts[i]);
      }
      parent.set(parts[parts.length - 1], value);
    });
    ArrayNode slots = objectMapper.createArrayNode();
    for (String slot : CHILD_SLOT_NAMES) {
      JsonNode child = toJson(variables.get(slot));
      if (child != null && !child.isEmpty()) {
        slots.add(child);
      }
    }
    if (!slots.isEmpty() && !request.has("children")) {
      request.set("children", slots);
    }
    try {
      return objectMapper.treeToValue(request, ContactRequest.class);
    } catch (JsonProcessingException e) {
      throw new InvalidSubmissionException(ContactValidator.TITLE, List.of(JsonProblems.from(e)));
    }
  }


  /** Form values as JSON, with empty fields left out: an empty text box means "not given". */
  private JsonNode toJson(Object value) {
    JsonNode json;
    try {
      json = value instanceof SpinJsonNode spin ? objectMapper.readTree(spin.toString()) : objectMapper.valueToTree(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Camunda handed over JSON it could not print", e);
    }
    return withoutBlanks(json);
  }

  private static JsonNode withoutBlanks(JsonNode node) {
    if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
      return null;
    }
    if (node.isContainerNode()) {
      for (Iterator<JsonNode> items = node.elements(); items.hasNext(); ) {
        if (withoutBlanks(items.next()) == null && node.isObject()) {
          items.remove();
        }
      }
    }
    return node;
  }
}
