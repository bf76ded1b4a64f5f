package uk.frontdoor.contact;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import uk.frontdoor.journey.Actor;
import uk.frontdoor.security.Roles;
import uk.frontdoor.validation.FieldProblem;
import uk.frontdoor.validation.InvalidSubmissionException;
import uk.frontdoor.validation.Text;
import uk.frontdoor.web.ProblemResponses;

@RestController
@RequestMapping("/api/contacts")
@Tag(name = "Contacts", description = "Contacts about children: the start of each child's journey")
class ContactController {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private final ContactIntake intake;
  private final Actor actor;

  ContactController(ContactIntake intake, Actor actor) {
    this.intake = intake;
    this.actor = actor;
  }

  @PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "recordContact", summary = "Record a contact and start the child's journey",
      description = "Sent again with the same clientReference (or Idempotency-Key header), the first "
          + "result is returned with status 200 and nothing new starts.")
  @ApiResponse(responseCode = "201", description = "Recorded; the journey has started",
      content = @Content(schema = @Schema(implementation = RecordedContact.class)))
  @ApiResponse(responseCode = "200", description = "Already recorded under this reference",
      content = @Content(schema = @Schema(implementation = RecordedContact.class)))
  @ApiResponse(responseCode = "400", description = "Problem details naming every field that is wrong")
  @ApiResponse(responseCode = "403", description = "Sent again by someone who may not read contacts")
  @ApiResponse(responseCode = "409", description = "The reference was used for a different contact")
  ResponseEntity<?> record(@RequestBody ContactRequest request,
      @Parameter(description = "Same as clientReference in the body")
      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
    ContactRequest keyed = withKey(request.trimmed(), Text.trimmed(idempotencyKey));
    ContactIntake.Outcome outcome;
    try {
      outcome = intake.record(keyed);
    } catch (DuplicateKeyException sentTwiceAtOnce) {
      // the same reference arrived twice at the same moment: the other request won
      outcome = intake.replay(keyed.clientReference(), intake.hash(keyed)).orElseThrow(() -> sentTwiceAtOnce);
    }
    if (!outcome.created() && mayNotRead()) {
      return refused(); // a replay returns a recorded contact: only to those who may read it
    }
    RecordedContact contact = outcome.contact();
    URI location = URI.create("/api/contacts/" + contact.contactId());
    return outcome.created()
        ? ResponseEntity.created(location).body(contact)
        : ResponseEntity.ok().location(location).body(contact);
  }

  @GetMapping(value = "/{contactId}", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "getContact", summary = "A recorded contact: its reference, children and journey")
  @ApiResponse(responseCode = "200", description = "The contact",
      content = @Content(schema = @Schema(implementation = RecordedContact.class)))
  @ApiResponse(responseCode = "403", description = "Only the referral service, auditors and service leads read contacts")
  @ProblemResponses(ProblemResponses.NOT_FOUND)
  ResponseEntity<?> find(@Parameter(description = "The contact's id") @PathVariable UUID contactId) {
    if (mayNotRead()) {
      return refused();
    }
    return ResponseEntity.ok(intake.find(contactId)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no contact with this id")));
  }

  private boolean mayNotRead() {
    return actor.isPersonOutside(Roles.WHOLE_RECORD.toArray(String[]::new));
  }

  private static ResponseEntity<ProblemDetail> refused() {
    ProblemDetail refused = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
        "Partner agencies and other teams see the children they work with through their own tasks and records.");
    refused.setTitle("You are not allowed to read contacts");
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(refused);
  }

  private static ContactRequest withKey(ContactRequest request, String idempotencyKey) {
    if (idempotencyKey == null) {
      return request;
    }
    if (request.clientReference() != null && !request.clientReference().equals(idempotencyKey)) {
      throw new InvalidSubmissionException(ContactValidator.TITLE, List.of(new FieldProblem("clientReference",
          "differs from the " + IDEMPOTENCY_KEY + " header; send one or make them the same")));
    }
    return new ContactRequest(request.receivedAt(), request.source(), request.referrer(), request.address(),
        request.children(), request.concerns(), request.concernTypes(), request.referrerConsent(),
        request.referrerConsentDetail(), idempotencyKey);
  }
}
