package uk.frontdoor.measures;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import uk.frontdoor.security.Roles;

/** The measures are for team managers, service leads, auditors and administrators; others get 403. */
@Component
class MeasuresAccess {

  static final List<String> ALLOWED = List.of(Roles.CRS_MANAGERS, Roles.SERVICE_LEADS, Roles.AUDITORS, Roles.ADMINS);

  private final IdentityService identityService;

  MeasuresAccess(IdentityService identityService) {
    this.identityService = identityService;
  }

  void check() {
    Authentication who = identityService.getCurrentAuthentication();
    if (who == null || who.getGroupIds() == null || who.getGroupIds().stream().noneMatch(ALLOWED::contains)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "The measures are for team managers, service leads and auditors");
    }
  }
}
