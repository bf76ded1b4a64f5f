package uk.frontdoor.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Both APIs and the child's record pages ask who is calling (HTTP basic against Camunda's users) and then act as that person:
 * the filter sets Camunda's current authentication, so every engine call made for the request,
 * ours included, is checked against that person's authorizations.
 */
@Configuration
class RestAuthentication {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    return basicAuthentication("engine REST API authentication", "/engine-rest/*");
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> frontDoorApiAuthentication() {
    return basicAuthentication("Front Door API authentication", "/api/*");
  }

  /** The child's record pages: the same sign-in, so the same need-to-know checks and access log apply. */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> childRecordPagesAuthentication() {
    return basicAuthentication("Child record pages authentication", "/children/*", WebappSessionOrBasic.class);
  }

  /** The measures page for managers and service leads is not under /api, so it asks too. */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> measuresPageAuthentication() {
    return basicAuthentication("Measures page authentication", "/measures", WebappSessionOrBasic.class);
  }

  /** The Pathways what-if page for service leads, likewise. */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> whatIfPageAuthentication() {
    return basicAuthentication("Pathways what-if page authentication", "/pathways/*");
  }

  private static FilterRegistrationBean<ProcessEngineAuthenticationFilter> basicAuthentication(String name,
      String urlPattern) {
    return basicAuthentication(name, urlPattern, HttpBasicAuthenticationProvider.class);
  }

  /** The pages opened from Tasklist also accept the webapps' sign-in of the same browser. */
  private static FilterRegistrationBean<ProcessEngineAuthenticationFilter> basicAuthentication(String name,
      String urlPattern, Class<? extends HttpBasicAuthenticationProvider> provider) {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName(name);
    registration.addUrlPatterns(urlPattern);
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        provider.getName());
    return registration;
  }
}
