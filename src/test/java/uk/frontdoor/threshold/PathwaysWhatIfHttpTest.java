package uk.frontdoor.threshold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.frontdoor.support.Http.Reply;
import uk.frontdoor.support.HttpTest;

/** The what-if through HTTP: for service leads only, plain refusals, and the children who would move as CSV. */
class PathwaysWhatIfHttpTest extends HttpTest {

  static final Map<String, String> XML = Map.of("Content-Type", "application/xml");
  // a period no other test closes a contact in
  static final String PERIOD = "?from=2005-06-01&to=2005-06-30";

  @Test
  void serviceLeadsCompareAndOthersAreRefused() throws IOException {
    String dmn = Files.readString(Path.of("processes/pathways-threshold.dmn"), StandardCharsets.UTF_8);

    Reply lead = as("servicelead").post("/api/pathways/what-if" + PERIOD, dmn, XML);
    Reply practitioner = as("practitioner").post("/api/pathways/what-if" + PERIOD, dmn, XML);
    Reply page = as("servicelead").get("/pathways/what-if");
    Reply pageForManager = as("manager").get("/pathways/what-if");

    assertThat(lead.status()).as(lead.toString()).isEqualTo(200);
    assertThat(lead.json().get("children").asInt()).isZero();
    assertThat(lead.json().get("from").asText()).isEqualTo("2005-06-01");
    assertThat(practitioner.status()).isEqualTo(403);
    assertThat(practitioner.body()).contains("for service leads");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("What if the Pathways Document changed?").contains("type=\"file\"");
    assertThat(pageForManager.status()).isEqualTo(403);
  }

  @Test
  void aFileThatIsNotAPathwaysDocumentIsABadRequestSaidPlainly() {
    Reply reply = as("servicelead").post("/api/pathways/what-if" + PERIOD, "<definitions>", XML);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body()).contains("not a Pathways Document");
  }

  @Test
  void theChildrenWhoWouldMoveAsCsv() throws IOException {
    String dmn = Files.readString(Path.of("processes/pathways-threshold.dmn"), StandardCharsets.UTF_8);

    Reply csv = as("servicelead").post("/api/pathways/what-if.csv" + PERIOD, dmn, XML);

    assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
    assertThat(csv.headers().getContentType().toString()).startsWith("text/csv");
    assertThat(csv.body().lines().findFirst()).hasValue("contactReference,closedOn,team,childId,childName,levelBefore,"
        + "levelAfter,pathwayBefore,pathwayAfter,chosenPathway");
  }
}
