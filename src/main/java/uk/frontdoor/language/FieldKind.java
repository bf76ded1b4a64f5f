package uk.frontdoor.language;

/** Kinds of free text, each with its own refuse-or-warn setting. */
public enum FieldKind {
  /** The referrer's own words, quoted in the contact. */
  REFERRER_WORDS("referrer-words"),
  /** What staff write: rationales, findings, analysis, notes. */
  STAFF_WRITING("staff-writing"),
  /** The management oversight proforma. */
  OVERSIGHT("oversight"),
  /** Consent decisions and their reasons. */
  CONSENT("consent"),
  /** Threshold decisions and departures from the Pathways Document. */
  THRESHOLD("threshold");

  private final String key;

  FieldKind(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
