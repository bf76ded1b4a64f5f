package uk.frontdoor.journey;

/**
 * Everything the code knows about the {@code child-journey} model: its key, the element ids it
 * refers to and the process variables it reads and writes. Nothing else spells these names.
 */
public final class ChildJourneyProcess {

  public static final String KEY = "child-journey";
  public static final String RESOURCE = "child-journey.bpmn";

  /** Variables: the process keeps only ids and the values its gateways route on. */
  public static final class Var {
    public static final String CONTACT_ID = "contactId";
    public static final String CONTACT_REFERENCE = "contactReference";

    private Var() {
    }
  }

  /** Element ids of the model. */
  public static final class Element {
    public static final String START = "StartEvent_ContactReceived";
    public static final String SCREEN_CONTACT = "Task_ScreenContact";
    public static final String END_SCREENED = "EndEvent_ContactScreened";

    private Element() {
    }
  }

  private ChildJourneyProcess() {
  }
}
