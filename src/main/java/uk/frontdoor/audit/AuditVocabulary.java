package uk.frontdoor.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The words of the audit: Ofsted's four grades and the themes graded, with their form keys and columns. */
final class AuditVocabulary {

  static final String OUTSTANDING = "outstanding";
  static final String GOOD = "good";
  static final String REQUIRES_IMPROVEMENT = "requires-improvement";
  static final String INADEQUATE = "inadequate";
  static final List<String> GRADES = List.of(OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE);
  /** An overall grade that needs the team manager's follow-up before the audit closes. */
  static final List<String> NEEDS_FOLLOW_UP = List.of(REQUIRES_IMPROVEMENT, INADEQUATE);

  static final String STRATUM_CONSENT_REFUSED = "consent-refused";
  static final String STRATUM_NO_FURTHER_ACTION = "no-further-action";
  static final String STRATUM_OTHER = "other";

  /** One graded theme: the form field, the contact_audit column, what the auditor is asked. */
  record Theme(String field, String column, String label) {
  }

  static final Map<String, Theme> THEMES;

  static {
    Map<String, Theme> themes = new LinkedHashMap<>();
    for (Theme theme : List.of(
        new Theme("gradeJourneyClarity", "journey_clarity", "clarity of the child's journey"),
        new Theme("gradeThresholdApplication", "threshold_application", "threshold application"),
        new Theme("gradeManagementOversight", "management_oversight", "management oversight"),
        new Theme("gradeConsent", "consent_lawful_basis", "consent and lawful basis"),
        new Theme("gradeTimeliness", "timeliness", "timeliness"),
        new Theme("gradeLanguage", "child_focused_language", "child-focused language"),
        new Theme("gradeOverall", "overall", "overall grade"))) {
      themes.put(theme.field(), theme);
    }
    THEMES = Map.copyOf(themes);
  }

  /** The themes in the order the form shows them (Map.copyOf loses order). */
  static final List<String> THEME_FIELDS = List.of("gradeJourneyClarity", "gradeThresholdApplication",
      "gradeManagementOversight", "gradeConsent", "gradeTimeliness", "gradeLanguage", "gradeOverall");

  static final String OVERALL = "gradeOverall";
  static final String COMMENTS = "auditComments";
  static final String MODERATION_REASON = "moderationReason";
  static final String FOLLOW_UP_ACTION = "followUpAction";

  /** Process variables the model reads. */
  static final String SAMPLE_ID = "sampleId";
  static final String SAMPLED_COUNT = "sampledCount";
  static final String AUDIT_ID = "auditId";
  static final String FOLLOW_UP_NEEDED = "followUpNeeded";
  static final String MODERATE = "moderate";
  static final String CONTACT_REFERENCE = "contactReference";
  static final String JOURNEY_LINKS = "journeyRecordLinks";
  static final String LANGUAGE_SUMMARY = "languageSummary";
  static final String GRADES_SUMMARY = "gradesSummary";

  /** Start form fields (and the checked values the draw reads). */
  static final String THEME = "theme";
  static final String PERIOD_FROM = "periodFrom";
  static final String PERIOD_TO = "periodTo";
  static final String PER_MANAGER = "perManager";
  static final String STRATIFY = "stratify";
  static final String SEED = "seed";

  static String label(String grade) {
    return switch (grade) {
      case OUTSTANDING -> "Outstanding";
      case GOOD -> "Good";
      case REQUIRES_IMPROVEMENT -> "Requires improvement";
      case INADEQUATE -> "Inadequate";
      default -> grade;
    };
  }

  private AuditVocabulary() {
  }
}
