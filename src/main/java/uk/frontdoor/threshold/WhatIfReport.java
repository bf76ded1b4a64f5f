package uk.frontdoor.threshold;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a changed Pathways Document would have proposed for the children of the contacts closed in a period,
 * beside what the deployed one proposes: the counts, by team, the pathway moves, and each child that moves.
 */
public record WhatIfReport(LocalDate from, LocalDate to, String team, int children, int levelUp, int levelDown,
    int pathwayChanged, List<Team> byTeam, List<Move> pathwayMoves, List<Child> changes) {

  /** One team manager's children (the manager who approved the contact's decision). */
  public record Team(String team, int children, int levelUp, int levelDown, int pathwayChanged) {
  }

  /** How many children the changed table would send from one pathway to another. */
  public record Move(String from, String to, int children) {
  }

  /** One child whose proposed level or pathway moves; the chosen pathway is what was decided at the time. */
  public record Child(String contactReference, LocalDate closedOn, String team, UUID childId, String childName,
      int levelBefore, int levelAfter, String pathwayBefore, String pathwayAfter, String chosenPathway) {

    boolean changed() {
      return levelBefore != levelAfter || !pathwayBefore.equals(pathwayAfter);
    }
  }
}
