package uk.frontdoor.consent;

import java.util.List;

/** The codes a consent decision is recorded in: the forms' values and the table's columns. */
final class ConsentVocabulary {

  static final String GIVEN = "given";
  static final String REFUSED = "refused";
  static final String NOT_SOUGHT = "not-sought";
  static final List<String> STATUSES = List.of(GIVEN, REFUSED, NOT_SOUGHT);

  static final List<String> FROM = List.of("person-with-parental-responsibility", "competent-child");

  /** The only grounds on which consent may go unsought or a refusal be overridden. */
  static final String RISK_OF_SIGNIFICANT_HARM = "risk-of-significant-harm";
  static final String PREJUDICE_CRIME_PREVENTION = "prejudice-crime-prevention";
  static final String UNJUSTIFIED_DELAY = "unjustified-delay";
  static final List<String> GROUNDS = List.of(RISK_OF_SIGNIFICANT_HARM, PREJUDICE_CRIME_PREVENTION,
      UNJUSTIFIED_DELAY);

  static final String PROCEED_WITHOUT_CONSENT = "proceed-without-consent";
  static final String RESPECT_REFUSAL = "respect-refusal";
  static final String SEEK_CONSENT = "seek-consent";
  static final List<String> MANAGER_DECISIONS = List.of(PROCEED_WITHOUT_CONSENT, RESPECT_REFUSAL, SEEK_CONSENT);

  /** Lawful bases for sharing: set by the server from the decision, never by a form. */
  static final String LAWFUL_BASIS_CONSENT = "consent";
  static final String LAWFUL_BASIS_SAFEGUARDING = "public-task-safeguarding";

  static final String PRACTITIONER = "practitioner";
  static final String MANAGER = "manager";

  private ConsentVocabulary() {
  }

  /** The plain-English words for a ground, as the forms show it. */
  static String groundWords(String ground) {
    return switch (ground) {
      case RISK_OF_SIGNIFICANT_HARM -> "seeking consent would put the child at increased risk of significant harm";
      case PREJUDICE_CRIME_PREVENTION -> "seeking consent would prejudice the prevention or detection of serious crime";
      case UNJUSTIFIED_DELAY -> "seeking consent would cause unjustified delay in enquiries about significant harm";
      default -> ground;
    };
  }
}
