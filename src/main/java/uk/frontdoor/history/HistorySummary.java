package uk.frontdoor.history;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import uk.frontdoor.journey.FormText;

/**
 * Writes a child's history in plain English for the screening practitioner: no acronyms, no
 * codes, the facts that change what happens next first.
 */
final class HistorySummary {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
      .withZone(ZoneId.of("Europe/London"));

  /** Open social care involvement in words a family would understand. */
  private static final Map<String, String> CASE_KINDS = Map.of(
      "child-in-need", "child in need plan",
      "child-protection-plan", "child protection plan",
      "looked-after", "looked after by the council");

  private HistorySummary() {
  }

  /**
   * For example: "Amira Khan (7) is known: 2 earlier contacts, last referral on 3 March 2026 (a
   * re-referral). Open: child protection plan. Brothers and sisters at this address: Yusuf Khan (4)."
   */
  static String of(ChildHistory h) {
    StringBuilder text = new StringBuilder(h.name()).append(" (").append(h.age()).append(")");
    if (!h.known()) {
      text.append(" is not known to the service.");
    } else {
      text.append(" is known: ").append(count(h.previousContacts(), "earlier contact", "earlier contacts"));
      if (h.lastReferralAt() != null) {
        text.append(", ").append(count(h.previousReferrals(), "earlier referral", "earlier referrals"))
            .append(", last referral on ").append(date(h.lastReferralAt()));
      } else {
        text.append(", no earlier referrals");
      }
      if (h.reReferral()) {
        text.append(" (a re-referral)");
      }
      text.append('.');
    }
    if (!h.openCases().isEmpty()) {
      text.append(" Open: ").append(h.openCases().stream().map(kind -> CASE_KINDS.getOrDefault(kind, kind))
          .collect(Collectors.joining(", "))).append('.');
    }
    if (!h.siblings().isEmpty()) {
      text.append(" Brothers and sisters at this address: ").append(String.join(", ", h.siblings())).append('.');
    }
    if (!h.possibleDuplicates().isEmpty()) {
      // the history above may be split across these records: a re-referral can hide there
      text.append(" Another record may be this child: ").append(String.join("; ", h.possibleDuplicates()))
          .append(". Merge the records or confirm two children before you decide.");
    }
    return text.toString();
  }

  /** All children's summaries for the screening form, one per line, cut short politely. */
  static String forDisplay(List<String> summaries, int maxLength) {
    return FormText.shortened(String.join("\n", summaries), maxLength, "… (more in the child's history record)");
  }

  static String date(Instant instant) {
    return DATE.format(instant);
  }

  private static String count(int n, String one, String many) {
    return n == 0 ? "no " + many : n + " " + (n == 1 ? one : many);
  }
}
