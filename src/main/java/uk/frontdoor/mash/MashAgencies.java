package uk.frontdoor.mash;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.frontdoor.mash.MashProperties.Agency;

/**
 * The configured partner agencies, as the model reads them:
 * {@code ${mashAgencies.partnerAgencies()}} for the parallel checks,
 * {@code ${mashAgencies.group(agency)}} for each check's queue and
 * {@code ${mashAgencies.name(agency)}} for its task name.
 */
@Component("mashAgencies")
public class MashAgencies {

  private final List<Agency> agencies;
  private final Map<String, Agency> byCode;

  MashAgencies(MashProperties properties) {
    this.agencies = properties.agencies();
    this.byCode = agencies.stream().collect(Collectors.toUnmodifiableMap(Agency::code, Function.identity()));
  }

  /** The agency codes, in configured order. */
  public List<String> partnerAgencies() {
    return agencies.stream().map(Agency::code).toList();
  }

  /** The candidate group of the agency's check, e.g. mash-police. */
  public String group(String agency) {
    return agency(agency).group();
  }

  /** The agency's name as it reads in a sentence, e.g. "school and education". */
  public String name(String agency) {
    return agency(agency).name();
  }

  private Agency agency(String code) {
    Agency agency = byCode.get(code);
    if (agency == null) {
      throw new IllegalArgumentException("'" + code + "' is not a configured partner agency (frontdoor.mash.agencies): "
          + String.join(", ", partnerAgencies()));
    }
    return agency;
  }
}
