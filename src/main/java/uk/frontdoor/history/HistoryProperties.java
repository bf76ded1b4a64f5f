package uk.frontdoor.history;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the history check, under {@code frontdoor.history.*}.
 *
 * @param reReferralWindow how far back a previous referral makes this contact a re-referral; the
 *     children in need census uses 12 months
 */
@ConfigurationProperties(prefix = "frontdoor.history")
record HistoryProperties(@DefaultValue("P12M") Period reReferralWindow) {

  HistoryProperties {
    if (reReferralWindow.isNegative() || reReferralWindow.isZero()) {
      throw new IllegalArgumentException(
          "frontdoor.history.re-referral-window must be a positive period, e.g. P12M: " + reReferralWindow);
    }
  }
}
