package uk.frontdoor.record;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uk.frontdoor.journey.Actor;
import uk.frontdoor.record.JourneyRecord.ChildSummary;
import uk.frontdoor.record.JourneyRecord.ContactJourney;

/** Opens records for the person making the request: decides, logs, then builds. */
@Service
class ChildRecords {

  static final String API = "api";
  static final String PAGE = "page";
  static final String DENIED = "denied";
  static final String NOT_FOUND = "not-found";

  private final ChildJourneyRecords records;
  private final RecordAccessPolicy policy;
  private final RecordAccessLog log;
  private final Actor actor;
  private final JdbcClient jdbc;

  ChildRecords(ChildJourneyRecords records, RecordAccessPolicy policy, RecordAccessLog log,
      Actor actor, JdbcClient jdbc) {
    this.records = records;
    this.policy = policy;
    this.log = log;
    this.actor = actor;
    this.jdbc = jdbc;
  }

  JourneyRecord openChild(UUID childId, String channel, String remoteAddress) {
    String userId = actor.userId();
    if (records.child(childId).isEmpty()) {
      log.write(userId, childId, null, remoteAddress, channel, NOT_FOUND, false);
      throw new RecordNotFoundException("No child with id " + childId + " is known.");
    }
    Optional<RecordAccessPolicy.Access> access = policy.decide(actor.groups(), childId);
    if (access.isEmpty()) {
      log.write(userId, childId, null, remoteAddress, channel, DENIED, false);
      throw new RecordAccessDeniedException();
    }
    JourneyRecord record = records.build(childId, access.get()).orElseThrow();
    log.write(userId, childId, null, remoteAddress, channel, access.get().view().key(), true);
    return record;
  }

  /** Each child of the contact the viewer may open, their record narrowed to this contact. */
  ContactRecord openContact(UUID contactId, String channel, String remoteAddress) {
    String userId = actor.userId();
    List<String> groups = actor.groups();
    List<UUID> children = jdbc.sql("select child_id from contact_child where contact_id = ? order by position")
        .param(contactId).query(UUID.class).list();
    if (children.isEmpty()) {
      log.write(userId, null, contactId, remoteAddress, channel, NOT_FOUND, false);
      throw new RecordNotFoundException("No contact with id " + contactId + " is known.");
    }
    List<JourneyRecord> shown = new ArrayList<>();
    for (UUID childId : children) {
      Optional<RecordAccessPolicy.Access> access = policy.decide(groups, childId);
      if (access.isEmpty()) {
        log.write(userId, childId, contactId, remoteAddress, channel, DENIED, false);
        continue;
      }
      JourneyRecord record = records.build(childId, access.get()).orElseThrow();
      List<ContactJourney> thisContact = record.contacts().stream().filter(c -> c.contactId().equals(contactId)).toList();
      if (thisContact.isEmpty()) {
        log.write(userId, childId, contactId, remoteAddress, channel, DENIED, false);
        continue;
      }
      log.write(userId, childId, contactId, remoteAddress, channel, access.get().view().key(), true);
      shown.add(new JourneyRecord(record.child(), record.view(), record.siblings(), thisContact));
    }
    if (shown.isEmpty()) {
      throw new RecordAccessDeniedException();
    }
    return new ContactRecord(contactId, shown);
  }

  /** Children matching a name, a date of birth or a child id, that this viewer may open. */
  List<ChildSummary> search(String query) {
    List<String> groups = actor.groups();
    return new ChildSearch(jdbc).find(query).stream()
        .filter(child -> policy.decide(groups, child.childId()).isPresent()).toList();
  }

  /** The children of one contact, each with that contact's part of their journey. */
  @Schema(description = "The record of each child of one contact this viewer may open, narrowed to that contact")
  record ContactRecord(
      @Schema(description = "The contact's id", example = "0b9a6f3e-2c1d-4f8e-9a7b-6c5d4e3f2a1b") UUID contactId,
      @Schema(description = "Each child's record") List<JourneyRecord> children) {
  }
}
