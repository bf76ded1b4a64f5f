package uk.frontdoor.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Why an administrator intervenes in a journey, as the request says it: the
 * {@value #HEADER} header on Camunda's REST API and on the webapps' API (what Cockpit calls).
 * Held for the request's thread, where the engine command runs.
 */
@Configuration
class InterventionReason {

  static final String HEADER = "X-Front-Door-Reason";

  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  /** The reason the current request gives, or null. */
  static String current() {
    return CURRENT.get();
  }

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> interventionReasonFilter() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        String reason = request.getHeader(HEADER);
        CURRENT.set(reason == null || reason.isBlank() ? null : reason.trim());
        try {
          chain.doFilter(request, response);
        } finally {
          CURRENT.remove();
        }
      }
    });
    registration.setName("intervention reason");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    return registration;
  }
}
