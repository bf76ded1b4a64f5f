package uk.frontdoor.measures;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import uk.frontdoor.clock.WorkingCalendar;

/** The measures as JSON and each table as CSV, for managers, service leads, auditors and the council's analysts. */
@RestController
@RequestMapping("/api/measures")
@Tag(name = "Measures", description = "How the front door is doing, for any period and team")
class MeasuresController {

  private final Measures measures;
  private final MeasuresAccess access;
  private final WorkingCalendar calendar;
  private final Clock clock;

  MeasuresController(Measures measures, MeasuresAccess access, WorkingCalendar calendar, Clock clock) {
    this.measures = measures;
    this.access = access;
    this.calendar = calendar;
    this.clock = clock;
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "getMeasures", summary = "Every measure for a period",
      description = "Contacts received from the first to the last day (inclusive, UK dates); with team, only "
          + "contacts whose decision that team manager approved. Team managers, service leads, auditors and "
          + "administrators only.")
  @ApiResponse(responseCode = "200", description = "The measures")
  @ApiResponse(responseCode = "400", description = "The last day is before the first")
  @ApiResponse(responseCode = "403", description = "Not a team manager, service lead, auditor or administrator")
  MeasuresReport measures(
      @Parameter(description = "First day, e.g. 2025-04-01; default a year before the last day")
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @Parameter(description = "Last day, inclusive; default today")
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @Parameter(description = "A team manager's user id: only the contacts whose decision they approved")
      @RequestParam(required = false) String team) {
    access.check();
    return compute(measures, calendar, clock, from, to, team);
  }

  @GetMapping(value = "/{table}.csv", produces = "text/csv")
  @Operation(operationId = "getMeasuresTable", summary = "One table of the measures as CSV",
      description = "Tables: contacts, decisions, re-referrals, consent, consent-refused-outcomes, brief-intervention, "
          + "threshold-levels, outcomes, departures, sibling-allocations, oversight, audit-grades, language-refusals")
  @ApiResponse(responseCode = "200", description = "The table: a header row, then one row per line",
      content = @Content(mediaType = "text/csv", schema = @Schema(type = "string",
          example = "outcome,children\r\nearly-help,31\r\nreferral,24\r\n")))
  @ApiResponse(responseCode = "400", description = "The last day is before the first")
  @ApiResponse(responseCode = "403", description = "Not a team manager, service lead, auditor or administrator")
  @ApiResponse(responseCode = "404", description = "No such table")
  ResponseEntity<String> csv(@Parameter(description = "The table, e.g. outcomes") @PathVariable String table,
      @Parameter(description = "First day, e.g. 2025-04-01; default a year before the last day")
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @Parameter(description = "Last day, inclusive; default today")
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @Parameter(description = "A team manager's user id: only the contacts whose decision they approved")
      @RequestParam(required = false) String team) {
    access.check();
    if (!MeasuresReport.TABLES.contains(table)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no table '" + table + "'. Tables: "
          + String.join(", ", MeasuresReport.TABLES));
    }
    MeasuresReport report = compute(measures, calendar, clock, from, to, team);
    List<? extends Record> rows = report.tables().get(table);
    Class<? extends Record> type = rowType(report, table);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"measures-" + table + "-"
            + report.period().from() + "-to-" + report.period().to() + ".csv\"")
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .body(Csv.write(type, rows));
  }

  private static Class<? extends Record> rowType(MeasuresReport report, String table) {
    return switch (table) {
      case "contacts" -> MeasuresReport.ContactsReceived.class;
      case "decisions" -> MeasuresReport.Decisions.class;
      case "re-referrals" -> MeasuresReport.ReReferrals.class;
      case "consent" -> MeasuresReport.Consent.class;
      case "consent-refused-outcomes", "outcomes" -> MeasuresReport.OutcomeCount.class;
      case "brief-intervention" -> MeasuresReport.BriefIntervention.class;
      case "threshold-levels" -> MeasuresReport.LevelCount.class;
      case "departures" -> MeasuresReport.Departures.class;
      case "sibling-allocations" -> MeasuresReport.Allocations.class;
      case "oversight" -> MeasuresReport.Oversight.class;
      case "audit-grades" -> MeasuresReport.AuditGradeCount.class;
      case "language-refusals" -> MeasuresReport.LanguageRefusal.class;
      default -> throw new IllegalArgumentException(table);
    };
  }

  static MeasuresReport compute(Measures measures, WorkingCalendar calendar, Clock clock, LocalDate from,
      LocalDate to, String team) {
    LocalDate last = to != null ? to : LocalDate.now(clock.withZone(calendar.zone()));
    LocalDate first = from != null ? from : last.minusYears(1).plusDays(1);
    if (last.isBefore(first)) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The last day must not be before the first day");
    }
    return measures.compute(first, last, team);
  }
}
