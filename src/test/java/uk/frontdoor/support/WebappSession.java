package uk.frontdoor.support;

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

/**
 * Signed in to Camunda's webapps as a person, as the browser is: a session cookie and the
 * anti-forgery token, calling the API Tasklist and Cockpit call ({@code /camunda/api/engine/...}).
 */
public final class WebappSession {

  private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  private final String base;
  private String csrfToken;

  private WebappSession(int port) {
    this.base = "http://localhost:" + port;
  }

  /** Signs in to the app (cockpit, tasklist) with the local user's password (their user id). */
  public static WebappSession signIn(int port, String user, String app) {
    WebappSession session = new WebappSession(port);
    session.send("GET", "/camunda/app/" + app + "/", null, null);
    Reply login = session.send("POST", "/camunda/api/admin/auth/user/default/login/" + app,
        "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
            + URLEncoder.encode(user, StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
    if (login.status() != 200) {
      throw new AssertionError(user + " could not sign in to " + app + ": " + login);
    }
    // the signed-in session gets an anti-forgery token of its own, handed out with its first read
    session.get("/camunda/api/engine/engine/");
    return session;
  }

  /** Signed in to Tasklist. */
  public static WebappSession signIn(int port, String user) {
    return signIn(port, user, "tasklist");
  }

  public Reply get(String path) {
    return send("GET", path, null, null);
  }

  public Reply put(String path, String json) {
    return send("PUT", path, json, "application/json");
  }

  public Reply post(String path, String json) {
    return send("POST", path, json, "application/json");
  }

  public Reply delete(String path) {
    return send("DELETE", path, null, null);
  }

  private Reply send(String method, String path, String body, String contentType) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .header("Accept", "application/json, text/html")
        // as a browser's request, from the same origin
        .header("Origin", base)
        .header("Referer", base + "/camunda/app/tasklist/default/");
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (csrfToken != null) {
      request.header("X-XSRF-TOKEN", csrfToken);
    }
    try {
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      response.headers().firstValue("X-XSRF-TOKEN").ifPresent(token -> csrfToken = token);
      HttpHeaders headers = new HttpHeaders();
      response.headers().map().forEach(headers::addAll);
      return new Reply(response.statusCode(), headers, response.body());
    } catch (IOException e) {
      throw new AssertionError(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(method + " " + path + " interrupted", e);
    }
  }
}
