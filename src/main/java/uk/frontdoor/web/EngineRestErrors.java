package uk.frontdoor.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * Camunda REST's answers to failures a person can meet, for both its doors ({@code /engine-rest}
 * and the webapps' {@code /camunda/api/engine}): a conflict is 409 with a plain message, an unknown
 * task 404, a value the engine cannot store 400, the database out of reach 503 with Retry-After.
 * Everything else is answered as Camunda would. The body keeps Camunda's shape ({@code type},
 * {@code message}), which Tasklist shows.
 *
 * <p>Jersey picks the mapper of the nearest exception type, and of two equally near the one of
 * lower priority number: so there is one mapper per type Camunda maps, each ahead of Camunda's.
 */
public final class EngineRestErrors {

  static final int PRIORITY = Priorities.USER - 100;
  private static final ObjectMapper JSON = new ObjectMapper();
  /** A task's own path, on either door: {@code /task/{id}/complete}, {@code .../submit-form}, ... */
  private static final Pattern TASK = Pattern.compile("(?:^|/)task/([^/]+)/[a-z-]+$");
  private static final Pattern ENGINE = Pattern.compile("(?:^|/)engine/([^/]+)/");

  private EngineRestErrors() {
  }

  static Response answer(String type, String message, int status) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    body.put("code", null);
    Response.ResponseBuilder response = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE);
    if (status == 503) {
      response.header(HttpHeaders.RETRY_AFTER, EngineFailure.RETRY_AFTER_SECONDS);
    }
    try {
      return response.entity(JSON.writeValueAsString(body)).build();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write an error message", e);
    }
  }

  static Response toResponse(Throwable failure, UriInfo uri) {
    Optional<String> refusal = RefusalInWords.of(failure, uri);
    if (refusal.isPresent()) {
      return answer("InvalidRequestException", refusal.get(), 400);
    }
    Optional<EngineFailure> known = EngineFailure.of(failure);
    if (known.isPresent()) {
      EngineFailure meaning = known.get();
      if (meaning.status() == 404 && completedMeanwhile(uri)) {
        return answer("TaskAlreadyCompleted", EngineFailure.COMPLETED_MEANWHILE, 409);
      }
      // two claims at once: the loser's update of the task fails its version check
      if (meaning.status() == 409 && uri != null && uri.getPath().endsWith("/claim")) {
        return answer(meaning.type(), EngineFailure.CLAIMED, 409);
      }
      return answer(meaning.type(), meaning.message(), meaning.status());
    }
    // Camunda's start resources wrap a refused start in a 500 "Cannot instantiate ...": the request was bad
    Optional<String> badRequest = badRequestIn(failure);
    if (badRequest.isPresent()) {
      return answer("InvalidRequestException", badRequest.get(), 400);
    }
    if (sentValueUnusable(failure)) {
      return answer("InvalidRequestException", "A value sent with the form could not be stored: check each "
          + "value's type and that it is complete. Nothing was saved.", 400);
    }
    return ExceptionHandlerHelper.getInstance().getResponse(failure);
  }

  private static Optional<String> badRequestIn(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof BadUserRequestException) {
        return Optional.ofNullable(t.getMessage());
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the engine could not turn a submitted value into something it stores: a value type
   * with no serializer, or Camunda's REST layer failing on the request before any engine command
   * ran (a body of {@code null}, a variable without its value).
   */
  private static boolean sentValueUnusable(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ProcessEngineException && String.valueOf(t.getMessage()).startsWith("Cannot find serializer")) {
        return true;
      }
      if ((t instanceof IllegalArgumentException || t instanceof NullPointerException || t instanceof ClassCastException)
          && t.getStackTrace().length > 0 && readingRequest(t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean readingRequest(Throwable t) {
    for (StackTraceElement frame : t.getStackTrace()) {
      if (frame.getClassName().startsWith("org.camunda.bpm.engine.rest.")
          || frame.getClassName().startsWith("org.camunda.bpm.engine.variable.")) {
        return true;
      }
      if (frame.getClassName().startsWith("org.camunda.bpm.engine.impl.interceptor.")) {
        return false; // the engine's own commands: not the request's reading
      }
    }
    return false;
  }

  /** A task that is gone but in the history as finished: someone completed it meanwhile. */
  private static boolean completedMeanwhile(UriInfo uri) {
    Optional<String> taskId = uri == null ? Optional.empty() : taskOf(uri.getPath());
    Optional<ProcessEngine> engine = engineOf(uri);
    if (taskId.isEmpty() || engine.isEmpty()) {
      return false;
    }
    return asEngine(engine.get(), () -> engine.get().getHistoryService().createHistoricTaskInstanceQuery()
        .taskId(taskId.get()).finished().singleResult() != null);
  }

  /** The task a request acts on, from its path on either door. */
  static Optional<String> taskOf(String path) {
    Matcher task = TASK.matcher(path);
    return task.find() ? Optional.of(task.group(1)) : Optional.empty();
  }

  /** The engine a request addresses: named in the webapps' path, else the default one. */
  static Optional<ProcessEngine> engineOf(UriInfo uri) {
    if (uri == null) {
      return Optional.empty();
    }
    Matcher engineName = ENGINE.matcher(uri.getPath());
    return Optional.ofNullable(engineName.find()
        ? ProcessEngines.getProcessEngine(engineName.group(1))
        : ProcessEngines.getDefaultProcessEngine(false));
  }

  /**
   * Asks as the engine (the caller may no longer see what it needs, such as a finished task), then
   * gives the caller's identity back.
   */
  static <T> T asEngine(ProcessEngine engine, Supplier<T> question) {
    IdentityService identity = engine.getIdentityService();
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return question.get();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }

  @Priority(PRIORITY)
  public static final class AnyFailure implements ExceptionMapper<Throwable> {

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(Throwable failure) {
      return EngineRestErrors.toResponse(failure, uri);
    }
  }

  @Priority(PRIORITY)
  public static final class EngineException implements ExceptionMapper<ProcessEngineException> {

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(ProcessEngineException failure) {
      return EngineRestErrors.toResponse(failure, uri);
    }
  }

  @Priority(PRIORITY)
  public static final class RestFailure implements ExceptionMapper<RestException> {

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(RestException failure) {
      // Camunda's own 4xx (a bad request) stay as they are, but a refused form is put in words
      if (failure.getStatus() != null && failure.getStatus().getStatusCode() < 500) {
        return RefusalInWords.of(failure, uri).map(words -> answer("InvalidRequestException", words, 400))
            .orElseGet(() -> ExceptionHandlerHelper.getInstance().getResponse(failure));
      }
      return EngineRestErrors.toResponse(failure, uri);
    }
  }
}
