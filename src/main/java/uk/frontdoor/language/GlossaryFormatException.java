package uk.frontdoor.language;

/** The glossary file cannot be read; the message names the file, the line and what is wrong. */
public class GlossaryFormatException extends IllegalArgumentException {

  private final String sourceName;
  private final int line;

  public GlossaryFormatException(String sourceName, int line, String problem) {
    super(sourceName + " line " + line + ": " + problem);
    this.sourceName = sourceName;
    this.line = line;
  }

  public String sourceName() {
    return sourceName;
  }

  /** 1-based line number in the glossary file. */
  public int line() {
    return line;
  }
}
