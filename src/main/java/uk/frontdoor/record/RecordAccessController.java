package uk.frontdoor.record;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.frontdoor.journey.Actor;
import uk.frontdoor.security.Roles;

@RestController
@Tag(name = "Journey of the child")
class RecordAccessController {

  private final RecordAccessLog log;
  private final Actor actor;

  RecordAccessController(RecordAccessLog log, Actor actor) {
    this.log = log;
    this.actor = actor;
  }

  @GetMapping(value = "/api/record-access", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "listRecordAccess", summary = "Who opened which child's record, when and from where, and every refused attempt",
      description = "Administrators only. Newest first, at most " + RecordAccessLog.MAX_ROWS + " rows; "
          + "from and to are ISO date-times (from inclusive, to exclusive).")
  @ApiResponse(responseCode = "200", description = "The openings")
  @ApiResponse(responseCode = "403", description = "Not an administrator")
  List<RecordAccessLog.RecordAccess> find(
      @Parameter(description = "Only this child's record") @RequestParam(required = false) UUID childId,
      @Parameter(description = "Only this person (Camunda user id)") @RequestParam(required = false) String userId,
      @Parameter(description = "From this moment, inclusive, e.g. 2026-11-01T00:00:00Z")
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
      @Parameter(description = "Before this moment, e.g. 2026-12-01T00:00:00Z")
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to) {
    if (!actor.isIn(Roles.ADMINS)) {
      throw new RecordAccessDeniedException();
    }
    return log.find(childId, userId, from, to);
  }
}
