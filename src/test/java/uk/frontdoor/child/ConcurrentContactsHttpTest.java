package uk.frontdoor.child;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.frontdoor.support.Contacts;
import uk.frontdoor.support.Http.Reply;
import uk.frontdoor.support.HttpTest;

/**
 * Contacts about one new household or one new child, sent at the same moment: the database
 * decides which insert wins, and every contact is recorded against the one record.
 */
class ConcurrentContactsHttpTest extends HttpTest {

  /** Sends the contacts all at once, each from its own thread, and returns the answers. */
  private List<Reply> atOnce(int count, IntFunction<ObjectNode> contact) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(count);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<CompletableFuture<Reply>> sent = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        ObjectNode body = contact.apply(i);
        sent.add(CompletableFuture.supplyAsync(() -> {
          try {
            start.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return as("practitioner").post("/api/contacts", body, Map.of());
        }, threads));
      }
      start.countDown();
      List<Reply> replies = new ArrayList<>();
      for (CompletableFuture<Reply> reply : sent) {
        replies.add(reply.get());
      }
      return replies;
    } finally {
      threads.shutdown();
    }
  }

  private static Set<String> distinct(List<Reply> replies, String field) {
    replies.forEach(reply -> assertThat(reply.status()).as(reply.toString()).isEqualTo(201));
    return replies.stream().map(reply -> field.equals("childId")
        ? reply.json().get("children").get(0).get("childId").asText()
        : reply.json().get(field).asText()).collect(Collectors.toSet());
  }

  @Test
  void fiftyContactsAtOnceAtOneNewAddressMakeOneHousehold() throws Exception {
    ObjectNode address = Contacts.address(Contacts.uniqueHouseNumber() + " Mill Lane", "EX2 4CD");
    Counts before = counts();

    List<Reply> replies = atOnce(50, i -> Contacts.validAt(address.deepCopy(),
        Contacts.child(Contacts.uniqueName("Ava"), Contacts.uniqueName("Hall"), LocalDate.now().minusYears(5))));

    Set<String> households = distinct(replies, "householdId");
    assertThat(households).hasSize(1);
    assertThat(counts().households()).isEqualTo(before.households() + 1);
    assertThat(jdbc.sql("select count(*) from contact where household_id = ?")
        .param(UUID.fromString(households.iterator().next())).query(Long.class).single()).isEqualTo(50);
    assertThat(counts().contacts()).isEqualTo(before.contacts() + 50);
  }

  @Test
  void tenContactsAtOnceAboutOneNewChildMakeOneChildRecord() throws Exception {
    String firstName = Contacts.uniqueName("Isla");
    LocalDate born = LocalDate.now().minusYears(6);
    ObjectNode address = Contacts.address(Contacts.uniqueHouseNumber() + " Mill Lane", "EX2 4CD");
    Counts before = counts();

    List<Reply> replies = atOnce(10, i -> Contacts.validAt(address.deepCopy(), Contacts.child(firstName, "Reid", born)));

    Set<String> children = distinct(replies, "childId");
    assertThat(children).hasSize(1);
    assertThat(counts().children()).isEqualTo(before.children() + 1);
    assertThat(jdbc.sql("select count(*) from contact_child where child_id = ?")
        .param(UUID.fromString(children.iterator().next())).query(Long.class).single()).isEqualTo(10);
  }

  @Test
  void tenContactsAtOnceWithOneNewIdentifierMakeOneChildRecord() throws Exception {
    String identifier = "NHS-" + Contacts.uniqueHouseNumber();

    List<Reply> replies = atOnce(10, i -> {
      ObjectNode child = Contacts.child(Contacts.uniqueName("Finn"), "Ward", LocalDate.now().minusYears(8));
      child.put("identifier", identifier);
      return Contacts.valid(child);
    });

    assertThat(distinct(replies, "childId")).hasSize(1);
    assertThat(jdbc.sql("select count(*) from child where identifier = ?").param(identifier).query(Long.class)
        .single()).isOne();
  }
}
