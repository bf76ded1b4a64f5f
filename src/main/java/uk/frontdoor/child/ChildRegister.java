package uk.frontdoor.child;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.frontdoor.validation.Problems;

/**
 * The children and households this service knows. A child named again in a later contact is
 * matched to their existing record so that their history accumulates in one place; a household
 * is matched by its normalised address so that siblings are linked.
 */
@Repository
public class ChildRegister {

  private final JdbcClient jdbc;
  private final Clock clock;

  ChildRegister(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The household at this address, created the first time the address is seen. */
  public UUID householdAt(Address address) {
    String key = address.key();
    Optional<UUID> known = jdbc.sql("select id from household where address_key = ?")
        .param(key).query(UUID.class).optional();
    if (known.isPresent()) {
      return known.get();
    }
    UUID id = UUID.randomUUID();
    jdbc.sql("""
        insert into household (id, address_line1, address_line2, town, postcode, address_key, created_at)
        values (?, ?, ?, ?, ?, ?, ?)""")
        .params(id, address.line1().trim(), trimmed(address.line2()), trimmed(address.town()),
            address.postcode().trim().toUpperCase(Locale.UK), key, now())
        .update();
    return id;
  }

  /**
   * The known child these details describe (by child id, then identifier, then name and date of
   * birth), now living in this household; or a new child record.
   *
   * @param field where the details came from, to name it if a given child id is unknown
   */
  public MatchedChild match(ChildDetails details, UUID householdId, String field) {
    Optional<UUID> known = findKnown(details, field);
    if (known.isPresent()) {
      jdbc.sql("update child set household_id = ? where id = ?").params(householdId, known.get()).update();
      return new MatchedChild(known.get(), true);
    }
    UUID id = UUID.randomUUID();
    jdbc.sql("""
        insert into child (id, first_name, last_name, name_key, date_of_birth, expected_date,
                           estimated_age_years, sex, identifier, household_id, created_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(id, details.firstName().trim(), details.lastName().trim(), nameKey(details),
            details.dateOfBirth(), details.expectedDate(), details.estimatedAgeYears(),
            trimmed(details.sex()), trimmed(details.identifier()), householdId, now())
        .update();
    return new MatchedChild(id, false);
  }

  private Optional<UUID> findKnown(ChildDetails details, String field) {
    if (details.childId() != null && !details.childId().isBlank()) {
      UUID id = UUID.fromString(details.childId().trim());
      Optional<UUID> byId = jdbc.sql("select id from child where id = ?").param(id).query(UUID.class).optional();
      if (byId.isEmpty()) {
        new Problems().add(field + ".childId", "no child with id " + id + " is known")
            .throwIfAny("The contact cannot be recorded");
      }
      return byId;
    }
    if (details.identifier() != null && !details.identifier().isBlank()) {
      Optional<UUID> byIdentifier = jdbc.sql("select id from child where identifier = ?")
          .param(details.identifier().trim()).query(UUID.class).optional();
      if (byIdentifier.isPresent()) {
        return byIdentifier;
      }
    }
    if (details.dateOfBirth() != null) {
      return jdbc.sql("select id from child where name_key = ? and date_of_birth = ? order by created_at")
          .params(nameKey(details), details.dateOfBirth()).query(UUID.class).list().stream().findFirst();
    }
    return Optional.empty();
  }

  private static String nameKey(ChildDetails details) {
    return (details.firstName().trim() + "|" + details.lastName().trim()).toLowerCase(Locale.UK);
  }

  private static String trimmed(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  /** A child of a contact, and whether the service already knew them. */
  public record MatchedChild(UUID id, boolean known) {
  }
}
