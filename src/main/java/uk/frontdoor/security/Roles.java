package uk.frontdoor.security;

import java.util.List;

/** The Camunda groups people are put in; the models name them as candidate groups. */
public final class Roles {

  public static final String CRS_PRACTITIONERS = "crs-practitioners";
  public static final String CRS_MANAGERS = "crs-managers";
  public static final String MASH_POLICE = "mash-police";
  public static final String MASH_HEALTH = "mash-health";
  public static final String MASH_EDUCATION = "mash-education";
  public static final String MASH_PROBATION = "mash-probation";
  public static final String MASH_HOUSING = "mash-housing";
  public static final String BRIEF_INTERVENTION_TEAM = "brief-intervention-team";
  public static final String ASSESSMENT_TEAM = "assessment-team";
  public static final String SERVICE_LEADS = "service-leads";
  public static final String AUDITORS = "auditors";
  /** Camunda's own administrators' group: the Admin webapp recognises it. */
  public static final String ADMINS = "camunda-admin";
  /** The council's IT team: metrics and health details, no case data. */
  public static final String OPERATIONS = "operations";

  /** Every group of the service: a model's candidate group must be one of them. */
  public static final List<String> ALL = List.of(CRS_PRACTITIONERS, CRS_MANAGERS, MASH_POLICE, MASH_HEALTH,
      MASH_EDUCATION, MASH_PROBATION, MASH_HOUSING, BRIEF_INTERVENTION_TEAM, ASSESSMENT_TEAM, SERVICE_LEADS, AUDITORS,
      ADMINS);

  /** Who may read every contact and child's whole record; others see only what their part needs. */
  public static final List<String> WHOLE_RECORD = List.of(CRS_PRACTITIONERS, CRS_MANAGERS, AUDITORS,
      SERVICE_LEADS, ADMINS);

  private Roles() {
  }
}
