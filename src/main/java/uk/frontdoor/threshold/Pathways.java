package uk.frontdoor.threshold;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words of the threshold step: the Assessment Framework's domains with the form fields that
 * tick their indicators, the pathways with their plain labels, and the decision keys.
 */
public final class Pathways {

  public static final String INDICATORS_DECISION = "pathways-indicators";
  public static final String LEVEL_DECISION = "pathways-level";
  public static final String PATHWAY_DECISION = "pathways-pathway";

  public static final String NO_FURTHER_ACTION = "no-further-action";
  public static final String INFORMATION_AND_ADVICE = "information-and-advice";
  public static final String EARLY_HELP = "early-help";
  public static final String BRIEF_INTERVENTION_TEAM = "brief-intervention-team";
  public static final String ASSESSMENT = "children-and-families-assessment";
  public static final String STRATEGY_DISCUSSION = "strategy-discussion";

  /** Every pathway, with the label the decide form shows. */
  public static final Map<String, String> LABELS;

  static {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put(NO_FURTHER_ACTION, "No further action");
    labels.put(INFORMATION_AND_ADVICE, "Information and advice");
    labels.put(EARLY_HELP, "Early help from one service");
    labels.put(BRIEF_INTERVENTION_TEAM, "Brief Intervention Team (short family support, with consent)");
    labels.put(ASSESSMENT, "Children and families assessment (section 17 of the Children Act 1989)");
    labels.put(STRATEGY_DISCUSSION,
        "Strategy discussion (reasonable cause to suspect significant harm; may lead to section 47 enquiries)");
    LABELS = Map.copyOf(labels);
  }

  /** Pathways that are a service of children's social care and need consent without significant harm. */
  public static final List<String> NEED_CONSENT = List.of(BRIEF_INTERVENTION_TEAM, ASSESSMENT);

  /** Pathways reachable only after partner checks and a threshold decision. */
  public static final List<String> AFTER_PARTNER_CHECKS = List.of(BRIEF_INTERVENTION_TEAM, ASSESSMENT,
      STRATEGY_DISCUSSION);

  /** One checklist of the apply-pathways form: a domain, the field ticked, the options variable. */
  record Domain(String code, String name, String field, String optionsVariable) {
  }

  static final List<Domain> DOMAINS = List.of(
      new Domain("developmental-needs", "the child's developmental needs", "developmentalNeedsIndicators",
          "developmentalNeedsOptions"),
      new Domain("parenting-capacity", "parenting capacity", "parentingCapacityIndicators",
          "parentingCapacityOptions"),
      new Domain("family-and-environment", "family and environmental factors", "familyAndEnvironmentIndicators",
          "familyAndEnvironmentOptions"));

  /** The domain codes the indicators table may answer. */
  public static Set<String> domainCodes() {
    return DOMAINS.stream().map(Domain::code).collect(Collectors.toUnmodifiableSet());
  }

  /** Form fields and display variables of the two threshold tasks. */
  static final class Field {
    static final String SIGNIFICANT_HARM = "significantHarm";
    static final String THRESHOLD_NOTE = "thresholdNote";
    static final String CHILD_NAME = "childName";
    static final String CHILD_SUMMARY = "childSummary";
    static final String PROPOSAL = "proposal";
    static final String PROPOSED_PATHWAY = "proposedPathway";
    static final String CHOSEN_PATHWAY = "chosenPathway";
    static final String DEPARTURE_REASON = "departureReason";

    private Field() {
    }
  }

  public static String levelName(int level) {
    return switch (level) {
      case 1 -> "universal";
      case 2 -> "early help";
      case 3 -> "targeted early help";
      case 4 -> "specialist or statutory";
      default -> "no level";
    };
  }

  private Pathways() {
  }
}
