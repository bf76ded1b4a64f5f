package uk.frontdoor.benchmark;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import uk.frontdoor.FrontDoorApplication;
import uk.frontdoor.benchmark.bare.BareEngine;

/**
 * The main class of each side's own JVM: the application as {@code java -jar} would start it, plus
 * the {@link Probe} that counts SQL statements and answers {@code /benchmark/*}. The probe is
 * added here and only here, so neither the service nor its tests ever carry it.
 *
 * <p>Two Camunda engines in one JVM clash on Camunda's static registries (engines, webapp
 * filters), hence one process per side.
 */
public final class SideLauncher {

  static final String FRONT_DOOR = "front-door";
  static final String BARE = "bare";

  private SideLauncher() {
  }

  public static void main(String[] args) {
    Class<?> application = switch (args[0]) {
      case FRONT_DOOR -> FrontDoorApplication.class;
      case BARE -> BareEngine.class;
      default -> throw new IllegalArgumentException("Unknown side " + args[0] + ": " + FRONT_DOOR + " or " + BARE);
    };
    SpringApplication spring = new SpringApplication(application);
    spring.addInitializers(new Probe());
    spring.run(Arrays.copyOfRange(args, 1, args.length));
  }
}
