package uk.frontdoor.outcome;

import java.util.List;

/** The follow-on tasks' form fields and the kinds of follow_on row they write. */
final class FollowOn {

  static final String REFERRER_TOLD = "referrer-told";
  static final String STRATEGY_DISCUSSION = "strategy-discussion";
  static final String BRIEF_INTERVENTION = "brief-intervention";

  static final String REFERRER_TOLD_HOW = "referrerToldHow";
  static final String REFERRER_TOLD_NOTE = "referrerToldNote";
  static final List<String> TOLD_HOW = List.of("telephone", "email", "letter");

  static final String STRATEGY_OUTCOME = "strategyOutcome";
  static final String STRATEGY_PARTICIPANTS = "strategyParticipants";
  static final String STRATEGY_NOTE = "strategyNote";
  static final List<String> STRATEGY_OUTCOMES = List.of("section-47-enquiries", "children-and-families-assessment",
      "no-further-statutory-action");

  static final String ALLOCATED_TO = "allocatedTo";

  static final String FAMILY_ACCEPTED = "familyAccepted";
  static final String BRIEF_INTERVENTION_NOTE = "briefInterventionNote";

  /** Display variables the follow-on tasks' start listeners set. */
  static final String CHILD_NAME = "childName";
  /** Why the child is on a follow-on step, as the manager signed it. */
  static final String SIGNED_REASON = "signedReason";
  static final String OUTCOME_SUMMARY = "outcomeSummary";

  private FollowOn() {
  }
}
