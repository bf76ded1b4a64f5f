package uk.frontdoor.benchmark;

import java.util.Map;

/** What differs between the two sides for the one driver: how a journey starts, who does each task, with what. */
interface Shape {

  /** Intake: a new journey, up to its first task. */
  Started start(Side side);

  /** The user who works a task offered to this candidate group. */
  String userFor(String candidateGroup);

  /** What the task's form submits, from what the form showed. */
  Map<String, Object> payload(String taskDefinitionKey, Map<String, Object> shown);

  /** Fails unless the closed journey left the records a real one leaves. */
  void verify(Side side, Started journey);

  /** Who reads the practitioners' queue and their team's Tasklist filter. */
  String practitioner();

  /** The id of the "My team's tasks" filter as the practitioner sees it. */
  String teamFilter(Side side);

  record Started(String processInstanceId, String contactId) {
  }
}
