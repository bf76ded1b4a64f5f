package uk.frontdoor.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The actuator is for the council's IT team: metrics and health details only to a Camunda user in
 * {@link Roles#OPERATIONS} or {@link Roles#ADMINS} (HTTP basic, as the APIs). The orchestrator's
 * probes and the overall status stay open: they say UP or DOWN and nothing else.
 *
 * <p>An operator is passed on as the request's principal in the role {@link Roles#OPERATIONS}, which
 * is how Spring Boot's health endpoint decides to show details ({@code show-details: when-authorized}).
 */
@Configuration
class OperatorAccess {

  static final Set<String> PROBES = Set.of("/actuator/health", "/actuator/health/liveness",
      "/actuator/health/readiness");

  @Bean
  FilterRegistrationBean<OperatorFilter> operatorAuthentication(ProcessEngine engine, ObjectMapper json) {
    FilterRegistrationBean<OperatorFilter> registration = new FilterRegistrationBean<>(new OperatorFilter(engine, json));
    registration.setName("Operations endpoints authentication");
    registration.addUrlPatterns("/actuator/*");
    return registration;
  }

  static final class OperatorFilter extends OncePerRequestFilter {

    private final ProcessEngine engine;
    private final ObjectMapper json;
    private final HttpBasicAuthenticationProvider basic = new HttpBasicAuthenticationProvider();

    OperatorFilter(ProcessEngine engine, ObjectMapper json) {
      this.engine = engine;
      this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      boolean signedIn = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
      AuthenticationResult result = signedIn ? basic.extractAuthenticatedUser(request, engine) : null;
      String user = result != null && result.isAuthenticated() ? result.getAuthenticatedUser() : null;
      if (user != null && isOperator(user)) {
        chain.doFilter(new Operator(request, user), response);
      } else if (PROBES.contains(path)) {
        chain.doFilter(request, response);
      } else if (user == null) {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Front Door operations\"");
        refuse(response, HttpStatus.UNAUTHORIZED, "Sign in to see this",
            "Metrics and health details are for the IT operations team: sign in with your Camunda user.");
      } else {
        refuse(response, HttpStatus.FORBIDDEN, "You are not allowed to see this",
            "Metrics and health details are for the IT operations team and administrators.");
      }
    }

    private boolean isOperator(String user) {
      return engine.getIdentityService().createGroupQuery().groupMember(user)
          .groupIdIn(Roles.OPERATIONS, Roles.ADMINS).count() > 0;
    }

    private void refuse(HttpServletResponse response, HttpStatus status, String title, String detail)
        throws IOException {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
      problem.setTitle(title);
      response.setStatus(status.value());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      json.writeValue(response.getOutputStream(), problem);
    }
  }

  /** The signed-in operator, as the actuator asks for them. */
  private static final class Operator extends HttpServletRequestWrapper {

    private final Principal principal;

    Operator(HttpServletRequest request, String user) {
      super(request);
      this.principal = () -> user;
    }

    @Override
    public Principal getUserPrincipal() {
      return principal;
    }

    @Override
    public String getRemoteUser() {
      return principal.getName();
    }

    @Override
    public boolean isUserInRole(String role) {
      return Roles.OPERATIONS.equals(role);
    }
  }
}
