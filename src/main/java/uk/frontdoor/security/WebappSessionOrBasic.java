package uk.frontdoor.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Who is calling a page opened from Tasklist: the person signed in to Camunda's webapps in this
 * browser session, else HTTP basic. A child's record linked from a Tasklist form then opens
 * without a second sign-in; the person is the same, so the same need-to-know rules and access log
 * apply.
 */
public class WebappSessionOrBasic extends HttpBasicAuthenticationProvider {

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      Authentications signedIn = AuthenticationUtil.getAuthsFromSession(session);
      if (signedIn != null
          && signedIn.getAuthenticationForProcessEngine(engine.getName()) instanceof UserAuthentication user) {
        AuthenticationResult result = AuthenticationResult.successful(user.getIdentityId());
        result.setGroups(user.getGroupIds());
        result.setTenants(user.getTenantIds());
        return result;
      }
    }
    return super.extractAuthenticatedUser(request, engine);
  }
}
