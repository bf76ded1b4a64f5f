package uk.frontdoor.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.util.FileSystemUtils;
import uk.frontdoor.support.InProcessApp;

/**
 * The folder of issue 12, tried as a service lead did: a misspelt form reference, a task without a shape and a
 * form of a newer schema than Tasklist 7.24 reads. The service must not start with it, deploy nothing, and end
 * its log with what is wrong.
 */
@Tag(InProcessApp.OWN_JVM)
@ExtendWith(OutputCaptureExtension.class)
class ModelCheckAtStartUpTest {

  private final Path folder = Paths.get("target", "model-check-start-up", UUID.randomUUID().toString()).toAbsolutePath();

  @Test
  void aBrokenFolderIsNotDeployedAndTheLogEndsWithWhy(CapturedOutput output) throws Exception {
    Path broken = folder.resolve("processes");
    FileSystemUtils.copyRecursively(Paths.get("processes"), broken);
    change(broken.resolve("child-journey.bpmn"), "camunda:formRef=\"decide-pathway\"", "camunda:formRef=\"decide-pathwy\"");
    removeShape(broken.resolve("child-journey.bpmn"), "Task_AllocateAssessment_di");
    change(broken.resolve("forms/tell-referrer.form"), "\"schemaVersion\": 16", "\"schemaVersion\": 18");
    Path data = folder.resolve("data");

    assertThatThrownBy(() -> InProcessApp.start(Map.of("frontdoor.data-dir", data.toString(),
        "frontdoor.processes.location", broken.toUri().toString())).close())
        .satisfies(failure -> assertThat(InProcessApp.messages(failure)).contains("failed the model check"));

    String log = output.getAll().strip();
    String report = log.substring(log.lastIndexOf("APPLICATION FAILED TO START"));
    assertThat(report).as("the log ends with the report").endsWith("then start again.")
        .contains("failed the model check, so nothing was deployed and the service did not start")
        .containsPattern("- child-journey.bpmn, \".+\" \\(Task_DecidePathway\\): the form reference \"decide-pathwy\""
            + " names no form in the folder")
        .containsPattern("- child-journey.bpmn, \".+\" \\(Task_AllocateAssessment\\): the step is in the model but not drawn")
        .contains("forms/tell-referrer.form, tell-referrer: the form was saved in format 18")
        .contains("--check-models=");
    try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("front-door"), "sa", "");
        ResultSet deployments = db.createStatement().executeQuery("select count(*) from ACT_RE_DEPLOYMENT")) {
      deployments.next();
      assertThat(deployments.getInt(1)).as("deployments").isZero();
    }
  }

  private static void removeShape(Path file, String shapeId) throws IOException {
    String bpmn = Files.readString(file, StandardCharsets.UTF_8);
    int shape = bpmn.indexOf("<bpmndi:BPMNShape id=\"" + shapeId + "\"");
    assertThat(shape).isPositive();
    int end = bpmn.indexOf("</bpmndi:BPMNShape>", shape) + "</bpmndi:BPMNShape>".length();
    Files.writeString(file, bpmn.substring(0, shape) + bpmn.substring(end), StandardCharsets.UTF_8);
  }

  private static void change(Path file, String from, String to) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
  }
}
