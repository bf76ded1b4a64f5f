package uk.frontdoor.child;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import uk.frontdoor.journey.Actor;
import uk.frontdoor.security.Roles;

/**
 * One child, one record: the records that may be one child, and the merge or the confirmation of
 * two children that resolves them. Children's Referral Service practitioners and managers only.
 */
@RestController
@Tag(name = "Child records", description = "Possible duplicate records of a child, and merging two records of one child")
class ChildRecordsController {

  @Schema(description = "Merge another record of this child into this one")
  record MergeRequest(
      @Schema(description = "The other record of the same child; it is emptied into this one",
          example = "7c6b5a4f-3e2d-4c1b-8a9f-0e1d2c3b4a5f", requiredMode = Schema.RequiredMode.REQUIRED)
      UUID duplicateChildId,
      @Schema(description = "Why these are one child", example = "Same child: the date of birth was mistyped on the second contact",
          requiredMode = Schema.RequiredMode.REQUIRED) String reason) {
  }

  private final PossibleDuplicates flags;
  private final ChildMerge merge;
  private final EndAnsweredReviews reviews;
  private final Actor actor;

  ChildRecordsController(PossibleDuplicates flags, ChildMerge merge, EndAnsweredReviews reviews, Actor actor) {
    this.flags = flags;
    this.merge = merge;
    this.reviews = reviews;
    this.actor = actor;
  }

  @GetMapping(value = "/api/children/possible-duplicates", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "listPossibleDuplicates", summary = "Records that may be one child, not yet resolved (CRS)")
  @ApiResponse(responseCode = "200", description = "The open flags, oldest first")
  @ApiResponse(responseCode = "403", description = "Not a Children's Referral Service practitioner or manager")
  List<PossibleDuplicates.Flag> possibleDuplicates() {
    refuseOutsideCrs();
    return flags.open();
  }

  @PostMapping(value = "/api/children/{childId}/merge", produces = MediaType.APPLICATION_JSON_VALUE)
  @Transactional
  @Operation(operationId = "mergeChildRecords", summary = "Merge another record of the same child into this one (CRS)",
      description = "Every contact and step on the other record moves here; the merge is shown in the child's journey record.")
  @ApiResponse(responseCode = "200", description = "Merged")
  @ApiResponse(responseCode = "400", description = "Problem details naming what is missing")
  @ApiResponse(responseCode = "403", description = "Not a Children's Referral Service practitioner or manager")
  @ApiResponse(responseCode = "404", description = "One of the records is unknown")
  @ApiResponse(responseCode = "409", description = "A record was merged already, both are on one contact, "
      + "or the other record's journey is still open")
  ChildMerge.Merged merge(@Parameter(description = "The record that is kept") @PathVariable UUID childId,
      @RequestBody MergeRequest request) {
    refuseOutsideCrs();
    List<String> asking = request.duplicateChildId() == null ? List.of()
        : flags.reviewsBetween(childId, request.duplicateChildId());
    ChildMerge.Merged merged = merge.merge(childId, request.duplicateChildId(), request.reason(), actor.userId());
    reviews.end(asking);
    return merged;
  }

  @PostMapping("/api/children/possible-duplicates/{flagId}/different-children")
  @Transactional
  @Operation(operationId = "confirmDifferentChildren", summary = "Confirm that a flagged pair of records are two children (CRS)")
  @ApiResponse(responseCode = "204", description = "The flag is resolved; both records stay")
  @ApiResponse(responseCode = "403", description = "Not a Children's Referral Service practitioner or manager")
  @ApiResponse(responseCode = "404", description = "No open flag with this id")
  ResponseEntity<Void> differentChildren(@Parameter(description = "The flag's id") @PathVariable UUID flagId) {
    refuseOutsideCrs();
    PossibleDuplicates.Flag flag = flags.openFlag(flagId).orElseThrow(() ->
        new ResponseStatusException(HttpStatus.NOT_FOUND, "No open possible duplicate with id " + flagId));
    List<String> asking = flags.reviewsBetween(flag.child().childId(), flag.other().childId());
    flags.resolve(flag.child().childId(), flag.other().childId(), PossibleDuplicates.DIFFERENT_CHILDREN, null,
        actor.userId());
    reviews.end(asking);
    return ResponseEntity.noContent().build();
  }

  private void refuseOutsideCrs() {
    if (!actor.isIn(Roles.CRS_PRACTITIONERS) && !actor.isIn(Roles.CRS_MANAGERS)) {
      throw new AuthorizationException(
          "Only a Children's Referral Service practitioner or manager can resolve possible duplicate records");
    }
  }
}
