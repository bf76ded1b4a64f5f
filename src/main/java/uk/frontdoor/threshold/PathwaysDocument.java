package uk.frontdoor.threshold;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Component;

/**
 * The Pathways Document as deployed: the rules of the latest {@code pathways-indicators} decision
 * are the checklist. A service lead edits the table in Modeler, deploys it, and the next checklist
 * follows, with no Java change. Read once per deployed version.
 */
@Component
class PathwaysDocument {

  private final RepositoryService repositoryService;
  private final Map<String, Map<String, PathwaysIndicator>> byDefinition = new ConcurrentHashMap<>();

  PathwaysDocument(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  /** Every indicator of the latest deployed table, by code, in the table's order. */
  Map<String, PathwaysIndicator> indicators() {
    DecisionDefinition latest = WithoutAuthorization.run(() -> repositoryService.createDecisionDefinitionQuery()
        .decisionDefinitionKey(Pathways.INDICATORS_DECISION).latestVersion().singleResult());
    if (latest == null) {
      throw new IllegalStateException("The Pathways Document indicators decision ("
          + Pathways.INDICATORS_DECISION + ") is not deployed");
    }
    return byDefinition.computeIfAbsent(latest.getId(), this::read);
  }

  /** The indicators of one domain, in the table's order. */
  List<PathwaysIndicator> inDomain(String domain) {
    return indicators().values().stream().filter(indicator -> indicator.domain().equals(domain)).toList();
  }

  Optional<PathwaysIndicator> find(String code) {
    return Optional.ofNullable(indicators().get(code));
  }

  private Map<String, PathwaysIndicator> read(String decisionDefinitionId) {
    return indicatorsOf(WithoutAuthorization.run(() -> repositoryService.getDmnModelInstance(decisionDefinitionId)));
  }

  /** The indicators a Pathways Document file lists, deployed or not, by code in the table's order. */
  static Map<String, PathwaysIndicator> indicatorsOf(DmnModelInstance model) {
    Decision decision = model.getModelElementById(Pathways.INDICATORS_DECISION);
    DecisionTable table = (DecisionTable) decision.getExpression();
    List<String> outputNames = table.getOutputs().stream().map(Output::getName).toList();
    int domain = column(outputNames, "domain");
    int level = column(outputNames, "level");
    int description = column(outputNames, "description");
    Map<String, PathwaysIndicator> indicators = new LinkedHashMap<>();
    for (Rule rule : table.getRules()) {
      String code = unquote(rule.getInputEntries().iterator().next().getText().getTextContent());
      List<String> outputs = texts(rule.getOutputEntries());
      indicators.put(code, new PathwaysIndicator(code, unquote(outputs.get(domain)),
          Integer.parseInt(outputs.get(level).trim()), unquote(outputs.get(description))));
    }
    return Collections.unmodifiableMap(indicators);
  }

  private static int column(List<String> names, String name) {
    int index = names.indexOf(name);
    if (index < 0) {
      throw new IllegalStateException("The Pathways Document indicators decision has no output '" + name + "'");
    }
    return index;
  }

  private static List<String> texts(Collection<OutputEntry> entries) {
    List<String> texts = new ArrayList<>();
    entries.forEach(entry -> texts.add(entry.getText().getTextContent()));
    return texts;
  }

  private static String unquote(String text) {
    String trimmed = text.trim();
    if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
      return trimmed.substring(1, trimmed.length() - 1);
    }
    return trimmed;
  }
}
