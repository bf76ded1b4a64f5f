package uk.frontdoor.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import uk.frontdoor.support.Http;
import uk.frontdoor.support.Http.Reply;
import uk.frontdoor.support.HttpTest;

/** The actuator asks for an operator; the orchestrator's probes do not. */
class OperatorAccessHttpTest extends HttpTest {

  @Autowired
  IdentityService identityService;

  @Test
  void probesAndTheOverallStatusAreOpenAndSayNothingMore() {
    for (String probe : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
      Reply reply = anonymous().get(probe);
      assertThat(reply.status()).as(probe + " " + reply).isEqualTo(200);
      assertThat(reply.json().get("status").asText()).isEqualTo("UP");
      assertThat(reply.json().has("components")).as(reply.toString()).isFalse();
    }
    // someone signed in who is not an operator sees no more than anyone else
    assertThat(as("practitioner").get("/actuator/health").json().has("components")).isFalse();
  }

  @Test
  void metricsAndEveryOtherEndpointAskForAnOperator() {
    for (String endpoint : new String[] {"/actuator/prometheus", "/actuator/info", "/actuator", "/actuator/health/db"}) {
      Reply anonymous = anonymous().get(endpoint);
      assertThat(anonymous.status()).as(endpoint + " " + anonymous).isEqualTo(401);
      assertThat(anonymous.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
      Reply practitioner = as("practitioner").get(endpoint);
      assertThat(practitioner.status()).as(endpoint + " " + practitioner).isEqualTo(403);
      assertThat(practitioner.json().get("title").asText()).isEqualTo("You are not allowed to see this");
    }
    // once only: Camunda locks a user out after repeated wrong passwords
    assertThat(Http.as(port, "practitioner2", "wrong-password").get("/actuator/prometheus").status()).isEqualTo(401);
    assertThat(as("admin").get("/actuator/prometheus").status()).isEqualTo(200);
  }

  @Test
  void anOperatorSeesTheEngineAndTheDatabase() {
    String operator = "operator-" + UUID.randomUUID();
    User user = identityService.newUser(operator);
    user.setPassword("operator-password");
    identityService.saveUser(user);
    identityService.createMembership(operator, Roles.OPERATIONS);
    try {
      Http it = Http.as(port, operator, "operator-password");
      assertThat(it.get("/actuator/prometheus").status()).isEqualTo(200);

      Reply health = it.get("/actuator/health");
      JsonNode components = health.json().get("components");
      assertThat(components).as(health.toString()).isNotNull();
      assertThat(components.get("processEngine").get("status").asText()).isEqualTo("UP");
      assertThat(components.get("processEngine").get("details").get("name").asText()).isEqualTo("default");
      assertThat(components.get("db").get("status").asText()).isEqualTo("UP");
      assertThat(it.get("/actuator/health/readiness").json().get("components").has("db")).isTrue();
    } finally {
      identityService.deleteUser(operator);
    }
  }
}
