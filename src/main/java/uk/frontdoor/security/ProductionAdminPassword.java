package uk.frontdoor.security;

import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * In production the administrator's password must be set, and not to a well-known default:
 * the engine refuses to start before it creates any user.
 */
@Component
@Profile("prod")
class ProductionAdminPassword extends AbstractProcessEnginePlugin {

  static final int MINIMUM_LENGTH = 12;
  private static final Set<String> DEFAULTS = Set.of("admin", "demo", "password", "changeme", "camunda");

  private final CamundaBpmProperties camunda;

  ProductionAdminPassword(CamundaBpmProperties camunda) {
    this.camunda = camunda;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    String password = camunda.getAdminUser() == null ? null : camunda.getAdminUser().getPassword();
    if (password == null || password.isBlank()) {
      throw new IllegalStateException("The prod profile needs the administrator's password: set "
          + "FRONTDOOR_ADMIN_PASSWORD (at least " + MINIMUM_LENGTH + " characters)");
    }
    if (DEFAULTS.contains(password.toLowerCase()) || password.equals(camunda.getAdminUser().getId())
        || password.length() < MINIMUM_LENGTH) {
      throw new IllegalStateException("FRONTDOOR_ADMIN_PASSWORD is a default or too short: choose one of at "
          + "least " + MINIMUM_LENGTH + " characters that is not the user name");
    }
  }
}
