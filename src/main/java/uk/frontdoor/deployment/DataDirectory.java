package uk.frontdoor.deployment;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes {@code frontdoor.data-dir} absolute, so the embedded database is found whatever the
 * working directory and however the folder is written ({@code data}, {@code ./data},
 * {@code /srv/front-door}); H2 refuses a path that is only implicitly relative.
 */
class DataDirectory implements EnvironmentPostProcessor {

  static final String PROPERTY = "frontdoor.data-dir";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    String configured = environment.getProperty(PROPERTY);
    if (configured == null || configured.isBlank()) {
      return;
    }
    String absolute = Path.of(configured).toAbsolutePath().normalize().toString();
    environment.getPropertySources().addFirst(new MapPropertySource("frontdoor-data-dir", Map.of(PROPERTY, absolute)));
  }
}
