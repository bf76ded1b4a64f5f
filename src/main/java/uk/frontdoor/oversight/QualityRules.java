package uk.frontdoor.oversight;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.frontdoor.validation.Problems;
import uk.frontdoor.validation.Text;

/**
 * What makes a section of the proforma good enough to sign: written, not a placeholder such as
 * "n/a" or "see above", long enough to say something, and a rationale that names the decision it
 * justifies. Each refusal says what to write.
 */
@Component
class QualityRules {

  private final OversightSettings settings;
  private final Set<String> placeholders;

  QualityRules(OversightSettings settings) {
    this.settings = settings;
    this.placeholders = settings.placeholders().stream().map(QualityRules::normalise).collect(Collectors.toSet());
  }

  /** Whether the text says nothing: a placeholder, or only punctuation. */
  boolean isPlaceholder(String text) {
    if (text == null) {
      return false;
    }
    String plain = normalise(text);
    return placeholders.contains(plain) || placeholders.contains(plain.replaceAll("[.!]+$", ""))
        || text.chars().noneMatch(Character::isLetterOrDigit);
  }

  /**
   * Checks one required section, adding a problem that says what to write.
   *
   * @param whatToWrite e.g. "write the risks to Amira"
   * @return whether the section is good enough
   */
  boolean section(Problems problems, String field, String text, int minLength, String whatToWrite) {
    if (Text.isEmpty(text)) {
      problems.add(field, whatToWrite);
      return false;
    }
    if (isPlaceholder(text)) {
      problems.add(field, "'" + text.trim() + "' says nothing: " + whatToWrite);
      return false;
    }
    if (Text.trimmed(text).length() < minLength) {
      problems.add(field, whatToWrite + " (at least " + minLength + " characters)");
      return false;
    }
    if (text.length() > 4000) {
      problems.add(field, "must be at most 4000 characters (it has " + text.length() + ")");
      return false;
    }
    return true;
  }

  boolean analysis(Problems problems, String field, String text, String whatToWrite) {
    return section(problems, field, text, settings.analysisMinLength(), whatToWrite);
  }

  boolean other(Problems problems, String field, String text, String whatToWrite) {
    return section(problems, field, text, settings.sectionMinLength(), whatToWrite);
  }

  /** The rationale: a good section that names every decision it justifies. */
  boolean rationale(Problems problems, String field, String text, Collection<SignedDecision> decisions) {
    String whatToWrite = "write why " + wordsOf(decisions) + " is right for each child";
    if (!section(problems, field, text, settings.rationaleMinLength(), whatToWrite)) {
      return false;
    }
    List<SignedDecision> unnamed = decisions.stream().distinct().filter(d -> !d.isNamedIn(text)).toList();
    if (!unnamed.isEmpty()) {
      problems.add(field, "say which decision this justifies: write "
          + unnamed.stream().map(d -> "\"" + d.label() + "\"").collect(Collectors.joining(" and "))
          + " in the rationale and why it is right for each child");
      return false;
    }
    return true;
  }

  static String wordsOf(Collection<SignedDecision> decisions) {
    List<String> words = decisions.stream().distinct().map(SignedDecision::words).toList();
    return words.isEmpty() ? "the decision" : String.join(" and ", words);
  }

  private static String normalise(String text) {
    return text.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }
}
