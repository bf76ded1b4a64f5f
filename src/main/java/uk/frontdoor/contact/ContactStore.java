package uk.frontdoor.contact;

import java.sql.DatabaseMetaData;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Repository;
import uk.frontdoor.contact.RecordedContact.RecordedChild;

/** The contact table: one row per contact, linked to its household and children. */
@Repository
class ContactStore {

  private final JdbcClient jdbc;
  private final String nextContactNumber;

  ContactStore(JdbcClient jdbc, DataSource dataSource) {
    this.jdbc = jdbc;
    this.nextContactNumber = nextValueSql(dataSource, "contact_number");
  }

  /**
   * How to take a sequence's next value: PostgreSQL has only {@code nextval('name')}; H2, outside
   * its PostgreSQL mode, only the standard {@code next value for name}.
   */
  static String nextValueSql(DataSource dataSource, String sequence) {
    String product;
    try {
      product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
    } catch (MetaDataAccessException e) {
      throw new IllegalStateException("Cannot tell which database the contacts are kept in", e);
    }
    return "PostgreSQL".equals(product)
        ? "select nextval('" + sequence + "')"
        : "select next value for " + sequence;
  }

  String nextReference(int year) {
    long number = jdbc.sql(nextContactNumber).query(Long.class).single();
    return "FD-%d-%06d".formatted(year, number);
  }

  void insert(UUID id, String reference, String requestHash, ContactRequest contact, String clientReference,
      OffsetDateTime receivedAt, OffsetDateTime recordedAt, String recordedBy, UUID householdId) {
    ContactRequest.Referrer referrer = contact.referrer();
    boolean withReferrer = referrer != null && !ContactVocabulary.ANONYMOUS.equals(contact.source());
    jdbc.sql("""
        insert into contact (id, reference, client_reference, request_hash, received_at, recorded_at,
          recorded_by, source, referrer_name, referrer_organisation, referrer_relationship,
          referrer_telephone, referrer_email, household_id, concerns, concern_types,
          referrer_consent, referrer_consent_detail)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(id, reference, clientReference, requestHash, utc(receivedAt), utc(recordedAt), recordedBy,
            contact.source(),
            withReferrer ? referrer.name() : null,
            withReferrer ? referrer.organisation() : null,
            withReferrer ? referrer.relationship() : null,
            withReferrer ? referrer.telephone() : null,
            withReferrer ? referrer.email() : null,
            householdId, contact.concerns(),
            contact.concernTypes() == null ? null : String.join(",", contact.concernTypes()),
            contact.referrerConsent(), contact.referrerConsentDetail())
        .update();
  }

  void addChild(UUID contactId, UUID childId, int position) {
    jdbc.sql("insert into contact_child (contact_id, child_id, position) values (?, ?, ?)")
        .params(contactId, childId, position).update();
  }

  void linkProcess(UUID contactId, String processInstanceId) {
    jdbc.sql("update contact set process_instance_id = ? where id = ?").params(processInstanceId, contactId).update();
  }

  /**
   * Whether this contact was recorded under this reference and waits for its journey: true only
   * inside {@link ContactIntake#record}'s own transaction, between storing the contact and linking it.
   */
  boolean awaitsJourney(UUID contactId, String reference) {
    return jdbc.sql("select count(*) from contact where id = ? and reference = ? and process_instance_id is null")
        .params(contactId, reference).query(Long.class).single() == 1;
  }

  /** The contact first recorded under a client reference, with the hash of what was sent. */
  Optional<Earlier> findByClientReference(String clientReference) {
    return jdbc.sql("select id, request_hash from contact where client_reference = ?")
        .param(clientReference)
        .query((rs, n) -> new Earlier(rs.getObject("id", UUID.class), rs.getString("request_hash")))
        .optional();
  }

  Optional<RecordedContact> find(UUID contactId) {
    List<RecordedChild> children = jdbc.sql("""
        select ch.id, ch.first_name, ch.last_name, ch.created_at < c.recorded_at as known
        from contact_child cc join child ch on ch.id = cc.child_id join contact c on c.id = cc.contact_id
        where cc.contact_id = ? order by cc.position""")
        .param(contactId)
        .query((rs, n) -> new RecordedChild(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
            rs.getBoolean(4)))
        .list();
    return jdbc.sql("select id, reference, process_instance_id, household_id from contact where id = ?")
        .param(contactId)
        .query((rs, n) -> new RecordedContact(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
            rs.getObject(4, UUID.class), children, List.of()))
        .optional();
  }

  private static OffsetDateTime utc(OffsetDateTime time) {
    return time.withOffsetSameInstant(ZoneOffset.UTC);
  }

  record Earlier(UUID contactId, String requestHash) {
  }
}
