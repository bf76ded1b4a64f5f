package uk.frontdoor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.frontdoor.support.Http;
import uk.frontdoor.support.InProcessApp;

/** The prod profile, started for real: no demo users, no default administrator password. */
@Tag(InProcessApp.OWN_JVM)
class ProductionProfileTest {

  private final Path folder = Paths.get("target", "prod-test", UUID.randomUUID().toString()).toAbsolutePath();

  private Map<String, String> settings(String adminPassword) {
    // given on the command line, it wins over FRONTDOOR_ADMIN_PASSWORD if the environment has one
    return Map.of(
        "frontdoor.data-dir", folder.toString(),
        "camunda.bpm.admin-user.password", adminPassword);
  }

  @Test
  void refusesToStartWithoutAnAdministratorPasswordOrWithADefaultOne() {
    for (String password : new String[] {"", "admin"}) {
      assertThatThrownBy(() -> InProcessApp.start(settings(password), "prod").close())
          .as("password '%s'", password)
          .satisfies(failure -> assertThat(InProcessApp.messages(failure)).contains("FRONTDOOR_ADMIN_PASSWORD"));
    }
  }

  @Test
  void startsWithAGoodPasswordAndSeedsGroupsButNoLocalUsers() {
    String password = "correct-horse-battery-" + UUID.randomUUID();
    try (InProcessApp app = InProcessApp.start(settings(password), "prod")) {
      IdentityService identity = app.bean(IdentityService.class);

      assertThat(identity.createUserQuery().userId("practitioner").count()).isZero();
      assertThat(identity.createUserQuery().userId("police").count()).isZero();
      assertThat(identity.createUserQuery().list()).extracting(u -> u.getId()).containsExactly("admin");
      assertThat(identity.createGroupQuery().groupIdIn(Roles.CRS_PRACTITIONERS, Roles.CRS_MANAGERS,
          Roles.MASH_POLICE, Roles.AUDITORS).count()).isEqualTo(4);
      assertThat(identity.checkPassword("admin", password)).isTrue();
      // the local users' password-is-the-user-id login does not exist here
      assertThat(Http.as(app.port(), "practitioner").get("/engine-rest/task").status()).isEqualTo(401);
    }
  }
}
