package uk.frontdoor.contact;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.frontdoor.child.ChildDetails;
import uk.frontdoor.child.ChildRegister;
import uk.frontdoor.child.ChildRegister.MatchedChild;
import uk.frontdoor.contact.RecordedContact.RecordedChild;
import uk.frontdoor.journey.Actor;
import uk.frontdoor.journey.ChildJourneyProcess;
import uk.frontdoor.validation.Problems;

/**
 * Records a contact and starts the child's journey, in one transaction: either the contact, its
 * children and household and the process instance all exist, or none of them do.
 */
@Service
public class ContactIntake {

  private final ContactValidator validator;
  private final ContactStore contacts;
  private final ChildRegister children;
  private final RuntimeService runtimeService;
  private final Actor actor;
  private final ObjectMapper canonicalJson;
  private final Clock clock;

  ContactIntake(ContactValidator validator, ContactStore contacts, ChildRegister children,
      RuntimeService runtimeService, Actor actor, ObjectMapper objectMapper, Clock clock) {
    this.validator = validator;
    this.contacts = contacts;
    this.children = children;
    this.runtimeService = runtimeService;
    this.actor = actor;
    this.canonicalJson = objectMapper.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    this.clock = clock;
  }

  /** The outcome of a request: the contact, and whether this request created it. */
  public record Outcome(RecordedContact contact, boolean created) {
  }

  /**
   * Records the contact and starts its journey. Sent again under the same client reference, the
   * first result comes back and nothing new starts; a different contact under a used reference is
   * a {@link ClientReferenceConflictException}.
   */
  @Transactional
  public Outcome record(ContactRequest sent) {
    ContactRequest request = sent.trimmed();
    List<String> warnings = validator.validate(request);
    String hash = hash(request);
    Optional<Outcome> replay = replay(request.clientReference(), hash);
    if (replay.isPresent()) {
      return replay.get();
    }
    Stored stored = store(request, hash);
    ProcessInstance journey = runtimeService.createProcessInstanceByKey(ChildJourneyProcess.KEY)
        .businessKey(stored.reference())
        .setVariable(ChildJourneyProcess.Var.CONTACT_ID, stored.contactId().toString())
        .setVariable(ChildJourneyProcess.Var.CONTACT_REFERENCE, stored.reference())
        .execute();
    contacts.linkProcess(stored.contactId(), journey.getId());
    return new Outcome(stored.withProcess(journey.getId()).withWarnings(warnings), true);
  }

  /** Records a contact for a journey Tasklist's start form has already started. */
  @Transactional
  public RecordedContact recordForJourney(ContactRequest sent, String processInstanceId) {
    ContactRequest request = sent.trimmed();
    validator.validate(request);
    Stored stored = store(request, hash(request));
    contacts.linkProcess(stored.contactId(), processInstanceId);
    return stored.withProcess(processInstanceId);
  }

  /** The earlier result for this client reference, if the same contact was sent before. */
  @Transactional(readOnly = true)
  public Optional<Outcome> replay(String clientReference, String hash) {
    if (clientReference == null) {
      return Optional.empty();
    }
    return contacts.findByClientReference(clientReference).map(earlier -> {
      if (!earlier.requestHash().equals(hash)) {
        throw new ClientReferenceConflictException(clientReference);
      }
      return new Outcome(contacts.find(earlier.contactId()).orElseThrow(), false);
    });
  }

  public Optional<RecordedContact> find(UUID contactId) {
    return contacts.find(contactId);
  }

  /** A digest of what was sent, independent of key order and white space. */
  public String hash(ContactRequest request) {
    try {
      byte[] json = canonicalJson.writeValueAsBytes(canonicalJson.valueToTree(request.trimmed()));
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("Cannot fingerprint a contact", e);
    }
  }

  private Stored store(ContactRequest request, String hash) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    OffsetDateTime receivedAt = request.receivedAt() == null ? now : request.receivedAt();
    UUID householdId = children.householdAt(request.address());
    UUID contactId = UUID.randomUUID();
    String reference = contacts.nextReference(receivedAt.getYear());
    contacts.insert(contactId, reference, hash, request, request.clientReference(), receivedAt, now,
        actor.userId(), householdId);
    List<RecordedChild> recorded = new ArrayList<>();
    Map<UUID, Integer> matched = new HashMap<>();
    for (int i = 0; i < request.children().size(); i++) {
      ChildDetails details = request.children().get(i);
      MatchedChild child = children.match(details, householdId, "children[" + i + "]");
      Integer earlier = matched.putIfAbsent(child.id(), i);
      if (earlier != null) {
        new Problems().add("children[" + i + "]", "is the same child as children[" + earlier
            + "]: name each child once").throwIfAny(ContactValidator.TITLE);
      }
      contacts.addChild(contactId, child.id(), i);
      recorded.add(new RecordedChild(child.id(), details.firstName(), details.lastName(), child.known()));
    }
    return new Stored(contactId, reference, householdId, recorded);
  }

  private record Stored(UUID contactId, String reference, UUID householdId, List<RecordedChild> children) {
    RecordedContact withProcess(String processInstanceId) {
      return new RecordedContact(contactId, reference, processInstanceId, householdId, children, List.of());
    }
  }
}
