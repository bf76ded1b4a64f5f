package uk.frontdoor.threshold;

/** One indicator of the Pathways Document, as a rule of the deployed indicators table gives it. */
record PathwaysIndicator(String code, String domain, int level, String description) {

  /** How the checklist shows it: the practitioner sees the level they are choosing. */
  String label() {
    return description + " (level " + level + ")";
  }
}
