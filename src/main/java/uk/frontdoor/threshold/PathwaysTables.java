package uk.frontdoor.threshold;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;

/**
 * One Pathways Document file's three tables, evaluated by Camunda's DMN engine on their own: nothing is
 * deployed and nothing live changes. The same answers are asked for again and again (a year of children has
 * few distinct combinations of counts), so each table's answers are kept per input.
 */
final class PathwaysTables {

  private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  private final Map<String, PathwaysIndicator> indicators;
  private final DmnDecision level;
  private final DmnDecision pathway;
  private final Map<Map<String, Object>, DmnDecisionRuleResult> levels = new ConcurrentHashMap<>();
  private final Map<Map<String, Object>, DmnDecisionRuleResult> pathways = new ConcurrentHashMap<>();

  private PathwaysTables(Map<String, PathwaysIndicator> indicators, DmnDecision level, DmnDecision pathway) {
    this.indicators = indicators;
    this.level = level;
    this.pathway = pathway;
  }

  /**
   * Reads a {@code pathways-threshold.dmn}.
   *
   * @throws IllegalArgumentException saying plainly why the file cannot be used
   */
  static PathwaysTables read(byte[] dmn) {
    List<DmnDecision> decisions;
    try {
      decisions = ENGINE.parseDecisions(new ByteArrayInputStream(dmn));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("The file is not a Pathways Document that Camunda can read: "
          + firstLine(e.getMessage()), e);
    }
    decision(decisions, Pathways.INDICATORS_DECISION);
    DmnDecision level = decision(decisions, Pathways.LEVEL_DECISION);
    DmnDecision pathway = decision(decisions, Pathways.PATHWAY_DECISION);
    try {
      return new PathwaysTables(PathwaysDocument.indicatorsOf(Dmn.readModelFromStream(new ByteArrayInputStream(dmn))),
          level, pathway);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("The indicators table of the file cannot be read: "
          + firstLine(e.getMessage()), e);
    }
  }

  /** What the tables propose for one child's recorded checklist; an indicator the file lacks counts for nothing. */
  Proposal propose(List<String> codes, boolean significantHarm, boolean consentGiven) {
    ProposePathway.Counts counts = ProposePathway.Counts.of(codes.stream().filter(indicators::containsKey).toList(),
        indicators::get);
    DmnDecisionRuleResult levelAnswer = answer(levels, level,
        ProposePathway.levelInputs(significantHarm, counts));
    int proposedLevel = ((Number) levelAnswer.getEntry("level")).intValue();
    DmnDecisionRuleResult pathwayAnswer = answer(pathways, pathway,
        ProposePathway.pathwayInputs(proposedLevel, significantHarm, consentGiven));
    String proposedPathway = pathwayAnswer.getEntry("pathway");
    if (!Pathways.LABELS.containsKey(proposedPathway)) {
      throw new IllegalArgumentException("The " + Pathways.PATHWAY_DECISION + " table answers the pathway \""
          + proposedPathway + "\", which the service does not know");
    }
    return new Proposal(proposedLevel, proposedPathway);
  }

  record Proposal(int level, String pathway) {
  }

  private static DmnDecisionRuleResult answer(Map<Map<String, Object>, DmnDecisionRuleResult> answers,
      DmnDecision decision, Map<String, Object> inputs) {
    return answers.computeIfAbsent(inputs, key -> {
      DmnDecisionTableResult result = ENGINE.evaluateDecisionTable(decision, key);
      if (result.isEmpty()) {
        throw new IllegalArgumentException("The " + decision.getKey() + " table has no rule for " + key);
      }
      return result.getFirstResult();
    });
  }

  private static DmnDecision decision(List<DmnDecision> decisions, String key) {
    return decisions.stream().filter(decision -> decision.getKey().equals(key)).findFirst().orElseThrow(() ->
        new IllegalArgumentException("The file has no decision table with the id \"" + key + "\""));
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no reason given";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
