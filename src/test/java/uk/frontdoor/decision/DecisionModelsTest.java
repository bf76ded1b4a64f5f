package uk.frontdoor.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.NodeList;

/** Conventions every decision file in processes/ keeps, and proof that the files deploy to a real engine. */
class DecisionModelsTest {

  private static final String DMNDI = "https://www.omg.org/spec/DMN/20191111/DMNDI/";
  private static final String ACRONYM = "\\b[A-Z]{2,}\\b";
  private static final Map<String, Set<String>> DECISIONS_BY_FILE = Map.of(
      "rag-rating.dmn", Set.of("rag-rating"),
      "pathways-threshold.dmn", Set.of("pathways-indicators", "pathways-level", "pathways-pathway"));

  @ParameterizedTest
  @ValueSource(strings = {"rag-rating.dmn", "pathways-threshold.dmn"})
  void everyDecisionIsReadableInModelerAndKeepsItsHistory(String fileName) throws Exception {
    DmnModelInstance model = DecisionFile.load(fileName).model();
    List<Decision> decisions = List.copyOf(model.getModelElementsByType(Decision.class));
    assertThat(decisions).extracting(Decision::getId).containsExactlyInAnyOrderElementsOf(DECISIONS_BY_FILE.get(fileName));
    assertThat(model.getDefinitions().getNamespace()).isNotBlank();

    for (Decision decision : decisions) {
      assertThat(decision.getCamundaHistoryTimeToLiveString()).as(decision.getId()).isEqualTo("P3650D");
      assertThat(decision.getName()).doesNotContainPattern(ACRONYM);
      DecisionTable table = (DecisionTable) decision.getExpression();
      for (Input input : table.getInputs()) {
        assertThat(input.getLabel()).as(input.getId()).isNotBlank().doesNotContainPattern(ACRONYM);
      }
      for (Output output : table.getOutputs()) {
        assertThat(output.getLabel()).as(output.getId()).isNotBlank().doesNotContainPattern(ACRONYM);
      }
      for (Rule rule : table.getRules()) {
        assertThat(rule.getDescription()).as(rule.getId()).isNotNull();
        assertThat(rule.getDescription().getTextContent()).as(rule.getId()).isNotBlank().doesNotContainPattern(ACRONYM);
        for (OutputEntry entry : rule.getOutputEntries()) {
          assertThat(entry.getTextContent()).as(rule.getId()).doesNotContainPattern(ACRONYM);
        }
      }
    }
    assertThat(diagramShapes(Path.of("processes", fileName))).containsExactlyInAnyOrderElementsOf(DECISIONS_BY_FILE.get(fileName));
  }

  @Test
  void theFilesDeployToAProcessEngineWithTheirHistoryTimeToLive() throws Exception {
    ProcessEngine engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
        .setProcessEngineName("decision-models-test-" + UUID.randomUUID())
        .setJdbcUrl("jdbc:h2:mem:decision-models-test-" + UUID.randomUUID())
        .setJobExecutorActivate(false)
        .buildProcessEngine();
    try {
      DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("decision models");
      List<InputStream> streams = new ArrayList<>();
      for (String fileName : DECISIONS_BY_FILE.keySet()) {
        InputStream stream = Files.newInputStream(Path.of("processes", fileName));
        streams.add(stream);
        deployment.addInputStream(fileName, stream);
      }
      deployment.deploy();
      for (InputStream stream : streams) {
        stream.close();
      }

      List<DecisionDefinition> definitions = engine.getRepositoryService().createDecisionDefinitionQuery().list();
      assertThat(definitions).extracting(DecisionDefinition::getKey).containsExactlyInAnyOrder(
          "rag-rating", "pathways-indicators", "pathways-level", "pathways-pathway");
      assertThat(definitions).allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).isEqualTo(3650));
      assertThat(engine.getRepositoryService().createDecisionRequirementsDefinitionQuery()
          .decisionRequirementsDefinitionKey("pathways-threshold").count()).isEqualTo(1);

      DmnDecisionResult rag = engine.getDecisionService().evaluateDecisionByKey("rag-rating")
          .variables(Map.of("youngestAgeMonths", 5, "source", "police", "concernTypes", List.of("domestic-abuse")))
          .evaluate();
      assertThat(rag.getSingleResult().<String>getEntry("rag")).isEqualTo("red");

      DmnDecisionResult pathway = engine.getDecisionService().evaluateDecisionByKey("pathways-pathway")
          .variables(Map.of("level", 3, "significantHarm", false, "consentGiven", true))
          .evaluate();
      assertThat(pathway.getSingleResult().<String>getEntry("pathway")).isEqualTo("brief-intervention-team");
    } finally {
      engine.close();
    }
  }

  private static Set<String> diagramShapes(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    NodeList shapes = factory.newDocumentBuilder().parse(file.toFile()).getElementsByTagNameNS(DMNDI, "DMNShape");
    return IntStream.range(0, shapes.getLength())
        .mapToObj(i -> shapes.item(i).getAttributes().getNamedItem("dmnElementRef").getNodeValue())
        .collect(Collectors.toSet());
  }
}
