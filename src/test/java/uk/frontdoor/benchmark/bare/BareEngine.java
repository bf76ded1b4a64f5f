package uk.frontdoor.benchmark.bare;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * Side B: Camunda 7's Spring Boot starter (engine, REST, webapps) with nothing of Front Door's —
 * its own settings ({@code benchmark/bare.yml}: history full, authorization off, Flyway off) and
 * its own model of the journey's shape ({@code benchmark/bare-journey.bpmn}).
 *
 * <p>Deliberately not a {@code @SpringBootApplication}: that is a {@code @Configuration}, which
 * Front Door's component scan of {@code uk.frontdoor} would pick up from the test classpath. With
 * only auto-configuration and no component scan, this side reads no class of Front Door's.
 */
@EnableAutoConfiguration
public class BareEngine {

  public static final String PROCESS_KEY = "bare-journey";
}
