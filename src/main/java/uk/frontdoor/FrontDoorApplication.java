package uk.frontdoor;

import java.time.Clock;
import java.util.Optional;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import uk.frontdoor.deployment.CheckModelsCommand;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FrontDoorApplication {

  public static void main(String[] args) {
    Optional<Integer> modelCheck = CheckModelsCommand.run(args, System.out);
    if (modelCheck.isPresent()) {
      System.exit(modelCheck.get());
    }
    SpringApplication.run(FrontDoorApplication.class, args);
  }

  /** The one clock every time stamp and due time is read from, so tests can set it. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
