package uk.frontdoor.web;

import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Adds {@link SubmittedVariables} and {@link EngineRestErrors} to every Jersey application in the
 * service: Camunda REST at {@code /engine-rest} and the webapps' own copy of it at
 * {@code /camunda/api/engine}, which the webapp starter registers itself, out of reach of Spring
 * Boot's customizers. Jersey loads this through {@code META-INF/services}, for each application.
 */
public final class EngineRestDoors implements ForcedAutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    if (!context.getConfiguration().isRegistered(SubmittedVariables.class)) {
      context.register(SubmittedVariables.class);
      context.register(EngineRestErrors.AnyFailure.class);
      context.register(EngineRestErrors.EngineException.class);
      context.register(EngineRestErrors.RestFailure.class);
    }
  }
}
