package uk.frontdoor.record;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Component;

/**
 * The plain description of each Pathways Document indicator code, read from the deployed
 * {@code pathways-indicators} decision table (the service lead's words), re-read when a new
 * version is deployed.
 */
@Component
public class IndicatorDescriptions {

  static final String DECISION_KEY = "pathways-indicators";
  private static final long RECHECK_MILLIS = 60_000;

  private final RepositoryService repositoryService;
  private volatile Loaded loaded = new Loaded(null, Map.of(), 0);

  IndicatorDescriptions(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  /** The description, or the code in words when the table no longer has it. */
  public String describe(String code) {
    String description = current().descriptions().get(code);
    return description != null ? description : Words.plain(code);
  }

  private Loaded current() {
    Loaded now = loaded;
    if (System.currentTimeMillis() - now.checkedAt() < RECHECK_MILLIS) {
      return now;
    }
    DecisionDefinition latest = repositoryService.createDecisionDefinitionQuery()
        .decisionDefinitionKey(DECISION_KEY).latestVersion().singleResult();
    if (latest == null) {
      now = new Loaded(null, Map.of(), System.currentTimeMillis());
    } else if (latest.getId().equals(now.definitionId())) {
      now = new Loaded(now.definitionId(), now.descriptions(), System.currentTimeMillis());
    } else {
      now = new Loaded(latest.getId(), read(repositoryService.getDmnModelInstance(latest.getId())),
          System.currentTimeMillis());
    }
    loaded = now;
    return now;
  }

  private static Map<String, String> read(DmnModelInstance model) {
    Map<String, String> descriptions = new HashMap<>();
    for (DecisionTable table : model.getModelElementsByType(DecisionTable.class)) {
      if (!DECISION_KEY.equals(table.getParentElement().getAttributeValue("id"))) {
        continue;
      }
      for (Rule rule : table.getRules()) {
        if (rule.getInputEntries().isEmpty() || rule.getOutputEntries().size() < 3) {
          continue;
        }
        String code = unquote(rule.getInputEntries().iterator().next().getTextContent());
        String description = unquote(rule.getOutputEntries().stream().skip(2).findFirst().orElseThrow()
            .getTextContent());
        descriptions.put(code, description);
      }
    }
    return Map.copyOf(descriptions);
  }

  private static String unquote(String text) {
    String t = text == null ? "" : text.trim();
    return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
  }

  private record Loaded(String definitionId, Map<String, String> descriptions, long checkedAt) {
  }
}
