package uk.frontdoor.deployment;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.frontdoor.support.AcknowledgedWork;
import uk.frontdoor.support.InProcessApp;
import uk.frontdoor.support.ServiceProcess;

/**
 * A completion answered 204 survives a kill -9 of the service right after the answer, on the
 * embedded H2 file: the database writes each commit to the file before the answer goes out
 * ({@code WRITE_DELAY=0}), instead of up to half a second later.
 */
@Tag(InProcessApp.OWN_JVM)
class KillNineTest {

  private final Path folder = Paths.get("target", "kill-nine-test", UUID.randomUUID().toString()).toAbsolutePath();

  @Test
  void aCompletionAnswered204SurvivesAKillNineOnTheEmbeddedDatabase() throws Exception {
    Map<String, String> settings = Map.of("frontdoor.data-dir", folder.resolve("data").toString());
    AcknowledgedWork.Completion completion;
    try (ServiceProcess service = ServiceProcess.start(folder, settings)) {
      completion = AcknowledgedWork.screeningCompleted(service);
      service.kill();
    }
    try (ServiceProcess restarted = ServiceProcess.start(folder, settings)) {
      AcknowledgedWork.assertStillCompleted(restarted, completion);
    }
  }
}
