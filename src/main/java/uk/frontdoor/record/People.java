package uk.frontdoor.record;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import uk.frontdoor.record.JourneyRecord.Person;

/**
 * Who acted, by name and role, from Camunda's identity service. People change rarely and a
 * record names few of them, so each is looked up once every few minutes, not once per entry.
 * Called with the service's own authority (see {@link AsService}).
 */
@Component
class People {

  private static final long KEEP_MILLIS = 5 * 60_000;

  private final IdentityService identityService;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  People(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** The person, with the recorded role when the table recorded one; null when nobody is named. */
  Person person(String userId, String recordedRole) {
    if (userId == null || userId.isBlank()) {
      return null;
    }
    Person known = lookUp(userId);
    return recordedRole == null ? known : new Person(known.userId(), known.name(), Words.role(recordedRole));
  }

  private Person lookUp(String userId) {
    Cached cached = cache.get(userId);
    long now = System.currentTimeMillis();
    if (cached != null && now - cached.at() < KEEP_MILLIS) {
      return cached.person();
    }
    User user = identityService.createUserQuery().userId(userId).singleResult();
    String name = user == null ? userId : (nonNull(user.getFirstName()) + " " + nonNull(user.getLastName())).trim();
    List<Group> groups = identityService.createGroupQuery().groupMember(userId).list();
    String role = groups.stream().map(Group::getId).filter(Words::isKnownRole).sorted().findFirst()
        .map(Words::role).orElse(null);
    Person person = new Person(userId, name.isEmpty() ? userId : name, role);
    cache.put(userId, new Cached(person, now));
    return person;
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  private record Cached(Person person, long at) {
  }
}
