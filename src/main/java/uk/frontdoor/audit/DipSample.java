package uk.frontdoor.audit;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The sample's audits for the model's multi-instance: {@code ${dipSample.auditIds(sampleId)}}. */
@Component("dipSample")
public class DipSample {

  private final AuditStore store;

  DipSample(AuditStore store) {
    this.store = store;
  }

  /** One audit id per sampled contact, in the order drawn. */
  public List<String> auditIds(String sampleId) {
    return store.auditIds(UUID.fromString(sampleId));
  }
}
