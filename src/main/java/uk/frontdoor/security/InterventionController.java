package uk.frontdoor.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import uk.frontdoor.journey.Actor;

@RestController
@Tag(name = "Journey of the child")
class InterventionController {

  private final Interventions interventions;
  private final Actor actor;

  InterventionController(Interventions interventions, Actor actor) {
    this.interventions = interventions;
    this.actor = actor;
  }

  @GetMapping("/api/interventions")
  @Operation(summary = "Every administrator's act on a journey outside its model: who, when, what, on what, and why",
      description = "Administrators only. Newest first, at most " + Interventions.MAX_ROWS + " rows; "
          + "processInstanceId keeps those that touched that journey.")
  @ApiResponse(responseCode = "200", description = "The interventions")
  @ApiResponse(responseCode = "403", description = "Not an administrator")
  List<Interventions.Intervention> find(
      @Parameter(description = "Only the interventions that touched this journey (its process instance id)")
      @RequestParam(required = false) String processInstanceId) {
    if (!actor.isIn(Roles.ADMINS)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "The log of interventions is for administrators");
    }
    return interventions.find(processInstanceId == null || processInstanceId.isBlank() ? null : processInstanceId);
  }
}
