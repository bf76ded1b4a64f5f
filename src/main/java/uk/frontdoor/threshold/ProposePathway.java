package uk.frontdoor.threshold;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.frontdoor.journey.ChildJourneyProcess;
import uk.frontdoor.record.Words;

/**
 * Proposes a level and a pathway for one child from the ticked indicators, through the latest
 * deployed {@code pathways-level} and {@code pathways-pathway} tables. A table that answers nothing
 * is an incident for the service lead to fix, never a silent default.
 */
@Component("proposePathway")
class ProposePathway implements JavaDelegate {

  private final PathwaysDocument document;
  private final ThresholdStore store;
  private final DecisionService decisions;

  ProposePathway(PathwaysDocument document, ThresholdStore store, DecisionService decisions) {
    this.document = document;
    this.store = store;
    this.decisions = decisions;
  }

  /** What the level table reads, counted from the ticked indicators. */
  record Counts(int highestIndicatorLevel, int level3IndicatorCount, int level2IndicatorCount, int domainsAffected) {

    /** Counted from the ticked indicators' codes, as {@code indicator} finds them in a table. */
    static Counts of(List<String> codes, Function<String, PathwaysIndicator> indicator) {
      int highest = 0;
      int level3 = 0;
      int level2 = 0;
      Set<String> domains = new HashSet<>();
      for (String code : codes) {
        PathwaysIndicator ticked = indicator.apply(code);
        highest = Math.max(highest, ticked.level());
        if (ticked.level() == 3) {
          level3++;
        } else if (ticked.level() == 2) {
          level2++;
        }
        if (ticked.level() >= 2) {
          domains.add(ticked.domain());
        }
      }
      return new Counts(highest, level3, level2, domains.size());
    }
  }

  @Override
  public void execute(DelegateExecution execution) {
    DelegateExecution child = ChildScope.of(execution);
    UUID contactId = ChildJourneyProcess.contactId(execution);
    UUID childId = ChildJourneyProcess.childId(child);
    ThresholdStore.ThresholdRow row = store.latest(contactId, childId).orElseThrow(() -> new IllegalStateException(
        "No Pathways Document checklist is recorded for child " + childId + " of contact " + contactId));
    Counts counts = count(row);

    DmnDecisionRuleResult level = single(Pathways.LEVEL_DECISION, levelInputs(row.significantHarm(), counts));
    int proposedLevel = ((Number) level.getEntry("level")).intValue();
    String levelReason = level.getEntry("levelReason");

    DmnDecisionRuleResult pathway = single(Pathways.PATHWAY_DECISION,
        pathwayInputs(proposedLevel, row.significantHarm(), store.consentGiven(contactId)));
    String proposedPathway = pathway.getEntry("pathway");
    String pathwayReason = pathway.getEntry("pathwayReason");
    if (!Pathways.LABELS.containsKey(proposedPathway)) {
      throw new IllegalStateException("The " + Pathways.PATHWAY_DECISION + " table proposed an unknown pathway '"
          + proposedPathway + "'");
    }

    store.propose(row.id(), proposedLevel, levelReason, proposedPathway, pathwayReason);
    child.setVariableLocal(Pathways.Field.PROPOSAL, "Level " + proposedLevel + ", "
        + Pathways.levelName(proposedLevel) + ": " + Words.clause(levelReason) + "; proposed pathway: "
        + Pathways.LABELS.get(proposedPathway) + " because " + Words.inSentence(pathwayReason));
    child.setVariableLocal(Pathways.Field.PROPOSED_PATHWAY, proposedPathway);
    child.setVariableLocal(Pathways.Field.CHOSEN_PATHWAY, proposedPathway);
  }

  /** What the level table reads. */
  static Map<String, Object> levelInputs(boolean significantHarm, Counts counts) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("significantHarm", significantHarm);
    inputs.put("highestIndicatorLevel", counts.highestIndicatorLevel());
    inputs.put("level3IndicatorCount", counts.level3IndicatorCount());
    inputs.put("level2IndicatorCount", counts.level2IndicatorCount());
    inputs.put("domainsAffected", counts.domainsAffected());
    return inputs;
  }

  /** What the pathway table reads. */
  static Map<String, Object> pathwayInputs(int level, boolean significantHarm, boolean consentGiven) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("level", level);
    inputs.put("significantHarm", significantHarm);
    inputs.put("consentGiven", consentGiven);
    return inputs;
  }

  Counts count(ThresholdStore.ThresholdRow row) {
    return Counts.of(row.indicators(), code -> document.find(code).orElseThrow(() -> new IllegalStateException(
        "The indicator '" + code + "' is no longer in the deployed Pathways Document")));
  }

  private DmnDecisionRuleResult single(String key, Map<String, Object> inputs) {
    DmnDecisionTableResult result = WithoutAuthorization.run(() -> decisions.evaluateDecisionTableByKey(key, inputs));
    if (result.isEmpty()) {
      throw new IllegalStateException("The decision table " + key + " has no rule for " + inputs
          + "; a service lead must add one");
    }
    return result.getFirstResult();
  }
}
