package uk.frontdoor.record;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Journey of the child", description = "One child's record, in time order; every opening is logged")
class JourneyRecordController {

  private final ChildRecords records;

  JourneyRecordController(ChildRecords records) {
    this.records = records;
  }

  @GetMapping(value = "/api/children/{childId}/journey", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "getChildJourney",
      summary = "The journey of one child: every contact about them and every step, with who, when and why",
      description = "What is shown depends on need to know: a partner agency officer sees only their own agency's "
          + "check, the brief intervention team only children routed to them. Each opening and each refusal is logged.")
  @ApiResponse(responseCode = "200", description = "The record",
      content = @Content(schema = @Schema(implementation = JourneyRecord.class)))
  @ApiResponse(responseCode = "403", description = "No need to know this child (the attempt is logged)")
  @ApiResponse(responseCode = "404", description = "No such child")
  JourneyRecord child(@Parameter(description = "The child's id") @PathVariable UUID childId,
      HttpServletRequest request) {
    return records.openChild(childId, ChildRecords.API, request.getRemoteAddr());
  }

  @GetMapping(value = "/api/contacts/{contactId}/journey", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "getContactJourney",
      summary = "The journey of each child of one contact, narrowed to that contact",
      description = "Only the children this viewer may open are included; each opening and refusal is logged.")
  @ApiResponse(responseCode = "200", description = "The children's records for this contact",
      content = @Content(schema = @Schema(implementation = ChildRecords.ContactRecord.class)))
  @ApiResponse(responseCode = "403", description = "No need to know any child of this contact")
  @ApiResponse(responseCode = "404", description = "No such contact")
  ChildRecords.ContactRecord contact(@Parameter(description = "The contact's id") @PathVariable UUID contactId,
      HttpServletRequest request) {
    return records.openContact(contactId, ChildRecords.API, request.getRemoteAddr());
  }
}
