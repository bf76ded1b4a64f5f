package uk.frontdoor.audit;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import java.util.List;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import uk.frontdoor.security.GroupGrants;
import uk.frontdoor.security.Roles;

/**
 * Service leads and team managers start a dip sample from Tasklist; auditors and managers follow
 * audits in Cockpit. Audit tasks themselves are granted by their candidate groups and assignee.
 */
@Component
class AuditAuthorizations implements InitializingBean {

  static final String PROCESS_KEY = "dip-sample-audit";

  private final GroupGrants grants;

  AuditAuthorizations(GroupGrants grants) {
    this.grants = grants;
  }

  @Override
  public void afterPropertiesSet() {
    for (String group : List.of(Roles.SERVICE_LEADS, Roles.CRS_MANAGERS)) {
      grants.grant(group, Resources.PROCESS_DEFINITION, PROCESS_KEY, Permissions.CREATE_INSTANCE,
          Permissions.READ_INSTANCE, Permissions.READ_HISTORY, Permissions.READ_TASK);
      grants.grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
    }
    grants.grant(Roles.AUDITORS, Resources.PROCESS_DEFINITION, PROCESS_KEY, Permissions.READ_INSTANCE,
        Permissions.READ_HISTORY, Permissions.READ_TASK);
  }
}
