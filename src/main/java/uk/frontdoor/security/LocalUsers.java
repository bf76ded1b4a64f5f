package uk.frontdoor.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

/**
 * One person per role for trying the service on a laptop; each password is the user id. Never
 * seeded in production ({@code frontdoor.security.seed-local-users} is false in the prod profile).
 */
@Component
@DependsOn("roleAuthorizations")
@ConditionalOnProperty(name = "frontdoor.security.seed-local-users", havingValue = "true")
class LocalUsers implements InitializingBean {

  record LocalUser(String id, String firstName, String lastName, String group) {
  }

  static final List<LocalUser> USERS = List.of(
      new LocalUser("practitioner", "Priya", "Patel", Roles.CRS_PRACTITIONERS),
      new LocalUser("practitioner2", "Sam", "Okafor", Roles.CRS_PRACTITIONERS),
      new LocalUser("manager", "Morgan", "Hughes", Roles.CRS_MANAGERS),
      new LocalUser("manager2", "Alex", "Reid", Roles.CRS_MANAGERS),
      new LocalUser("police", "Dana", "Cole", Roles.MASH_POLICE),
      new LocalUser("health", "Ruth", "Evans", Roles.MASH_HEALTH),
      new LocalUser("education", "Tom", "Price", Roles.MASH_EDUCATION),
      new LocalUser("probation", "Lee", "Walsh", Roles.MASH_PROBATION),
      new LocalUser("housing", "Jo", "Bennett", Roles.MASH_HOUSING),
      new LocalUser("bit", "Chris", "Nolan", Roles.BRIEF_INTERVENTION_TEAM),
      new LocalUser("assessor", "Kim", "Taylor", Roles.ASSESSMENT_TEAM),
      new LocalUser("servicelead", "Jordan", "Ellis", Roles.SERVICE_LEADS),
      new LocalUser("auditor", "Pat", "Singh", Roles.AUDITORS));

  private final IdentityService identityService;

  LocalUsers(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public void afterPropertiesSet() {
    for (LocalUser local : USERS) {
      if (identityService.createUserQuery().userId(local.id()).count() == 0) {
        User user = identityService.newUser(local.id());
        user.setFirstName(local.firstName());
        user.setLastName(local.lastName());
        user.setEmail(local.id() + "@front-door.invalid");
        user.setPassword(local.id());
        identityService.saveUser(user);
      }
      if (identityService.createUserQuery().userId(local.id()).memberOfGroup(local.group()).count() == 0) {
        identityService.createMembership(local.id(), local.group());
      }
    }
  }
}
