package uk.frontdoor.deployment;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar front-door.jar --check-models=path/to/processes}: the model check a service lead
 * runs on a folder before handing it in. It starts no web server and opens no database; it prints
 * what is wrong, or that the folder is ready, and exits 0 when ready and 1 when not.
 */
public final class CheckModelsCommand {

  static final String OPTION = "--check-models=";

  private CheckModelsCommand() {
  }

  /** The exit code when the arguments ask for the check; empty when they ask to run the service. */
  public static Optional<Integer> run(String[] args, PrintStream out) {
    Optional<String> folder = List.of(args).stream().filter(arg -> arg.startsWith(OPTION))
        .map(arg -> arg.substring(OPTION.length())).findFirst();
    if (folder.isEmpty()) {
      return Optional.empty();
    }
    // Without Spring Boot's logging set-up the libraries would print their debug lines.
    ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
    return Optional.of(check(Path.of(folder.get()), out));
  }

  static int check(Path folder, PrintStream out) {
    if (!Files.isDirectory(folder)) {
      out.println(folder + " is not a folder. Name the processes folder, for example --check-models=processes");
      return 1;
    }
    List<ModelProblem> problems = ModelCheck.withServiceComponents().check(ModelFolder.read(folder));
    if (problems.isEmpty()) {
      out.println("The models in " + folder + " are ready: no problems found.");
      return 0;
    }
    out.println(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in " + folder
        + "; the service would not start with this folder:");
    problems.forEach(problem -> out.println("- " + problem));
    return 1;
  }
}
