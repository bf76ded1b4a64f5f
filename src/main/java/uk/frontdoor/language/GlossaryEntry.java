package uk.frontdoor.language;

import java.util.Locale;
import java.util.Objects;

/**
 * One row of the glossary: a term, what it means, and what to write instead.
 *
 * @param line the line of the glossary file the row starts on, so errors and findings can point back to it
 */
public record GlossaryEntry(String term, Kind kind, String meaning, String writeInstead, CaseMatch match, int line) {

  /** What the glossary says about a term. */
  public enum Kind {
    /** An abbreviation a child or family would not understand. */
    ACRONYM,
    /** A word or phrase that is not child-focused. */
    JARGON,
    /** Never flagged, for example an organisation's name; also shields the words inside it. */
    ALLOWED;

    /** The spelling used in the glossary file. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Whether the case of the text must match the term. */
  public enum CaseMatch {
    /** "DA" is flagged, "da" and "Da" are not. */
    EXACT_CASE,
    /** Any mix of upper and lower case is flagged. */
    ANY_CASE;

    /** The spelling used in the glossary file. */
    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  public GlossaryEntry {
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(match, "match");
    meaning = meaning == null ? "" : meaning;
    writeInstead = writeInstead == null ? "" : writeInstead;
  }

  /** True when the checker reports this term; false for allowed terms. */
  public boolean flagged() {
    return kind != Kind.ALLOWED;
  }
}
