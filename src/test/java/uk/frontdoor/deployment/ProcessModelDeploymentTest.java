package uk.frontdoor.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;
import uk.frontdoor.support.HttpTest;

/** What start-up deployed from processes/, read from the engine of the shared test context. */
class ProcessModelDeploymentTest extends HttpTest {

  /** The model files in the top-level processes/ folder, named relative to it with '/'. */
  static Set<String> modelFiles() throws IOException {
    Path processes = Paths.get("processes");
    try (Stream<Path> files = Files.walk(processes)) {
      return files.filter(Files::isRegularFile)
          .map(file -> processes.relativize(file).toString().replace('\\', '/'))
          .filter(ProcessModelDeployer::isModel)
          .collect(Collectors.toSet());
    }
  }

  @Test
  void everyModelIsDeployedUnderItsNameRelativeToProcesses() throws IOException {
    List<Deployment> deployments = repositoryService.createDeploymentQuery().deploymentName("front-door").list();
    assertThat(deployments).isNotEmpty();
    Deployment latest = repositoryService.createDeploymentQuery().deploymentName("front-door")
        .orderByDeploymentTime().desc().list().get(0);

    List<String> names = repositoryService.getDeploymentResourceNames(latest.getId());

    assertThat(modelFiles()).contains("child-journey.bpmn", "forms/record-contact.form", "rag-rating.dmn",
        "pathways-threshold.dmn", "forms/screen-contact.form");
    assertThat(names).containsExactlyInAnyOrderElementsOf(modelFiles());
    assertThat(names).allSatisfy(name -> {
      assertThat(name).doesNotStartWith("/").doesNotContain(":").doesNotContain("\\");
    });
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("child-journey")
        .latestVersion().singleResult().getResourceName()).isEqualTo("child-journey.bpmn");
  }

  @Test
  void formsAreDeployedAsCamundaForms() {
    List<String> formResources = jdbc.sql("select RESOURCE_NAME_ from ACT_RE_CAMFORMDEF where KEY_ = ?")
        .param("record-contact").query(String.class).list();

    assertThat(formResources).containsOnly("forms/record-contact.form");
    assertThat(jdbc.sql("select count(*) from ACT_RE_CAMFORMDEF where KEY_ = ?").param("screen-contact")
        .query(Long.class).single()).isPositive();
  }
}
