package uk.frontdoor.decision;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionLogicEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * One DMN file from {@code processes/}, parsed once by the plain DMN engine, which also records
 * the rules each evaluation matched so tests can prove every rule is reachable.
 */
public final class DecisionFile {

  private final DmnModelInstance model;
  private final Map<String, DmnDecision> decisions;
  private final DmnEngine engine;
  private final List<String> lastMatchedRuleIds = new ArrayList<>();

  private DecisionFile(Path file) {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
        .customPostDecisionEvaluationListeners(List.of(this::recordMatchedRules))
        .buildEngine();
    model = Dmn.readModelFromFile(file.toFile());
    decisions = engine.parseDecisions(model).stream()
        .collect(Collectors.toMap(DmnDecision::getKey, decision -> decision));
  }

  /** Reads {@code processes/<fileName>} relative to the project directory. */
  public static DecisionFile load(String fileName) {
    return new DecisionFile(Path.of("processes", fileName));
  }

  public DmnModelInstance model() {
    return model;
  }

  public Evaluation evaluate(String decisionKey, Map<String, Object> variables) {
    DmnDecision decision = decisions.get(decisionKey);
    if (decision == null) {
      throw new IllegalArgumentException("No decision " + decisionKey);
    }
    lastMatchedRuleIds.clear();
    DmnDecisionResult result = engine.evaluateDecision(decision, variables);
    return new Evaluation(result, List.copyOf(lastMatchedRuleIds));
  }

  public List<Rule> rules(String decisionKey) {
    Decision decision = model.getModelElementById(decisionKey);
    DecisionTable table = (DecisionTable) decision.getExpression();
    return List.copyOf(table.getRules());
  }

  public List<String> ruleIds(String decisionKey) {
    return rules(decisionKey).stream().map(Rule::getId).toList();
  }

  private void recordMatchedRules(DmnDecisionEvaluationEvent event) {
    List<DmnDecisionLogicEvaluationEvent> evaluated = new ArrayList<>(event.getRequiredDecisionResults());
    evaluated.add(event.getDecisionResult());
    for (DmnDecisionLogicEvaluationEvent logic : evaluated) {
      if (logic instanceof DmnDecisionTableEvaluationEvent table) {
        table.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).forEach(lastMatchedRuleIds::add);
      }
    }
  }

  /** The decision result and the ids of the rules that produced it, in table order. */
  public record Evaluation(DmnDecisionResult result, List<String> matchedRuleIds) {

    public Object single(String outputName) {
      return result.getSingleResult().getEntry(outputName);
    }
  }
}
