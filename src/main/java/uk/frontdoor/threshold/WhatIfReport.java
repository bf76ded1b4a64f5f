package uk.frontdoor.threshold;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a changed Pathways Document would have proposed for the children of the contacts closed in a period,
 * beside what the deployed one proposes: the counts, by team, the pathway moves, and each child that moves.
 */
@Schema(name = "WhatIfReport", description = "How the children of the contacts closed in a period would move under "
    + "a changed Pathways Document, beside the deployed one")
public record WhatIfReport(
    @Schema(description = "First day of the period (UK date, inclusive)", example = "2025-12-01") LocalDate from,
    @Schema(description = "Last day of the period (UK date, inclusive)", example = "2026-11-30") LocalDate to,
    @Schema(description = "The team manager the report is limited to, if any", example = "manager") String team,
    @Schema(description = "Children of the contacts closed in the period", example = "412") int children,
    @Schema(description = "Children whose proposed level would go up", example = "9") int levelUp,
    @Schema(description = "Children whose proposed level would go down", example = "3") int levelDown,
    @Schema(description = "Children whose proposed pathway would change", example = "14") int pathwayChanged,
    @Schema(description = "The same counts for each team manager") List<Team> byTeam,
    @Schema(description = "How many children would move from one pathway to another") List<Move> pathwayMoves,
    @Schema(description = "Each child whose proposed level or pathway would move") List<Child> changes) {

  /** One team manager's children (the manager who approved the contact's decision). */
  @Schema(name = "WhatIfTeam", description = "One team manager's children: those whose decision they approved")
  public record Team(
      @Schema(description = "The team manager's user id", example = "manager") String team,
      @Schema(description = "Children of the team's closed contacts", example = "120") int children,
      @Schema(description = "Children whose proposed level would go up", example = "2") int levelUp,
      @Schema(description = "Children whose proposed level would go down", example = "1") int levelDown,
      @Schema(description = "Children whose proposed pathway would change", example = "4") int pathwayChanged) {
  }

  /** How many children the changed table would send from one pathway to another. */
  @Schema(name = "WhatIfMove", description = "Children the changed table would send from one pathway to another")
  public record Move(
      @Schema(description = "The pathway the deployed table proposes", example = "early help") String from,
      @Schema(description = "The pathway the changed table proposes", example = "brief intervention") String to,
      @Schema(description = "How many children", example = "5") int children) {
  }

  /** One child whose proposed level or pathway moves; the chosen pathway is what was decided at the time. */
  @Schema(name = "WhatIfChild", description = "One child whose proposed level or pathway would move")
  public record Child(
      @Schema(description = "The contact's reference", example = "FD-2026-000123") String contactReference,
      @Schema(description = "The day the contact closed (UK date)", example = "2026-03-14") LocalDate closedOn,
      @Schema(description = "The team manager who approved the decision", example = "manager") String team,
      @Schema(description = "The child's id: their record is at /children/{childId}",
          example = "3f2b7c1e-8a4d-4e5f-9b6a-1c2d3e4f5a6b") UUID childId,
      @Schema(description = "The child's name", example = "Amira Khan") String childName,
      @Schema(description = "The level the deployed table proposes", example = "2") int levelBefore,
      @Schema(description = "The level the changed table proposes", example = "3") int levelAfter,
      @Schema(description = "The pathway the deployed table proposes", example = "early help") String pathwayBefore,
      @Schema(description = "The pathway the changed table proposes", example = "brief intervention")
      String pathwayAfter,
      @Schema(description = "The pathway decided at the time", example = "early help") String chosenPathway) {

    boolean changed() {
      return levelBefore != levelAfter || !pathwayBefore.equals(pathwayAfter);
    }
  }
}
