package uk.frontdoor.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code docker/} checked without a Docker engine (none exists where the build runs): the compose
 * file read as Compose reads it, with its variables filled in from their defaults, and the
 * Dockerfile's rules. That the jar's layers extract is checked by the build itself (pom.xml,
 * execution container-layers), with the same command the Dockerfile relies on.
 */
class ContainerFilesTest {

  private static final Path DOCKER = Path.of("docker");
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z_]+)(?::([-?])([^}]*))?}");
  /** A tag with a version number in it: never latest, never a bare major version like 17. */
  private static final Pattern PINNED = Pattern.compile("[^:@]+:\\d+\\.\\d+[^:]*");

  @Test
  void theBuildContextHoldsNoCaseDataBuildOutputOrHistory() throws IOException {
    List<String> ignore = Files.readAllLines(Path.of(".dockerignore"));
    // everything is left out but what the build needs
    assertThat(ignore).contains("*", "!pom.xml", "!src/", "!processes/");
    assertThat(ignore).noneMatch(line -> line.matches("!\\s*(target|data|\\.git).*"));
  }

  @Test
  void theImageIsLayeredPinnedAndRunsAsANumericUserUnderTheJresOwnEntrypoint() throws IOException {
    List<String> lines = Files.readAllLines(DOCKER.resolve("Dockerfile")).stream()
        .filter(line -> !line.startsWith("#")).toList();
    List<String> bases = lines.stream().filter(line -> line.startsWith("FROM ")).map(line -> line.split("\\s+")[1])
        .toList();
    assertThat(bases).hasSize(2).allMatch(image -> PINNED.matcher(image).matches(), "pinned to a version");
    assertThat(lines).noneMatch(line -> line.startsWith("ENTRYPOINT"));
    assertThat(lines).anyMatch(line -> line.matches("USER \\d+:\\d+"));
    String run = lines.stream().filter(line -> line.startsWith("CMD ")).findFirst().orElseThrow();
    assertThat(run).contains("-XX:+ExitOnOutOfMemoryError").contains("\"-jar\", \"front-door.jar\"");

    // the dependencies are fetched before the sources are copied, so that layer is cached
    assertThat(indexOf(lines, "dependency:go-offline")).isLessThan(indexOf(lines, "COPY src src"));
    // the layers least likely to change come first, the application last
    assertThat(indexOf(lines, "layers/dependencies/")).isLessThan(indexOf(lines, "layers/spring-boot-loader/"));
    assertThat(indexOf(lines, "layers/snapshot-dependencies/")).isLessThan(indexOf(lines, "layers/application/"));
  }

  @Test
  void composeRunsOneImageOnTwoNodesRestartedCheckedAndReachableOnlyFromTheHost() throws IOException {
    Map<String, Object> compose = compose();
    Map<String, Map<String, Object>> services = map(compose.get("services"));
    assertThat(services).containsOnlyKeys("database", "front-door-1", "front-door-2");

    List<String> built = services.entrySet().stream().filter(s -> s.getValue().containsKey("build"))
        .map(Map.Entry::getKey).toList();
    assertThat(built).as("built once").containsExactly("front-door-1");
    assertThat(services.get("front-door-1").get("image")).isEqualTo(services.get("front-door-2").get("image"));
    assertThat(services.get("front-door-2").get("pull_policy")).isEqualTo("never");
    assertThat((String) services.get("database").get("image")).matches(PINNED);

    services.forEach((name, service) -> {
      assertThat(service.get("restart")).as(name).isEqualTo("unless-stopped");
      assertThat(map(service.get("healthcheck"))).as(name).containsKey("test");
      List<String> ports = list(service.get("ports"));
      assertThat(ports).as(name).allMatch(port -> port.startsWith("127.0.0.1:"), "bound to the host only");
    });
    assertThat(services.get("database").get("ports")).as("the database is not published").isNull();
    assertThat(list(services.get("database").get("volumes"))).containsExactly("database:/var/lib/postgresql/data");
    assertThat(map(compose.get("volumes"))).containsKey("database");
  }

  @Test
  void secretsComeFromTheEnvironmentAndMustBeGiven() throws IOException {
    String text = Files.readString(DOCKER.resolve("compose.yaml"));
    for (String secret : new String[] {"FRONTDOOR_DB_PASSWORD", "FRONTDOOR_ADMIN_PASSWORD"}) {
      assertThat(text).contains("${" + secret + ":?");
    }
    Map<String, Map<String, Object>> services = map(compose().get("services"));
    Map<String, Object> node = map(services.get("front-door-2").get("environment"));
    assertThat(node.get("FRONTDOOR_DB_PASSWORD")).isEqualTo("<required>");
    assertThat(String.valueOf(node.get("FRONTDOOR_ENGINE_SCHEMA_UPDATE"))).isEqualTo("false");
    assertThat(map(services.get("front-door-2").get("depends_on"))).containsKey("front-door-1");
  }

  /** The compose file as Compose sees it with no variables set: defaults filled in, required ones marked. */
  private static Map<String, Object> compose() throws IOException {
    String text = Files.readString(DOCKER.resolve("compose.yaml"));
    Matcher variable = VARIABLE.matcher(text);
    StringBuilder filled = new StringBuilder();
    while (variable.find()) {
      String value = "-".equals(variable.group(2)) ? variable.group(3) : "?".equals(variable.group(2)) ? "<required>" : "";
      variable.appendReplacement(filled, Matcher.quoteReplacement(value));
    }
    variable.appendTail(filled);
    return new Yaml().load(filled.toString());
  }

  private static int indexOf(List<String> lines, String text) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i;
      }
    }
    throw new AssertionError("no line with " + text);
  }

  @SuppressWarnings("unchecked")
  private static <T> Map<String, T> map(Object value) {
    return (Map<String, T>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<String> list(Object value) {
    return value == null ? List.of() : (List<String>) value;
  }
}
