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
import org.springframework.http.HttpHeaders;
import uk.frontdoor.support.Http;
import uk.frontdoor.support.Http.Reply;
import uk.frontdoor.support.InProcessApp;

/** The prod profile, started for real: no demo users, no default administrator password. */
@Tag(InProcessApp.OWN_JVM)
class ProductionProfileTest {

  private final Path folder = Paths.get("target", "prod-test", UUID.randomUUID().toString()).toAbsolutePath();

  private Map<String, String> settings(String adminPassword) {
    return settings(adminPassword, true);
  }

  /** With or without the one-off setting of a new installation's first start that creates Camunda's tables. */
  private Map<String, String> settings(String adminPassword, boolean firstStart) {
    // given on the command line, it wins over FRONTDOOR_ADMIN_PASSWORD if the environment has one
    return Map.of(
        "frontdoor.data-dir", folder.toString(),
        "camunda.bpm.admin-user.password", adminPassword,
        "FRONTDOOR_ENGINE_SCHEMA_UPDATE", String.valueOf(firstStart));
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

  @Test
  void leavesCamundasTablesToItsUpgradeScripts() {
    String password = "correct-horse-battery-" + UUID.randomUUID();
    assertThatThrownBy(() -> InProcessApp.start(settings(password, false), "prod").close())
        .satisfies(failure -> assertThat(InProcessApp.messages(failure)).contains("no Camunda tables"));

    InProcessApp.start(settings(password, true), "prod").close();
    try (InProcessApp restarted = InProcessApp.start(settings(password, false), "prod")) {
      assertThat(Http.as(restarted.port(), "admin", password).get("/engine-rest/engine").status()).isEqualTo(200);
    }
  }

  @Test
  void closesTheSwaggerUiAndTheActuatorAndSecuresTheWebappsCookies() {
    String password = "correct-horse-battery-" + UUID.randomUUID();
    try (InProcessApp app = InProcessApp.start(settings(password), "prod")) {
      Http anonymous = Http.anonymous(app.port());
      assertThat(anonymous.get("/swagger-ui/index.html").status()).isEqualTo(404);
      assertThat(anonymous.get("/v3/api-docs").status()).isEqualTo(404);
      assertThat(anonymous.get("/actuator/prometheus").status()).isEqualTo(401);
      assertThat(anonymous.get("/actuator/health/readiness").status()).isEqualTo(200);
      assertThat(Http.as(app.port(), "admin", password).get("/actuator/prometheus").status()).isEqualTo(200);

      Reply tasklist = anonymous.get("/camunda/app/tasklist/default/");
      assertThat(tasklist.headers().get(HttpHeaders.SET_COOKIE)).as(tasklist.headers().toString())
          .isNotEmpty().allSatisfy(cookie -> assertThat(cookie).contains("Secure").containsIgnoringCase("SameSite=Strict"));
      assertThat(tasklist.headers().getFirst("Strict-Transport-Security")).as(tasklist.headers().toString())
          .isEqualTo("max-age=31536000");
    }
  }
}
