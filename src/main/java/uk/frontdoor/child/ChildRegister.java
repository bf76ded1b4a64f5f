package uk.frontdoor.child;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.validation.Problems;

/**
 * The children and households this service knows. A child named again in a later contact is
 * matched to their existing record so that their history accumulates in one place; a household
 * is matched by its normalised address so that siblings are linked.
 *
 * <p>Contacts about one new household or one new child can arrive at the same moment, on one node
 * or on several: the database decides. Each household address and each child's match key is
 * unique, so of two inserts one wins, and the other contact reuses the winner's record.
 */
@Repository
public class ChildRegister {

  /** How often a contact looks again for the record a concurrent contact is inserting. */
  private static final int ATTEMPTS = 100;

  private final JdbcClient jdbc;
  private final Clock clock;
  private final TransactionTemplate savepoint;

  ChildRegister(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.savepoint = new TransactionTemplate(transactions);
    savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /** The household at this address, created the first time the address is seen. */
  public UUID householdAt(Address address) {
    String key = address.key();
    UUID id = UUID.randomUUID();
    return findOrInsert(id, () -> jdbc.sql("select id from household where address_key = ?")
        .param(key).query(UUID.class).optional(), () -> jdbc.sql("""
        insert into household (id, address_line1, address_line2, town, postcode, address_key, created_at)
        values (?, ?, ?, ?, ?, ?, ?)""")
        .params(id, address.line1().trim(), trimmed(address.line2()), trimmed(address.town()),
            address.postcode().trim().toUpperCase(Locale.UK), key, now())
        .update());
  }

  /**
   * The known child these details describe (by child id, then identifier, then name and date of
   * birth), now living in this household; or a new child record.
   *
   * @param field where the details came from, to name it if a given child id is unknown
   */
  public MatchedChild match(ChildDetails details, UUID householdId, String field) {
    UUID id = UUID.randomUUID();
    UUID matched = findOrInsert(id, () -> findKnown(details, field), () -> jdbc.sql("""
        insert into child (id, first_name, last_name, name_key, match_key, date_of_birth, expected_date,
                           estimated_age_years, sex, identifier, household_id, created_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(id, details.firstName().trim(), details.lastName().trim(), nameKey(details),
            details.dateOfBirth() == null ? null : nameKey(details) + "|" + details.dateOfBirth(),
            details.dateOfBirth(), details.expectedDate(), details.estimatedAgeYears(),
            trimmed(details.sex()), trimmed(details.identifier()), householdId, now())
        .update());
    if (matched.equals(id)) {
      flagPossibleDuplicates(id, details, householdId);
      return new MatchedChild(id, false);
    }
    // only when they moved: an update that changes nothing would still lock the child's row
    jdbc.sql("update child set household_id = ? where id = ? and household_id <> ?")
        .params(householdId, matched, householdId).update();
    return new MatchedChild(matched, true);
  }

  /**
   * A new record is kept, never silently joined to one that may be the same child: one of the same
   * name in the same household, with no date of birth to tell them apart or with another one (a
   * mistyped date, or a second child given the same name). A practitioner or manager then merges
   * the two or confirms two children ({@link PossibleDuplicates}).
   */
  private void flagPossibleDuplicates(UUID id, ChildDetails details, UUID householdId) {
    for (UUID other : jdbc.sql("""
        select id from child where household_id = ? and name_key = ? and id <> ? and merged_into is null""")
        .params(householdId, nameKey(details), id).query(UUID.class).list()) {
      jdbc.sql("""
          insert into possible_duplicate (id, child_id, other_child_id, reason, flagged_at) values (?, ?, ?, ?, ?)""")
          .params(UUID.randomUUID(), id, other, "the same name in the same household", now()).update();
    }
  }

  /**
   * The record {@code find} finds, or the one {@code insert} adds under {@code id}. The insert runs
   * behind a savepoint: when a concurrent transaction holds the same unique key, the database
   * refuses it (PostgreSQL once the other commits, as a duplicate; H2 at once, as a concurrent
   * update) and this one looks again for the other's record until it is committed.
   */
  private UUID findOrInsert(UUID id, Supplier<Optional<UUID>> find, Runnable insert) {
    for (int attempt = 1; ; attempt++) {
      Optional<UUID> found = find.get();
      if (found.isPresent()) {
        return found.get();
      }
      try {
        savepoint.executeWithoutResult(status -> insert.run());
        return id;
      } catch (DuplicateKeyException | TransientDataAccessException | UncategorizedSQLException taken) {
        if (attempt == ATTEMPTS) {
          throw taken;
        }
        pause(attempt);
      }
    }
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(Math.min(200, 10L * attempt));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for a concurrent contact", e);
    }
  }

  private Optional<UUID> findKnown(ChildDetails details, String field) {
    if (details.childId() != null) {
      UUID id = UUID.fromString(details.childId().trim());
      // a merged record's child lives on in the record it was merged into
      Optional<UUID> byId = jdbc.sql("select coalesce(merged_into, id) from child where id = ?").param(id)
          .query(UUID.class).optional();
      if (byId.isEmpty()) {
        new Problems().add(field + ".childId", "no child with id " + id + " is known")
            .throwIfAny("The contact cannot be recorded");
      }
      return byId;
    }
    if (details.identifier() != null) {
      Optional<UUID> byIdentifier = jdbc.sql("select id from child where identifier = ?")
          .param(details.identifier().trim()).query(UUID.class).optional();
      if (byIdentifier.isPresent()) {
        return byIdentifier;
      }
    }
    if (details.dateOfBirth() != null) {
      return jdbc.sql("""
          select id from child where name_key = ? and date_of_birth = ? and merged_into is null
          order by created_at""")
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
