package uk.frontdoor.clock;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The service's tables keep every moment in UTC, whatever the server's zone. */
public final class StoredTime {

  /** The moment as a UTC timestamp column holds it. */
  public static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }

  private StoredTime() {
  }
}
