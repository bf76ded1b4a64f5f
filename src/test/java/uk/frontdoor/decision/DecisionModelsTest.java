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
  private static final String DMN = "https://www.omg.org/spec/DMN/20191111/MODEL/";
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
    assertThat(diagramElements(Path.of("processes", fileName), "DMNShape")).containsAll(DECISIONS_BY_FILE.get(fileName));
  }

  /**
   * The Pathways requirements diagram shows what each table reads (information requirements from
   * input data: the service hands the level to the pathway table, so the engine does not chain them)
   * and where its rules come from (the Pathways Document), every requirement drawn.
   */
  @Test
  void thePathwaysDiagramShowsWhatEachTableReadsAndWhereItsRulesComeFrom() throws Exception {
    Path file = Path.of("processes", "pathways-threshold.dmn");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    org.w3c.dom.Document document = factory.newDocumentBuilder().parse(file.toFile());
    Set<String> drawn = diagramElements(file, "DMNEdge");
    NodeList decisions = document.getElementsByTagNameNS(DMN, "decision");
    assertThat(decisions.getLength()).isEqualTo(3);
    for (int d = 0; d < decisions.getLength(); d++) {
      org.w3c.dom.Element decision = (org.w3c.dom.Element) decisions.item(d);
      String id = decision.getAttribute("id");
      List<org.w3c.dom.Element> reads = children(decision, "informationRequirement");
      assertThat(reads).as(id + " reads").isNotEmpty().allSatisfy(requirement -> {
        String input = children(requirement, "requiredInput").get(0).getAttribute("href").substring(1);
        assertThat(elementWithId(document, "inputData", input)).as(id + " reads " + input).isNotNull();
      });
      List<org.w3c.dom.Element> follows = children(decision, "authorityRequirement");
      assertThat(follows).as(id + " follows").extracting(requirement ->
          elementWithId(document, "knowledgeSource", children(requirement, "requiredAuthority").get(0)
              .getAttribute("href").substring(1)).getAttribute("name"))
          .containsExactly("The Pathways Document (the threshold document)");
      reads.forEach(requirement -> assertThat(drawn).contains(requirement.getAttribute("id")));
      follows.forEach(requirement -> assertThat(drawn).contains(requirement.getAttribute("id")));
    }
  }

  private static List<org.w3c.dom.Element> children(org.w3c.dom.Element parent, String name) {
    NodeList nodes = parent.getElementsByTagNameNS(DMN, name);
    return IntStream.range(0, nodes.getLength()).mapToObj(i -> (org.w3c.dom.Element) nodes.item(i)).toList();
  }

  private static org.w3c.dom.Element elementWithId(org.w3c.dom.Document document, String name, String id) {
    return children(document.getDocumentElement(), name).stream().filter(e -> id.equals(e.getAttribute("id")))
        .findFirst().orElse(null);
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

  private static Set<String> diagramElements(Path file, String kind) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    NodeList shapes = factory.newDocumentBuilder().parse(file.toFile()).getElementsByTagNameNS(DMNDI, kind);
    return IntStream.range(0, shapes.getLength())
        .mapToObj(i -> shapes.item(i).getAttributes().getNamedItem("dmnElementRef").getNodeValue())
        .collect(Collectors.toSet());
  }
}
