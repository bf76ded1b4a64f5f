package uk.frontdoor.record;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs engine reads with the service's own authority. Who may open a record is decided by the
 * need-to-know rules of {@link RecordAccessPolicy}; after that the record names everyone who acted
 * and every task's times, whatever the viewer may read in Tasklist or Admin.
 */
final class AsService {

  private AsService() {
  }

  static <T> T call(IdentityService identityService, Supplier<T> work) {
    Authentication viewer = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (viewer != null) {
        identityService.setAuthentication(viewer);
      }
    }
  }
}
