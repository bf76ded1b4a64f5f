package uk.frontdoor.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The database out of reach answers 503 with Retry-After on every door, also where the failure
 * comes before any controller: signing in checks the password in the database, in a filter.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseOutageFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException failure) {
      if (response.isCommitted() || !EngineFailure.databaseUnreachable(failure)) {
        throw failure;
      }
      logger.warn("The database is out of reach: answered 503 to " + request.getRequestURI(), failure);
      response.resetBuffer();
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(EngineFailure.RETRY_AFTER_SECONDS));
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      boolean camunda = request.getRequestURI().startsWith("/engine-rest")
          || request.getRequestURI().startsWith("/camunda/");
      response.setContentType(camunda ? MediaType.APPLICATION_JSON_VALUE : MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.getWriter().write(camunda
          ? "{\"type\":\"DatabaseUnavailable\",\"message\":\"" + EngineFailure.UNAVAILABLE + "\",\"code\":null}"
          : "{\"type\":\"about:blank\",\"title\":\"The service is unavailable for a moment\",\"status\":503,"
              + "\"detail\":\"" + EngineFailure.UNAVAILABLE + "\"}");
    }
  }
}
