package uk.frontdoor.oversight;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import uk.frontdoor.journey.Actor;
import uk.frontdoor.language.FieldKind;
import uk.frontdoor.language.LanguageGuard;
import uk.frontdoor.security.Roles;
import uk.frontdoor.validation.Problems;
import uk.frontdoor.validation.TextCheck;

/**
 * Corrections of a signed oversight record. A signed record is never changed: the correction is a
 * new record, checked with the same rules as the proforma, that refers to the one it corrects.
 */
@RestController
@RequestMapping("/api/contacts/{contactId}/oversight")
@Tag(name = "Management oversight", description = "Corrections of signed management oversight records")
class OversightController {

  static final String REASON = "reason";

  /** The corrected proforma: every section again, as the form has them, and why it is corrected. */
  @Schema(description = "A corrected management oversight proforma, every section again, and why it is corrected")
  record CorrectionRequest(
      @Schema(description = "What was wrong in the signed record and what is corrected",
          example = "The next steps named the wrong team; the assessment team owns the assessment",
          requiredMode = Schema.RequiredMode.REQUIRED) String reason,
      @Schema(description = "The rationale, naming the decision, as on the proforma",
          example = "Referral for a child and family assessment: repeated domestic incidents with both children present",
          requiredMode = Schema.RequiredMode.REQUIRED) String rationale,
      @Schema(description = "Per child, the proforma's sections (risks, strengths, analysis, the child's voice), "
          + "as the oversight form has them", requiredMode = Schema.RequiredMode.REQUIRED) JsonNode children,
      @Schema(description = "The next steps, each with its owner and timescale, as the oversight form has them",
          requiredMode = Schema.RequiredMode.REQUIRED) JsonNode nextSteps) {
  }

  @Schema(description = "The correction recorded, and the record it corrects")
  record Correction(
      @Schema(description = "The new record's id", example = "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a") UUID id,
      @Schema(description = "The signed record it corrects", example = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d")
      UUID correctsId) {
  }

  private final OversightRecords records;
  private final DecisionsSignedOff decisions;
  private final QualityRules rules;
  private final ManagerNames names;
  private final LanguageGuard language;
  private final Actor actor;
  private final Clock clock;

  OversightController(OversightRecords records, DecisionsSignedOff decisions, QualityRules rules, ManagerNames names,
      LanguageGuard language, Actor actor, Clock clock) {
    this.records = records;
    this.decisions = decisions;
    this.rules = rules;
    this.names = names;
    this.actor = actor;
    this.clock = clock;
    this.language = language;
  }

  @PostMapping(value = "/{recordId}/corrections", produces = MediaType.APPLICATION_JSON_VALUE)
  @Transactional
  @Operation(operationId = "correctOversightRecord", summary = "Correct a signed management oversight record (CRS managers)",
      description = "The original stays as it was; the correction is a new record referring to it.")
  @ApiResponse(responseCode = "201", description = "The correction is recorded")
  @ApiResponse(responseCode = "400", description = "Problem details naming every section that needs more")
  @ApiResponse(responseCode = "403", description = "Not a team manager, or a manager who decided on the contact")
  @ApiResponse(responseCode = "404", description = "No such record for this contact")
  ResponseEntity<Correction> correct(@Parameter(description = "The contact's id") @PathVariable UUID contactId,
      @Parameter(description = "The signed oversight record to correct") @PathVariable UUID recordId,
      @RequestBody CorrectionRequest request) {
    String manager = actor.userId();
    if (!actor.isIn(Roles.CRS_MANAGERS)) {
      throw new AuthorizationException("Only a Children's Referral Service team manager can correct an oversight record");
    }
    if (decisions.practitionersWhoDecided(contactId).contains(manager)) {
      throw new AuthorizationException("You made a decision on this contact: another manager must correct its oversight");
    }
    OversightRecords.Signed original = records.find(contactId, recordId).orElse(null);
    if (original == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "This contact has no signed oversight record with this id");
    }
    TextCheck writing = language.forForm(RecordOversight.FORM, FieldKind.OVERSIGHT);
    Problems problems = new Problems();
    if (!original.approved()) {
      problems.add("recordId", "a send-back is not corrected: the next oversight of the contact signs the decision");
    }
    String reason = request.reason() == null ? null : request.reason().trim();
    if (rules.other(problems, REASON, reason, "write what was wrong in the signed record and what you corrected")) {
      writing.check(problems, REASON, reason);
    }
    List<Proforma.ChildToSign> children = decisions.children(contactId);
    List<SignedDecision> signed = decisions.signedAt(contactId, original.decisionStep(), children);
    Proforma.Content content = new Proforma(rules, writing, problems).read(text(request.children()),
        request.rationale(), text(request.nextSteps()), children, signed);
    problems.throwIfAny("The correction cannot be recorded yet");

    UUID id = records.insert(new OversightRecords.NewRecord(contactId, original.decisionStep(), true,
        decisions.summary(contactId), content, signed, null, manager, names.fullName(manager),
        OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), recordId, reason));
    return ResponseEntity.created(URI.create("/api/contacts/" + contactId + "/oversight/" + id))
        .body(new Correction(id, recordId));
  }

  private static String text(JsonNode json) {
    return json == null || json.isNull() ? null : json.toString();
  }
}
