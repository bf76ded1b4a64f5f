package uk.frontdoor.clock;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/** Reads the bank holiday file at start-up and refuses to start without a trustworthy one. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WorkingCalendarProperties.class)
class ClockConfiguration {

  private static final Logger log = LoggerFactory.getLogger(ClockConfiguration.class);

  @Bean
  BankHolidays bankHolidays(WorkingCalendarProperties properties, ResourceLoader resourceLoader) {
    String location = properties.bankHolidays();
    Resource resource = resourceLoader.getResource(location);
    if (!resource.exists()) {
      throw new IllegalStateException("Bank holiday file not found at '" + location
          + "' (set by frontdoor.clock.bank-holidays). Deadlines cannot be worked out without it.");
    }
    BankHolidays holidays;
    try (InputStream in = resource.getInputStream()) {
      holidays = BankHolidays.parse(in, location);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read bank holiday file '" + location + "'", e);
    }
    warnIfRunningOut(holidays, LocalDate.now(Clock.system(properties.zone())), location);
    return holidays;
  }

  @Bean
  WorkingCalendar workingCalendar(BankHolidays bankHolidays, WorkingCalendarProperties properties) {
    return new WorkingCalendar(bankHolidays, properties.zone(), properties.dayStart(),
        properties.dayEnd());
  }

  @Bean
  DecisionClock decisionClock(WorkingCalendar workingCalendar,
      WorkingCalendarProperties properties) {
    return new DecisionClock(workingCalendar, properties);
  }

  /** A 45-working-day assessment started in December ends next year, so warn a year ahead. */
  static boolean warnIfRunningOut(BankHolidays holidays, LocalDate today, String location) {
    if (holidays.lastYear() > today.getYear()) {
      return false;
    }
    log.warn("Bank holiday file '{}' lists dates only up to {}; add {} and later years or "
        + "deadlines after {} will count bank holidays as working days.",
        location, holidays.lastYear(), holidays.lastYear() + 1, holidays.lastYear());
    return true;
  }
}
