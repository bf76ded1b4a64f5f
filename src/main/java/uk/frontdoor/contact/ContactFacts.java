package uk.frontdoor.contact;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Facts about a contact that the model's expressions read, e.g.
 * {@code ${contactFacts.childIds(contactId)}}: kept in the service's tables, not in variables.
 */
@Component("contactFacts")
public class ContactFacts {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final JdbcClient jdbc;

  ContactFacts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The children of the contact, as ids, in the order the referrer named them. */
  public List<String> childIds(String contactId) {
    return jdbc.sql("select child_id from contact_child where contact_id = ? order by position")
        .param(UUID.fromString(contactId)).query(UUID.class).list().stream().map(UUID::toString).toList();
  }

  /** A child's name as a person would say it. */
  public String childName(String childId) {
    return jdbc.sql("select first_name || ' ' || last_name from child where id = ?")
        .param(UUID.fromString(childId)).query(String.class).single();
  }

  public String source(String contactId) {
    return jdbc.sql("select source from contact where id = ?").param(UUID.fromString(contactId))
        .query(String.class).single();
  }

  public List<String> concernTypes(String contactId) {
    String types = jdbc.sql("select concern_types from contact where id = ?").param(UUID.fromString(contactId))
        .query(String.class).optional().orElse(null);
    return types == null || types.isBlank() ? List.of() : Arrays.asList(types.split(","));
  }

  /** The referrer can be told the outcome: the contact was not anonymous. */
  public boolean hasReferrer(String contactId) {
    return !ContactVocabulary.ANONYMOUS.equals(source(contactId));
  }

  /**
   * The age in whole months of the youngest child when the contact arrived: 0 for an unborn
   * baby, from the estimated age when the date of birth is not known.
   */
  public int youngestAgeMonths(String contactId) {
    record Age(LocalDate dateOfBirth, LocalDate expectedDate, Integer estimatedYears, LocalDate receivedOn) {
    }
    return jdbc.sql("""
            select ch.date_of_birth, ch.expected_date, ch.estimated_age_years, c.received_at
            from contact_child cc join child ch on ch.id = cc.child_id join contact c on c.id = cc.contact_id
            where cc.contact_id = ?""")
        .param(UUID.fromString(contactId))
        .query((rs, n) -> new Age(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
            (Integer) rs.getObject(3), rs.getObject(4, java.time.OffsetDateTime.class)
                .atZoneSameInstant(LONDON).toLocalDate()))
        .list().stream()
        .mapToInt(age -> {
          if (age.dateOfBirth() != null) {
            return Math.max(0, (int) Period.between(age.dateOfBirth(), age.receivedOn()).toTotalMonths());
          }
          return age.estimatedYears() != null ? age.estimatedYears() * 12 : 0;
        })
        .min().orElse(0);
  }
}
