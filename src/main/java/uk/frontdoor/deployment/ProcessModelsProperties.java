package uk.frontdoor.deployment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the service lead's models live. The default is the copy of the top-level
 * {@code processes/} folder that the build puts in the jar; a council that edits models
 * without a rebuild points this at a folder, e.g. {@code file:/srv/front-door/processes/}.
 */
@ConfigurationProperties(prefix = "frontdoor.processes")
public record ProcessModelsProperties(
    @DefaultValue("classpath:processes/") String location,
    @DefaultValue("front-door") String deploymentName) {

  /** The location with exactly one trailing slash, so relative names never start with one. */
  public String folder() {
    return location.endsWith("/") ? location : location + "/";
  }
}
