package uk.frontdoor.oversight;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The kinds of decision a manager signs off, each with the words a rationale uses to name it, and
 * whether it stops the child's journey here (no further action, advice, a refusal of consent
 * respected): those record the manager's name.
 */
enum SignedDecision {
  NO_FURTHER_ACTION("no further action", true, "no further action"),
  INFORMATION_AND_ADVICE("information and advice", true, "advice"),
  CONSENT_REFUSAL_RESPECTED("respect the refusal of consent", true, "consent"),
  EARLY_HELP("early help", false, "early help"),
  BRIEF_INTERVENTION("brief intervention", false, "brief intervention"),
  ASSESSMENT("an assessment", false, "assessment"),
  STRATEGY_DISCUSSION("a strategy discussion", false, "strategy discussion", "strategy meeting");

  private final String words;
  private final boolean notProgressed;
  private final String label;
  private final List<Pattern> names;

  SignedDecision(String words, boolean notProgressed, String... names) {
    this.words = words;
    this.notProgressed = notProgressed;
    this.label = names[0];
    this.names = List.of(names).stream()
        .map(name -> Pattern.compile("\\b" + name.replace(" ", "\\s+") + "\\b")).toList();
  }

  /** The decision as the form and the record say it. */
  String words() {
    return words;
  }

  /** The first of the words a rationale must use, e.g. "no further action". */
  String label() {
    return label;
  }

  boolean notProgressed() {
    return notProgressed;
  }

  /** Whether the text names this decision in its own words or a synonym, ignoring case and hyphens. */
  boolean isNamedIn(String text) {
    if (text == null) {
      return false;
    }
    String plain = text.toLowerCase(Locale.ROOT).replace('-', ' ');
    return names.stream().anyMatch(name -> name.matcher(plain).find());
  }

  /** A screening decision or a pathway code (the tables' codes); null for one that is not signed off. */
  static SignedDecision ofCode(String code) {
    if (code == null) {
      return null;
    }
    return switch (code) {
      case "no-further-action" -> NO_FURTHER_ACTION;
      case "information-and-advice" -> INFORMATION_AND_ADVICE;
      case "early-help" -> EARLY_HELP;
      case "brief-intervention-team" -> BRIEF_INTERVENTION;
      case "children-and-families-assessment" -> ASSESSMENT;
      case "strategy-discussion" -> STRATEGY_DISCUSSION;
      default -> null;
    };
  }
}
