package uk.frontdoor.deployment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every model in {@code processes/} (BPMN, DMN, Camunda Forms) under its name relative
 * to that folder, e.g. {@code child-journey.bpmn} and {@code forms/record-contact.form}.
 *
 * <p>The starter's own auto-deployment is switched off: it skips {@code .form} files and names
 * file resources by absolute path, which would make every checkout a new version. With
 * duplicate filtering on changed resources only, an unchanged restart deploys nothing and a
 * changed model gets exactly one new version.
 *
 * <p>Nothing is deployed from a folder that fails the {@link ModelCheck}: the service does not
 * start with it, and the log ends with every problem found.
 */
@Component
class ProcessModelDeployer implements InitializingBean {

  private static final Logger log = LoggerFactory.getLogger(ProcessModelDeployer.class);
  static final Set<String> MODEL_EXTENSIONS = Set.of("bpmn", "bpmn20.xml", "dmn", "dmn11.xml", "form");

  private final RepositoryService repositoryService;
  private final ResourcePatternResolver resolver;
  private final ProcessModelsProperties properties;
  private final ModelCheck check;

  ProcessModelDeployer(RepositoryService repositoryService, ResourcePatternResolver resolver,
      ProcessModelsProperties properties, ListableBeanFactory beans) {
    this.repositoryService = repositoryService;
    this.resolver = resolver;
    this.properties = properties;
    this.check = new ModelCheck(KnownBeans.of(beans));
  }

  @Override
  public void afterPropertiesSet() throws IOException {
    ModelFolder folder = ModelFolder.read(resolver, properties.folder());
    List<ModelFile> models = models(folder);
    if (models.isEmpty()) {
      throw new IllegalStateException("No process models found at " + properties.location()
          + ": check frontdoor.processes.location");
    }
    List<ModelProblem> problems = check.check(folder);
    if (!problems.isEmpty()) {
      throw new ModelCheckFailure(properties.location(), problems);
    }
    DeploymentBuilder deployment = repositoryService.createDeployment()
        .name(properties.deploymentName())
        .source("processes/")
        .enableDuplicateFiltering(true);
    for (ModelFile model : models) {
      deployment.addInputStream(model.name(), new ByteArrayInputStream(model.content()));
    }
    try {
      DeploymentWithDefinitions result = deployment.deployWithResult();
      log.info("Deployed {} models from {}; new definitions: {} processes, {} decisions",
          models.size(), properties.location(),
          result.getDeployedProcessDefinitions() == null ? 0 : result.getDeployedProcessDefinitions().size(),
          result.getDeployedDecisionDefinitions() == null ? 0 : result.getDeployedDecisionDefinitions().size());
    } catch (ParseException e) {
      throw new IllegalStateException("A process model in " + properties.location()
          + " could not be read, so the service will not start: " + describe(e), e);
    } catch (ProcessEngineException e) {
      throw new IllegalStateException("The process models in " + properties.location()
          + " could not be deployed, so the service will not start: " + e.getMessage(), e);
    }
  }

  private static String describe(ParseException e) {
    List<String> problems = new ArrayList<>();
    for (ResourceReport report : e.getResorceReports()) {
      for (Problem problem : report.getErrors()) {
        problems.add(report.getResourceName() + " line " + problem.getLine() + ": " + problem.getMessage());
      }
    }
    return problems.isEmpty() ? e.getMessage() : String.join("; ", problems);
  }

  /** The model files of the folder, with their names relative to it, in a stable order. */
  static List<ModelFile> models(ModelFolder folder) {
    List<ModelFile> models = new ArrayList<>();
    folder.files().forEach((name, content) -> {
      if (isModel(name)) {
        models.add(new ModelFile(name, content));
      }
    });
    return models;
  }

  static boolean isModel(String name) {
    return MODEL_EXTENSIONS.stream().anyMatch(ext -> name.endsWith("." + ext));
  }

  record ModelFile(String name, byte[] content) {
  }
}
