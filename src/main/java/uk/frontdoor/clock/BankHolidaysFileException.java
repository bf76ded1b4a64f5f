package uk.frontdoor.clock;

/**
 * A bank holiday file that cannot be trusted. The message names the file and line so a service
 * lead can fix it without reading a stack trace.
 */
public class BankHolidaysFileException extends RuntimeException {

  private final String sourceName;
  private final int lineNumber;

  BankHolidaysFileException(String sourceName, int lineNumber, String problem) {
    super(lineNumber > 0
        ? sourceName + " line " + lineNumber + ": " + problem
        : sourceName + ": " + problem);
    this.sourceName = sourceName;
    this.lineNumber = lineNumber;
  }

  public String sourceName() {
    return sourceName;
  }

  /** The 1-based line the problem is on, or 0 when it is about the whole file. */
  public int lineNumber() {
    return lineNumber;
  }
}
