package uk.frontdoor.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import uk.frontdoor.journey.ChildJourneyProcess;
import uk.frontdoor.support.Contacts;
import uk.frontdoor.support.HttpTest;

/**
 * Issue 2, done when: the seeded practitioner logs in to Tasklist in a real (headless) Chromium,
 * records a contact from the start form by clicking Start, and the screening task's form renders
 * once the history check has run. Drives src/test/browser/tasklist-contact.js (playwright-core,
 * installed by Maven with npm ci) and checks the database behind it. Screenshots go to target/.
 * Fails, never skips, when Chromium or Node.js is missing: CI installs Chromium.
 */
class TasklistBrowserTest extends HttpTest {

  private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
  private static final Path SCRIPT = Path.of("src/test/browser/tasklist-contact.js");
  private static final Path SHOTS = Path.of("target/browser-screenshots");
  private static final long TIMEOUT_SECONDS = 360;

  @Test
  void thePractitionerRecordsAContactInTasklistAndSeesTheScreeningForm() throws Exception {
    assertThat(Files.isExecutable(CHROMIUM))
        .as("Chromium is needed at %s: install the Debian package \"chromium\" (.ci/run does)", CHROMIUM).isTrue();
    assertThat(Files.exists(Path.of("src/test/browser/node_modules/playwright-core")))
        .as("playwright-core is missing: Maven installs it with npm ci in generate-test-resources").isTrue();
    String line1 = Contacts.uniqueHouseNumber() + " Orchard Lane";
    String firstName = Contacts.uniqueName("Maya");
    String lastName = Contacts.uniqueName("Brook");
    String siblingFirstName = Contacts.uniqueName("Leo");
    LocalDate siblingBorn = LocalDate.now().minusYears(4).withDayOfMonth(15);
    Counts before = counts();

    Process node = start(List.of(node(), SCRIPT.toString(), String.valueOf(port), SHOTS.toString(), line1, "EX4 3QJ",
        firstName, lastName, siblingFirstName,
        String.format("%02d/%02d/%d", siblingBorn.getDayOfMonth(), siblingBorn.getMonthValue(), siblingBorn.getYear())));
    BufferedReader out = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
    try {
      awaitLine(node, out, "STARTED");

      // recorded as the contact, its two children and a journey keyed by the contact's reference
      Map<String, Object> contact = jdbc.sql("""
          select c.* from contact c join household h on h.id = c.household_id where h.address_line1 = ?""")
          .param(line1).query().singleRow();
      assertThat(contact).containsEntry("SOURCE", "police").containsEntry("RECORDED_BY", "practitioner")
          .containsEntry("REFERRER_CONSENT", "family-not-aware").containsEntry("REFERRER_NAME", "Sergeant Mary Hale");
      List<Map<String, Object>> children = jdbc.sql("""
          select ch.first_name, ch.last_name, ch.date_of_birth, ch.estimated_age_years from contact_child cc
          join child ch on ch.id = cc.child_id where cc.contact_id = ? order by cc.position""")
          .param((UUID) contact.get("ID")).query().listOfRows();
      assertThat(children).hasSize(2);
      assertThat(children.get(0)).containsEntry("FIRST_NAME", firstName).containsEntry("LAST_NAME", lastName)
          .containsEntry("ESTIMATED_AGE_YEARS", 7);
      assertThat(children.get(1)).containsEntry("FIRST_NAME", siblingFirstName)
          .containsEntry("DATE_OF_BIRTH", java.sql.Date.valueOf(siblingBorn));
      String processInstanceId = (String) contact.get("PROCESS_INSTANCE_ID");
      ProcessInstance journey = runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId)
          .singleResult();
      assertThat(journey.getProcessDefinitionId()).startsWith(ChildJourneyProcess.KEY + ":");
      assertThat(journey.getBusinessKey()).isEqualTo(contact.get("REFERENCE"));
      assertThat(counts()).isEqualTo(new Counts(before.contacts() + 1, before.contactChildren() + 2,
          before.children() + 2, before.households() + 1, before.journeys() + 1));

      // the history check runs; the browser then opens the screening task
      runJobs(processInstanceId);
      Task screening = taskService.createTaskQuery().processInstanceId(processInstanceId)
          .taskDefinitionKey(ChildJourneyProcess.Element.SCREEN_CONTACT).singleResult();
      assertThat(screening).as("the screening task after the history check").isNotNull();
      Writer in = new java.io.OutputStreamWriter(node.getOutputStream(), StandardCharsets.UTF_8);
      in.write(screening.getId() + "\n");
      in.flush();
      awaitLine(node, out, "SCREENING_FORM_SHOWN");

      assertThat(node.waitFor(30, TimeUnit.SECONDS)).as("the browser script ends").isTrue();
      assertThat(node.exitValue()).as(stderr()).isZero();
      assertThat(SHOTS.resolve("tasklist-start-form.png")).isNotEmptyFile();
      assertThat(SHOTS.resolve("tasklist-screening-form.png")).isNotEmptyFile();
    } finally {
      node.destroyForcibly();
    }
  }

  private static String node() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, "node"))) {
        return Path.of(dir, "node").toString();
      }
    }
    return fail("Node.js (node) is needed on the PATH to drive Chromium: install the Debian package \"nodejs\"");
  }

  private Process start(List<String> command) throws IOException {
    Files.createDirectories(SHOTS);
    return new ProcessBuilder(command).redirectError(SHOTS.resolve("node-stderr.log").toFile()).start();
  }

  /** Reads the script's output until the expected line; fails with the script's errors if it stops. */
  private static void awaitLine(Process node, BufferedReader out, String expected) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
    Thread killer = new Thread(() -> {
      try {
        Thread.sleep(TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
        node.destroyForcibly();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    killer.setDaemon(true);
    killer.start();
    try {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.equals(expected)) {
          return;
        }
      }
      node.waitFor(10, TimeUnit.SECONDS);
      fail("the browser script stopped before " + expected + (System.nanoTime() > deadline ? " (timed out)" : "")
          + ":\n" + stderr());
    } finally {
      killer.interrupt();
    }
  }

  private static String stderr() {
    try {
      return Files.readString(SHOTS.resolve("node-stderr.log"));
    } catch (IOException e) {
      return "(no output: " + e.getMessage() + ")";
    }
  }
}
