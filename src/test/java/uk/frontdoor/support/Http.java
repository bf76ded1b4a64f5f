package uk.frontdoor.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Real HTTP against a running Front Door, as one caller (or nobody). Never throws on an error
 * status: every reply comes back so the test can look at its status, headers and body.
 */
public final class Http {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final RestClient client;

  private Http(RestClient client) {
    this.client = client;
  }

  public static Http anonymous(int port) {
    return new Http(builder(port).build());
  }

  /** The local users' password is their user id. */
  public static Http as(int port, String user) {
    return as(port, user, user);
  }

  public static Http as(int port, String user, String password) {
    return new Http(builder(port).defaultHeaders(h -> h.setBasicAuth(user, password)).build());
  }

  private static RestClient.Builder builder(int port) {
    return RestClient.builder().baseUrl("http://localhost:" + port).requestFactory(new JdkClientHttpRequestFactory());
  }

  public Reply get(String path) {
    return client.get().uri(path).accept(MediaType.ALL).exchange((req, res) -> reply(res));
  }

  public Reply post(String path, String json) {
    return post(path, json, Map.of());
  }

  public Reply post(String path, Object body, Map<String, String> headers) {
    String json = body instanceof String text ? text : write(body);
    return client.post().uri(path).contentType(MediaType.APPLICATION_JSON).accept(MediaType.ALL)
        .headers(h -> headers.forEach(h::set)).body(json).exchange((req, res) -> reply(res));
  }

  public Reply put(String path, String json, Map<String, String> headers) {
    return client.put().uri(path).contentType(MediaType.APPLICATION_JSON).accept(MediaType.ALL)
        .headers(h -> headers.forEach(h::set)).body(json).exchange((req, res) -> reply(res));
  }

  public Reply delete(String path, Map<String, String> headers) {
    return client.delete().uri(path).accept(MediaType.ALL).headers(h -> headers.forEach(h::set))
        .exchange((req, res) -> reply(res));
  }

  private static Reply reply(org.springframework.http.client.ClientHttpResponse res) throws IOException {
    byte[] body = res.getBody().readAllBytes();
    return new Reply(res.getStatusCode().value(), res.getHeaders(), new String(body, StandardCharsets.UTF_8));
  }

  private static String write(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** What came back. */
  public record Reply(int status, HttpHeaders headers, String body) {

    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (JsonProcessingException e) {
        throw new AssertionError("Not JSON (status " + status + "): " + body, e);
      }
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }
}
