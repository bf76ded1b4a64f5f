package uk.frontdoor.threshold;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import uk.frontdoor.clock.WorkingCalendar;
import uk.frontdoor.journey.Actor;
import uk.frontdoor.measures.Csv;
import uk.frontdoor.security.Roles;

/**
 * The Pathways what-if for service leads: a page to upload a changed {@code pathways-threshold.dmn}, the same as
 * an API answering JSON, and the children who would move as CSV. Nothing is deployed.
 */
@Controller
@Tag(name = "Pathways what-if", description = "How closed contacts' threshold decisions would move under a changed"
    + " Pathways Document")
class WhatIfController {

  static final List<String> ALLOWED = List.of(Roles.SERVICE_LEADS, Roles.ADMINS);

  private final PathwaysWhatIf whatIf;
  private final Actor actor;
  private final WorkingCalendar calendar;
  private final Clock clock;

  WhatIfController(PathwaysWhatIf whatIf, Actor actor, WorkingCalendar calendar, Clock clock) {
    this.whatIf = whatIf;
    this.actor = actor;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** The what-if's request: a file a service lead saved in Camunda Modeler, not JSON. */
  private static final String FILE = "The changed pathways-threshold.dmn, as Camunda Modeler saves it";

  @PostMapping(value = "/api/pathways/what-if", consumes = MediaType.APPLICATION_XML_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  @Operation(summary = "Run closed contacts through a changed Pathways Document",
      description = "The body is the changed pathways-threshold.dmn. For every child of a contact closed from the "
          + "first to the last day (UK dates, inclusive; with team, only contacts whose decision that team manager "
          + "approved), the recorded indicators run through the deployed tables and the changed ones. Service leads "
          + "and administrators only; nothing is deployed.")
  @ApiResponse(responseCode = "200", description = "The counts, by team, and each child that would move")
  @ApiResponse(responseCode = "400", description = "The file cannot be used, or the last day is before the first")
  @ApiResponse(responseCode = "403", description = "Not a service lead or administrator")
  WhatIfReport api(@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
      description = FILE, content = @Content(mediaType = MediaType.APPLICATION_XML_VALUE,
          schema = @Schema(type = "string", format = "binary"))) @RequestBody byte[] dmn,
      @Parameter(description = "First day; default a year before the last day")
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @Parameter(description = "Last day, inclusive; default today")
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @Parameter(description = "A team manager's user id") @RequestParam(required = false) String team) {
    return compare(dmn, from, to, team);
  }

  @PostMapping(value = "/api/pathways/what-if.csv", consumes = MediaType.APPLICATION_XML_VALUE, produces = "text/csv")
  @Operation(summary = "The children who would move, as CSV", description = "As /api/pathways/what-if")
  ResponseEntity<String> csv(@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
      description = FILE, content = @Content(mediaType = MediaType.APPLICATION_XML_VALUE,
          schema = @Schema(type = "string", format = "binary"))) @RequestBody byte[] dmn,
      @Parameter(description = "First day; default a year before the last day")
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @Parameter(description = "Last day, inclusive; default today")
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @Parameter(description = "A team manager's user id") @RequestParam(required = false) String team) {
    WhatIfReport report = compare(dmn, from, to, team);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"pathways-what-if-" + report.from() + "-to-"
            + report.to() + ".csv\"")
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .body(Csv.write(WhatIfReport.Child.class, report.changes()));
  }

  @GetMapping("/pathways/what-if")
  String page(Model model) {
    check();
    model.addAttribute("to", today());
    model.addAttribute("from", today().minusYears(1).plusDays(1));
    return "what-if";
  }

  @PostMapping(value = "/pathways/what-if", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  String pageResult(@RequestPart("file") MultipartFile file,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String team, Model model) throws IOException {
    check();
    WhatIfReport report = compare(file.getBytes(), from, to, team);
    model.addAttribute("r", report);
    model.addAttribute("from", report.from());
    model.addAttribute("to", report.to());
    model.addAttribute("labels", Pathways.LABELS);
    return "what-if";
  }

  private WhatIfReport compare(byte[] dmn, LocalDate from, LocalDate to, String team) {
    check();
    LocalDate last = to != null ? to : today();
    LocalDate first = from != null ? from : last.minusYears(1).plusDays(1);
    if (last.isBefore(first)) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The last day must not be before the first day");
    }
    if (dmn == null || dmn.length == 0) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Choose the changed pathways-threshold.dmn file");
    }
    try {
      return whatIf.compare(dmn, first, last, team);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
  }

  private void check() {
    if (actor.groups().stream().noneMatch(ALLOWED::contains)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "The Pathways what-if is for service leads");
    }
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(calendar.zone()));
  }
}
