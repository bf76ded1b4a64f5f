package uk.frontdoor.language;

import java.util.Arrays;
import java.util.Locale;

/**
 * Splits text into words: runs of letters and digits, with an apostrophe kept inside a word
 * ("child's", "CP’s") so that the "s" of a possessive is never a word of its own.
 * Offsets are char indices into the text; keys are lower case with typographic apostrophes folded.
 */
final class Tokens {

  final String text;
  final int size;
  final int[] start;
  final int[] end;
  final String[] key;

  private Tokens(String text, int size, int[] start, int[] end, String[] key) {
    this.text = text;
    this.size = size;
    this.start = start;
    this.end = end;
    this.key = key;
  }

  static Tokens of(String text) {
    int capacity = Math.max(8, text.length() / 5);
    int[] start = new int[capacity];
    int[] end = new int[capacity];
    int n = 0;
    int length = text.length();
    int i = 0;
    while (i < length) {
      if (!isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int s = i;
      while (i < length) {
        char c = text.charAt(i);
        if (isWordChar(c)) {
          i++;
        } else if (isApostrophe(c) && i + 1 < length && isWordChar(text.charAt(i + 1))) {
          i += 2;
        } else {
          break;
        }
      }
      if (n == start.length) {
        start = Arrays.copyOf(start, n * 2);
        end = Arrays.copyOf(end, n * 2);
      }
      start[n] = s;
      end[n] = i;
      n++;
    }
    String[] key = new String[n];
    for (int t = 0; t < n; t++) {
      key[t] = keyOf(text, start[t], end[t]);
    }
    return new Tokens(text, n, start, end, key);
  }

  String word(int t) {
    return text.substring(start[t], end[t]);
  }

  /** The text between word t and word t + 1. */
  String gapAfter(int t) {
    return text.substring(end[t], start[t + 1]);
  }

  /**
   * The key of word t without a plural or possessive ending ("lacs" → "lac", "cp's" → "cp"),
   * or null when it has none.
   */
  String singularKey(int t) {
    String k = key[t];
    int len = k.length();
    if (len >= 4 && k.charAt(len - 1) == 's' && k.charAt(len - 2) == '\'') {
      return k.substring(0, len - 2);
    }
    if (len >= 3 && k.charAt(len - 1) == 's') {
      return k.substring(0, len - 1);
    }
    return null;
  }

  /** Length of the plural or possessive ending that {@link #singularKey} removed. */
  int suffixLength(int t) {
    String k = key[t];
    return k.length() >= 2 && k.charAt(k.length() - 2) == '\'' ? 2 : 1;
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018';
  }

  private static String keyOf(String text, int from, int to) {
    String k = text.substring(from, to).toLowerCase(Locale.ROOT);
    return k.indexOf('\u2019') >= 0 || k.indexOf('\u2018') >= 0
        ? k.replace('\u2019', '\'').replace('\u2018', '\'')
        : k;
  }

  /**
   * A gap between two words with whitespace removed and dashes and apostrophes folded,
   * so "attention - seeking" and "attention-seeking" both give "-", and "A & E" gives "&".
   */
  static String normaliseGap(String gap) {
    StringBuilder sb = new StringBuilder(gap.length());
    for (int i = 0; i < gap.length(); i++) {
      char c = gap.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        continue;
      }
      if (c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014') {
        c = '-';
      } else if (isApostrophe(c)) {
        c = '\'';
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
