package uk.frontdoor.validation;

/**
 * What counts as writing. Text made only of spaces, control characters or characters that show
 * nothing (zero-width spaces, joiners, fillers) is empty everywhere: a name or a rationale of 30
 * zero-width spaces is no name and no rationale.
 */
public final class Text {

  private Text() {
  }

  /** Whether there is nothing a reader could see. */
  public static boolean isEmpty(String text) {
    return text == null || text.codePoints().allMatch(Text::isInvisible);
  }

  /** The text without anything invisible at either end; null when nothing visible is left. */
  public static String trimmed(String text) {
    if (text == null) {
      return null;
    }
    int start = 0;
    int end = text.length();
    while (start < end && isInvisible(text.codePointAt(start))) {
      start += Character.charCount(text.codePointAt(start));
    }
    while (end > start && isInvisible(text.codePointBefore(end))) {
      end -= Character.charCount(text.codePointBefore(end));
    }
    return start == end ? null : text.substring(start, end);
  }

  /**
   * Whether the text holds a control character a person cannot have meant to type (a NUL, an
   * escape); line breaks and tabs are allowed where the text may run over several lines.
   */
  public static boolean hasControlCharacters(String text, boolean multiline) {
    return text != null && text.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL
        && !(multiline && (c == '\n' || c == '\r' || c == '\t')));
  }

  private static boolean isInvisible(int c) {
    return switch (Character.getType(c)) {
      case Character.CONTROL, Character.FORMAT, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
           Character.PARAGRAPH_SEPARATOR, Character.UNASSIGNED, Character.SURROGATE -> true;
      // letters by their category, yet drawn as nothing: Hangul fillers and the blank Braille cell
      default -> c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800;
    };
  }
}
