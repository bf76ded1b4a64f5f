package uk.frontdoor;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FrontDoorApplication {

  public static void main(String[] args) {
    SpringApplication.run(FrontDoorApplication.class, args);
  }

  /** The one clock every time stamp and due time is read from, so tests can set it. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
