package uk.frontdoor.contact;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.frontdoor.clock.UkDates;
import uk.frontdoor.journey.ChildJourneyProcess;
import uk.frontdoor.journey.FormText;
import uk.frontdoor.record.Words;

/**
 * Puts the contact in view on each task of the front door when it is created: when and how it came,
 * who told us and how to reach them, the kinds of concern and the referrer's words, the address,
 * and what the referrer said about consent, read from the service's tables into a task variable
 * ({@code contactInView}) that the forms show. A partner agency's check gets none of it: an agency
 * sees the child's identity and its own check only.
 */
@Component
public class ContactInView implements TaskListener {

  public static final String VARIABLE = "contactInView";
  private static final UkDates DATES = new UkDates();

  private final JdbcClient jdbc;

  ContactInView(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!(task.getVariable(ChildJourneyProcess.Var.CONTACT_ID) instanceof String contactId)
        || task.getVariable(ChildJourneyProcess.Var.AGENCY) != null) {
      return;
    }
    text(UUID.fromString(contactId)).ifPresent(text -> task.setVariableLocal(VARIABLE, text));
  }

  java.util.Optional<String> text(UUID contactId) {
    return jdbc.sql("""
            select c.received_at, c.source, c.referrer_name, c.referrer_organisation, c.referrer_relationship,
                   c.referrer_telephone, c.referrer_email, c.concern_types, c.concerns, c.referrer_consent,
                   c.referrer_consent_detail, h.address_line1, h.address_line2, h.town, h.postcode
            from contact c left join household h on h.id = c.household_id where c.id = ?""")
        .param(contactId)
        .query((rs, n) -> {
          List<String> lines = new ArrayList<>();
          boolean anonymous = ContactVocabulary.ANONYMOUS.equals(rs.getString(2));
          lines.add("Received " + DATES.time(rs.getObject(1, OffsetDateTime.class)) + ", "
              + (anonymous ? "from someone who did not give their name." : "from " + Words.inSentence(Words.plain(rs.getString(2)))
              + ": " + joined(", ", rs.getString(3), rs.getString(4), rs.getString(5)) + "."));
          String reach = joined(", ", labelled("telephone ", rs.getString(6)), labelled("email ", rs.getString(7)));
          if (!anonymous && !reach.isEmpty()) {
            lines.add("To reach them: " + reach + ".");
          }
          String types = rs.getString(8);
          if (types != null && !types.isBlank()) {
            lines.add("Kinds of concern: " + Arrays.stream(types.split(",")).map(String::trim).map(Words::plain)
                .collect(Collectors.joining(", ")) + ".");
          }
          lines.add("Address: " + joined(", ", rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15))
              + ".");
          lines.add("About consent, the referrer said: " + Words.clause(joined(": ", Words.inSentence(Words.plain(rs.getString(10))),
              rs.getString(11))) + ".");
          String head = String.join("\n", lines) + "\nWhat the referrer told us: ";
          return head + FormText.shortened(rs.getString(9), FormText.MAX_LENGTH - head.length(),
              "… (the rest on the child's record)");
        })
        .optional();
  }

  private static String labelled(String label, String value) {
    return value == null || value.isBlank() ? null : label + value;
  }

  private static String joined(String separator, String... parts) {
    return Stream.of(parts).filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(separator));
  }
}
