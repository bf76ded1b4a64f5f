package uk.frontdoor.language;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import uk.frontdoor.language.GlossaryEntry.Kind;

/**
 * One acronym or phrase found in a text.
 *
 * @param found        the words as written in the text, for example "LACs" or "contact with\nmum"
 * @param term         the glossary term it matched, for example "LAC"
 * @param start        char offset of the first character in the checked text
 * @param end          char offset just after the last character, so {@code text.substring(start, end)} is {@code found}
 */
public record LanguageFinding(String found, String term, Kind kind, String meaning, String writeInstead,
               int start, int end) {

  /**
   * What a practitioner reads, for example:
   * {@code "DA" (domestic abuse): write "domestic abuse" or describe what happened instead.}
   */
  public String message() {
    String advice = writeInstead.strip();
    if (!advice.isEmpty() && !advice.endsWith(".") && !advice.endsWith("!") && !advice.endsWith("?")) {
      advice = advice + ".";
    }
    return "\"" + oneLine(found) + "\" (" + meaning + "): " + advice;
  }

  /**
   * One line per term found, in the order they first appear, with how often each was found:
   * <pre>
   * "DA" (domestic abuse): write "domestic abuse" or describe what happened instead.
   * "SW" (social worker): write "social worker" and their name. Found 2 times.
   * </pre>
   * Empty when there are no findings.
   */
  public static String describe(List<LanguageFinding> findings) {
    Map<String, List<LanguageFinding>> byTerm = findings.stream().collect(Collectors.groupingBy(
        f -> f.term().toLowerCase(Locale.ROOT) + "\u0000" + oneLine(f.found()).toLowerCase(Locale.ROOT),
        LinkedHashMap::new, Collectors.toList()));
    return byTerm.values().stream()
        .map(same -> same.size() == 1
            ? same.get(0).message()
            : same.get(0).message() + " Found " + same.size() + " times.")
        .collect(Collectors.joining("\n"));
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ");
  }
}
