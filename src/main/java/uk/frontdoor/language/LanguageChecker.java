package uk.frontdoor.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.frontdoor.language.GlossaryEntry.CaseMatch;

/**
 * Finds the glossary's acronyms and jargon in free text.
 *
 * <p>The text is split into words once and each word is looked up in a word trie built from the glossary, so a
 * check costs one map lookup per word whatever the glossary's size. Rules:
 * <ul>
 * <li>Whole words only: "class" never hits CLA, "Dad" never hits DA.</li>
 * <li>Exact-case terms match only as written ("DA", not "da"); any-case terms match in any case.</li>
 * <li>A plural or possessive ending on the last word is part of the match ("LACs", "CP's", "service users");
 * for exact-case terms the ending must be a lower-case "s" ("LACS" is not "LAC").</li>
 * <li>The words of a phrase may be separated by any whitespace, including line breaks, or a hyphen; other
 * punctuation in a term ("A&amp;E") must appear in the text, with or without spaces around it.</li>
 * <li>An acronym of letters then digits ("S47") also matches "S.47", "S 47", "S. 47" and "S-47".</li>
 * <li>Where terms overlap, the one starting first wins, then the longest; an allowed term produces no finding
 * and shields the words inside it ("made contact with mum" is communication, not family time).</li>
 * </ul>
 * Immutable and safe to share between threads.
 */
public final class LanguageChecker {

  private static final Pattern LETTERS_THEN_DIGITS = Pattern.compile("([A-Za-z]+)([0-9]+)");
  private static final String[] JOINED = {"", "-"};
  private static final String[] LETTERS_DIGITS_GAP = {"", ".", "-"};

  private final Glossary glossary;
  private final Node root;

  public LanguageChecker(Glossary glossary) {
    this.glossary = glossary;
    Builder builder = new Builder();
    List<GlossaryEntry> entries = glossary.entries();
    for (int i = 0; i < entries.size(); i++) {
      builder.add(entries.get(i), i);
    }
    this.root = builder.root.freeze();
  }

  public Glossary glossary() {
    return glossary;
  }

  /** Every acronym and jargon term in {@code text}, in order of position; empty for null or clean text. */
  public List<LanguageFinding> check(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    Tokens tokens = Tokens.of(text);
    List<LanguageFinding> findings = null;
    int i = 0;
    while (i < tokens.size) {
      Match best = longestAt(tokens, i);
      if (best == null) {
        i++;
        continue;
      }
      GlossaryEntry entry = best.term.entry;
      if (entry.flagged()) {
        if (findings == null) {
          findings = new ArrayList<>(4);
        }
        int start = tokens.start[i];
        int end = tokens.end[best.lastToken];
        findings.add(new LanguageFinding(text.substring(start, end), entry.term(), entry.kind(),
            entry.meaning(), entry.writeInstead(), start, end));
      }
      i = best.lastToken + 1;
    }
    return findings == null ? List.of() : List.copyOf(findings);
  }

  /** True when the text has no acronym or jargon. */
  public boolean isClean(String text) {
    return check(text).isEmpty();
  }

  private Match longestAt(Tokens tokens, int first) {
    Match best = null;
    Node node = root;
    for (int t = first; t < tokens.size; t++) {
      String singular = tokens.singularKey(t);
      if (singular != null) {
        Node plural = node.children.get(singular);
        if (plural != null) {
          best = better(best, plural.terms, tokens, first, t, true);
        }
      }
      Node next = node.children.get(tokens.key[t]);
      if (next == null) {
        break;
      }
      best = better(best, next.terms, tokens, first, t, false);
      node = next;
    }
    return best;
  }

  private static Match better(Match best, Term[] candidates, Tokens tokens, int first, int last, boolean plural) {
    for (Term term : candidates) {
      if (!term.matches(tokens, first, last, plural)) {
        continue;
      }
      if (best == null || last > best.lastToken
          || (last == best.lastToken && term.priority < best.term.priority)) {
        best = new Match(term, last);
      }
    }
    return best;
  }

  private record Match(Term term, int lastToken) {
  }

  /** One way of writing a glossary entry: its words and what may stand between them. */
  private static final class Term {
    final GlossaryEntry entry;
    final String[] words;
    final String[][] gaps;
    final int priority;

    Term(GlossaryEntry entry, String[] words, String[][] gaps, int priority) {
      this.entry = entry;
      this.words = words;
      this.gaps = gaps;
      this.priority = priority;
    }

    boolean matches(Tokens tokens, int first, int last, boolean plural) {
      for (int k = 0; k < gaps.length; k++) {
        String gap = Tokens.normaliseGap(tokens.gapAfter(first + k));
        if (!contains(gaps[k], gap)) {
          return false;
        }
      }
      if (entry.match() == CaseMatch.ANY_CASE) {
        return true;
      }
      for (int k = 0; k < words.length; k++) {
        String word = tokens.word(first + k);
        if (plural && k == words.length - 1) {
          int suffix = tokens.suffixLength(first + k);
          if (word.charAt(word.length() - 1) != 's') {
            return false;
          }
          word = word.substring(0, word.length() - suffix);
        }
        if (!word.equals(words[k])) {
          return false;
        }
      }
      return true;
    }

    private static boolean contains(String[] accepted, String gap) {
      for (String a : accepted) {
        if (a.equals(gap)) {
          return true;
        }
      }
      return false;
    }
  }

  private static final class Node {
    Map<String, Node> children = new HashMap<>();
    List<Term> pending = new ArrayList<>();
    Term[] terms = new Term[0];

    Node freeze() {
      terms = pending.toArray(new Term[0]);
      pending = null;
      for (Node child : children.values()) {
        child.freeze();
      }
      children = Map.copyOf(children);
      return this;
    }
  }

  private static final class Builder {
    final Node root = new Node();

    void add(GlossaryEntry entry, int order) {
      Tokens tokens = Tokens.of(entry.term());
      String[] words = new String[tokens.size];
      String[] keys = new String[tokens.size];
      String[][] gaps = new String[Math.max(0, tokens.size - 1)][];
      for (int t = 0; t < tokens.size; t++) {
        words[t] = tokens.word(t);
        keys[t] = tokens.key[t];
        if (t > 0) {
          String gap = Tokens.normaliseGap(tokens.gapAfter(t - 1));
          gaps[t - 1] = gap.isEmpty() || gap.equals("-") ? JOINED : new String[] {gap};
        }
      }
      // at equal length the earlier row wins, and a written form beats an S.47-style variant
      insert(keys, new Term(entry, words, gaps, order * 2));
      Matcher m = LETTERS_THEN_DIGITS.matcher(entry.term());
      if (entry.kind() == GlossaryEntry.Kind.ACRONYM && m.matches()) {
        String[] split = {m.group(1), m.group(2)};
        String[] splitKeys = {Tokens.of(split[0]).key[0], split[1]};
        insert(splitKeys, new Term(entry, split, new String[][] {LETTERS_DIGITS_GAP},
            order * 2 + 1));
      }
    }

    private void insert(String[] keys, Term term) {
      Node node = root;
      for (String key : keys) {
        node = node.children.computeIfAbsent(key, k -> new Node());
      }
      node.pending.add(term);
    }
  }
}
