package uk.frontdoor.threshold;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Test stand-in for {@code uk.frontdoor.mash.MashChecks}, which is written on another branch:
 * the checks are complete when each agency has a mash_check row. Remove it when the real one is
 * wired as the {@link PartnerChecks} bean.
 */
@Component
class MashTableChecks implements PartnerChecks {

  static final List<String> AGENCIES = List.of("police", "health", "education", "probation", "housing",
      "social-care", "early-help");

  private final JdbcClient jdbc;

  MashTableChecks(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean allAnswered(String contactId) {
    List<String> answered = jdbc.sql("select distinct agency from mash_check where contact_id = ?")
        .param(UUID.fromString(contactId)).query(String.class).list();
    return answered.containsAll(AGENCIES);
  }
}
