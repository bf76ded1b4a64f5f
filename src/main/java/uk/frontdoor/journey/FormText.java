package uk.frontdoor.journey;

/** Text set as a process variable for a form to show, within what the engine stores. */
public final class FormText {

  /** Camunda keeps a String variable in a 4,000-character column; a longer one fails the whole step. */
  public static final int MAX_LENGTH = 4000;

  private FormText() {
  }

  /** The text, or as much of it as fits in {@code maxLength} followed by where to read the rest. */
  public static String shortened(String text, int maxLength, String more) {
    if (text.length() <= maxLength) {
      return text;
    }
    return text.substring(0, maxLength - more.length()) + more;
  }
}
