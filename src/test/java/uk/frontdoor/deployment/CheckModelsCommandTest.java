package uk.frontdoor.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * {@code --check-models=DIR} as a service lead runs it: the application's main class in a JVM of its own, in an
 * empty working folder, so a database or a server it started would show.
 */
class CheckModelsCommandTest {

  private final Path folder = Paths.get("target", "check-models-test", UUID.randomUUID().toString()).toAbsolutePath();

  @Test
  void aBrokenFolderIsRefusedWithExitCodeOneAndAReadyOneAcceptedWithZero() throws Exception {
    Path broken = copyOfProcesses("broken");
    Path journey = broken.resolve("child-journey.bpmn");
    Files.writeString(journey, Files.readString(journey, StandardCharsets.UTF_8)
        .replace("camunda:formRef=\"tell-referrer\"", "camunda:formRef=\"tell-the-referrer\""), StandardCharsets.UTF_8);
    Path workingFolder = Files.createDirectories(folder.resolve("work"));

    Run refused = run(workingFolder, "--check-models=" + broken);
    Run accepted = run(workingFolder, "--check-models=" + Paths.get("processes").toAbsolutePath());

    assertThat(refused.exitCode()).as(refused.output()).isEqualTo(1);
    assertThat(refused.output()).contains("1 problem in " + broken)
        .containsPattern("- child-journey.bpmn, \".+\" \\(Task_TellReferrer\\): the form reference"
            + " \"tell-the-referrer\" names no form in the folder. What to do: set Form ID");
    assertThat(accepted.exitCode()).as(accepted.output()).isZero();
    assertThat(accepted.output()).contains("are ready: no problems found");
    assertThat(refused.output() + accepted.output()).doesNotContain("Tomcat").doesNotContain("Started FrontDoorApplication");
    try (var left = Files.list(workingFolder)) {
      assertThat(left).as("no database or other file made").isEmpty();
    }
  }

  @Test
  void aFolderThatIsNotThereIsSaidPlainly() throws Exception {
    Run run = run(Files.createDirectories(folder), "--check-models=" + folder.resolve("no-such-folder"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.output()).contains("is not a folder");
  }

  private Path copyOfProcesses(String name) throws IOException {
    Path copy = folder.resolve(name);
    FileSystemUtils.copyRecursively(Paths.get("processes"), copy);
    return copy;
  }

  record Run(int exitCode, String output) {
  }

  private static Run run(Path workingFolder, String argument) throws Exception {
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
        "uk.frontdoor.FrontDoorApplication", argument))
        .directory(workingFolder.toFile()).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }
}
