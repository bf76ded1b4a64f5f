package uk.frontdoor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import uk.frontdoor.support.Http.Reply;

/** Tasklist's own session, as a browser holds it: signed in by the login form, with its CSRF token. */
final class WebappSession {

  private static final String TOKEN = "X-XSRF-TOKEN";

  private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  private final int port;
  private String token;

  private WebappSession(int port) {
    this.port = port;
  }

  static WebappSession signIn(int port, String user) throws IOException, InterruptedException {
    WebappSession session = new WebappSession(port);
    session.read("/camunda/app/tasklist/default/");
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(user, StandardCharsets.UTF_8);
    HttpResponse<String> login = session.client.send(session.request("/camunda/api/admin/auth/user/default/login/tasklist")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as("signing in to Tasklist: " + login.body()).isEqualTo(200);
    // the signed-in session gets a token of its own, handed out with its first read
    session.read("/camunda/api/engine/engine/");
    return session;
  }

  Reply post(String path, String json) throws IOException, InterruptedException {
    HttpResponse<String> response = client.send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("refused as a cross-site request: " + response.body()).isNotEqualTo(403);
    return new Reply(response.statusCode(), new HttpHeaders(), response.body());
  }

  private void read(String path) throws IOException, InterruptedException {
    HttpResponse<Void> response = client.send(request(path).GET().build(), HttpResponse.BodyHandlers.discarding());
    response.headers().firstValue(TOKEN).ifPresent(handedOut -> token = handedOut);
  }

  /** A browser's request: from the same origin, with the session's token once it has one. */
  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept", "application/json")
        .header("Origin", "http://localhost:" + port)
        .header("Referer", "http://localhost:" + port + "/camunda/app/tasklist/default/");
    if (token != null) {
      request.header(TOKEN, token);
    }
    return request;
  }
}
