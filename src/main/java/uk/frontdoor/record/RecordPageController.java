package uk.frontdoor.record;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.frontdoor.clock.UkDates;

/** The child's record on screen, printable, for people who are not specialists. */
@Controller
class RecordPageController {

  private static final UkDates DATES = new UkDates();
  private final ChildRecords records;

  RecordPageController(ChildRecords records) {
    this.records = records;
  }

  @GetMapping("/children")
  String search(@RequestParam(name = "q", required = false) String query, Model model) {
    model.addAttribute("q", query == null ? "" : query);
    model.addAttribute("results", records.search(query));
    model.addAttribute("dates", DATES);
    return "record/search";
  }

  @GetMapping("/children/{childId}")
  String child(@PathVariable UUID childId, HttpServletRequest request, Model model) {
    model.addAttribute("record", records.openChild(childId, ChildRecords.PAGE, request.getRemoteAddr()));
    model.addAttribute("dates", DATES);
    return "record/child";
  }

  @ExceptionHandler(RecordNotFoundException.class)
  String notFound(RecordNotFoundException e, HttpServletResponse response, Model model) {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    model.addAttribute("title", "No record found");
    model.addAttribute("message", "There is no child with this id. Search for the child by name or date of birth.");
    return "record/problem";
  }

  @ExceptionHandler(RecordAccessDeniedException.class)
  String denied(RecordAccessDeniedException e, HttpServletResponse response, Model model) {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    model.addAttribute("title", "You cannot open this record");
    model.addAttribute("message", e.getMessage());
    return "record/problem";
  }

  @ExceptionHandler(IllegalArgumentException.class)
  String badId(HttpServletResponse response, Model model) {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    model.addAttribute("title", "No record found");
    model.addAttribute("message", "This is not a child id. Search for the child by name or date of birth.");
    return "record/problem";
  }
}
