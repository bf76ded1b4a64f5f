package uk.frontdoor.journey;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Who is acting: the person Tasklist or the REST API authenticated for this request. */
@Component
public class Actor {

  private final IdentityService identityService;

  Actor(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** The user id, or null when the engine acts by itself (a timer, a job). */
  public String userId() {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }

  /** The acting person's groups; none when nobody is authenticated. */
  public List<String> groups() {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null || authentication.getGroupIds() == null
        ? List.of() : authentication.getGroupIds();
  }

  /** Whether a person is acting and belongs to the group; false when nobody is authenticated. */
  public boolean isIn(String group) {
    return groups().contains(group);
  }

  /** Whether anyone is authenticated: checks of a person's role apply only when a person acts. */
  private boolean isPerson() {
    return identityService.getCurrentAuthentication() != null;
  }

  /**
   * Whether a person acts who belongs to none of the groups: the one refusal every form makes.
   * False when the engine acts by itself, since a job has no role to check.
   */
  public boolean isPersonOutside(String... groups) {
    if (!isPerson()) {
      return false;
    }
    for (String group : groups) {
      if (isIn(group)) {
        return false;
      }
    }
    return true;
  }
}
