package uk.frontdoor.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the dip-sample audit, under {@code frontdoor.audit.*}.
 *
 * @param cycle when the timer draws a sample: a Quartz-style cron, by default 07:00 on the 1st of each month
 * @param perManager contacts drawn per team manager whose contacts closed in the period (2)
 * @param stratify whether a draw adds a no-further-action and a consent-refused closure when it has none (true)
 * @param moderationShare the share of audits a second auditor moderates, 0 to 1 (0.2)
 * @param followUpWorkingDays working days the team manager has to record a follow-up (10)
 * @param lookbackMonths a contact audited within this many months is not drawn again (12)
 */
@ConfigurationProperties(prefix = "frontdoor.audit")
record AuditSettings(String cycle, Integer perManager, Boolean stratify, Double moderationShare,
    Integer followUpWorkingDays, Integer lookbackMonths) {

  static final String MONTHLY = "0 0 7 1 * ?";

  AuditSettings {
    cycle = cycle == null || cycle.isBlank() ? MONTHLY : cycle.trim();
    perManager = perManager == null ? 2 : perManager;
    stratify = stratify == null || stratify;
    moderationShare = moderationShare == null ? 0.2 : moderationShare;
    followUpWorkingDays = followUpWorkingDays == null ? 10 : followUpWorkingDays;
    lookbackMonths = lookbackMonths == null ? 12 : lookbackMonths;
    if (perManager < 1) {
      throw new IllegalArgumentException("frontdoor.audit.per-manager must be at least 1");
    }
    if (moderationShare < 0 || moderationShare > 1) {
      throw new IllegalArgumentException("frontdoor.audit.moderation-share must be between 0 and 1");
    }
    if (followUpWorkingDays < 1 || lookbackMonths < 0) {
      throw new IllegalArgumentException("frontdoor.audit.follow-up-working-days must be at least 1 and "
          + "frontdoor.audit.lookback-months not negative");
    }
  }
}
