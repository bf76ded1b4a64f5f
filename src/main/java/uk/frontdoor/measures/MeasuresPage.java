package uk.frontdoor.measures;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.frontdoor.clock.WorkingCalendar;

/** The measures as a page for team managers and service leads, in plain words. */
@Controller
class MeasuresPage {

  private final Measures measures;
  private final MeasuresAccess access;
  private final WorkingCalendar calendar;
  private final Clock clock;

  MeasuresPage(Measures measures, MeasuresAccess access, WorkingCalendar calendar, Clock clock) {
    this.measures = measures;
    this.access = access;
    this.calendar = calendar;
    this.clock = clock;
  }

  @GetMapping("/measures")
  String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String team, Model model) {
    access.check();
    MeasuresReport report = MeasuresController.compute(measures, calendar, clock, from, to, team);
    model.addAttribute("m", report);
    model.addAttribute("query", "from=" + report.period().from() + "&to=" + report.period().to()
        + (report.period().team() == null ? "" : "&team=" + java.net.URLEncoder.encode(report.period().team(),
            java.nio.charset.StandardCharsets.UTF_8)));
    return "measures";
  }
}
