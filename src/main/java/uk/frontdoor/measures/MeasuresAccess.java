package uk.frontdoor.measures;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import uk.frontdoor.journey.Actor;
import uk.frontdoor.security.Roles;

/** The measures are for team managers, service leads, auditors and administrators; others get 403. */
@Component
class MeasuresAccess {

  static final List<String> ALLOWED = List.of(Roles.CRS_MANAGERS, Roles.SERVICE_LEADS, Roles.AUDITORS, Roles.ADMINS);

  private final Actor actor;

  MeasuresAccess(Actor actor) {
    this.actor = actor;
  }

  void check() {
    if (actor.groups().stream().noneMatch(ALLOWED::contains)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "The measures are for team managers, service leads and auditors");
    }
  }
}
