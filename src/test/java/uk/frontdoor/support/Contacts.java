package uk.frontdoor.support;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Valid contacts to send, each about a child and an address no other test uses, so tests sharing
 * one database never match each other's children or households by accident.
 */
public final class Contacts {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Contacts() {
  }

  /** A name nobody else in the test database has: letters only. */
  public static String uniqueName(String stem) {
    StringBuilder name = new StringBuilder(stem);
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; i < 8; i++) {
      name.append((char) ('a' + random.nextInt(26)));
    }
    return name.toString();
  }

  /** A house number nobody else in the test database has. */
  public static int uniqueHouseNumber() {
    return ThreadLocalRandom.current().nextInt(1, 1_000_000_000);
  }

  public static ObjectNode child(String firstName, String lastName, LocalDate dateOfBirth) {
    ObjectNode child = NODES.objectNode();
    child.put("firstName", firstName);
    child.put("lastName", lastName);
    child.put("dateOfBirth", dateOfBirth.toString());
    return child;
  }

  public static ObjectNode address(String line1, String postcode) {
    ObjectNode address = NODES.objectNode();
    address.put("line1", line1);
    address.put("town", "Exampletown");
    address.put("postcode", postcode);
    return address;
  }

  /** A police contact about one new child at a new address. */
  public static ObjectNode valid() {
    return valid(child(uniqueName("Amira"), uniqueName("Khan"), LocalDate.now().minusYears(7)));
  }

  public static ObjectNode valid(ObjectNode... children) {
    return validAt(address(uniqueHouseNumber() + " Station Road", "EX1 2AB"), children);
  }

  public static ObjectNode validAt(ObjectNode address, ObjectNode... children) {
    ObjectNode contact = NODES.objectNode();
    contact.put("source", "police");
    ObjectNode referrer = contact.putObject("referrer");
    referrer.put("name", "PC Dana Cole");
    referrer.put("organisation", "Example Constabulary");
    referrer.put("telephone", "01234 567890");
    contact.set("address", address);
    ArrayNode list = contact.putArray("children");
    for (ObjectNode child : children) {
      list.add(child);
    }
    contact.put("concerns", "Neighbours heard shouting and a child crying late at night.");
    contact.putArray("concernTypes").add("domestic-abuse");
    contact.put("referrerConsent", "family-not-aware");
    return contact;
  }
}
