package uk.frontdoor.oversight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import uk.frontdoor.validation.Problems;
import uk.frontdoor.validation.Text;
import uk.frontdoor.validation.TextCheck;

/**
 * Reads and checks the proforma's sections: one per child of the contact (each child exactly
 * once), the rationale, and the next steps with an owner and a timescale. The same rules hold
 * for the Tasklist form, a REST completion and a correction.
 */
final class Proforma {

  /** Form fields: the dynamic lists and their items' keys. */
  static final String CHILDREN = "children";
  /** Tasklist's sign-off form has fixed next steps, step1..; a correction sends the list. */
  static final int STEP_SLOTS = 3;
  static final String RATIONALE = "rationale";
  static final String NEXT_STEPS = "nextSteps";
  static final String CHILD_ID = "childId";
  static final String CHILD_NAME = "childName";
  static final String PROPOSED_LEVEL = "proposedLevel";
  static final String PATHWAY = "pathway";
  static final String LEVEL = "level";
  static final String LEVEL_CHANGE_REASON = "levelChangeReason";
  static final String INDICATORS = "indicators";
  static final String RISKS = "risks";
  static final String STRENGTHS = "strengths";
  static final String ANALYSIS = "analysis";
  static final String CHILDS_VOICE = "childsVoice";
  static final String ACTION = "action";
  static final String OWNER = "owner";
  static final String TIMESCALE = "timescale";
  static final List<Integer> LEVELS = List.of(1, 2, 3, 4);

  /** A child the manager must write about, as the threshold decision left them. */
  record ChildToSign(UUID childId, String name, Integer proposedLevel, String indicators, String pathway) {
  }

  /** One child's section; who wrote it is known once it is saved (null while it is being checked). */
  record ChildSection(ChildToSign child, int level, String levelChangeReason, String indicators, String risks,
      String strengths, String analysis, String childsVoice, Writer writer) {

    ChildSection by(Writer writer) {
      return new ChildSection(child, level, levelChangeReason, indicators, risks, strengths, analysis, childsVoice,
          writer);
    }
  }

  /** The manager who wrote a section, by user id and full name, and when. */
  record Writer(String userId, String name, java.time.OffsetDateTime at) {
  }

  record NextStep(String action, String owner, String timescale) {
  }

  record Content(List<ChildSection> children, String rationale, List<NextStep> nextSteps) {
  }

  private final QualityRules rules;
  private final TextCheck language;
  private final Problems problems;

  Proforma(QualityRules rules, TextCheck language, Problems problems) {
    this.rules = rules;
    this.problems = problems;
    this.language = language;
  }

  /** Checks everything, adding every problem found; returns what was read (valid only if no problems). */
  Content read(Object childrenValue, Object rationaleValue, Object nextStepsValue, List<ChildToSign> expected,
      List<SignedDecision> decisions) {
    List<ChildSection> children = children(list(CHILDREN, childrenValue, "write a section for each child"),
        expected);
    Content signOff = signOff(rationaleValue, nextStepsValue, decisions);
    return new Content(children, signOff.rationale(), signOff.nextSteps());
  }

  /** The sign-off for the whole contact: the rationale naming each decision, and the next steps. */
  Content signOff(Object rationaleValue, Object nextStepsValue, List<SignedDecision> decisions) {
    String rationale = rationaleValue instanceof String text ? text.trim() : null;
    if (rationaleValue != null && !(rationaleValue instanceof String)) {
      problems.add(RATIONALE, "should be text");
    } else if (rules.rationale(problems, RATIONALE, rationale, decisions)) {
      language.check(problems, RATIONALE, rationale);
    }
    List<NextStep> nextSteps = nextSteps(list(NEXT_STEPS, nextStepsValue,
        "write the next steps, each with who does it and by when"));
    return new Content(List.of(), rationale, nextSteps);
  }

  /** One child's section as its own oversight step submits it: problems name the form's fields. */
  ChildSection child(SpinJsonNode entry, ChildToSign child) {
    return section(entry, "", child);
  }

  private List<ChildSection> children(List<SpinJsonNode> entries, List<ChildToSign> expected) {
    Map<String, ChildToSign> byId = new HashMap<>();
    expected.forEach(child -> byId.put(child.childId().toString(), child));
    Set<String> seen = new HashSet<>();
    List<ChildSection> sections = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      SpinJsonNode entry = entries.get(i);
      String at = CHILDREN + "[" + i + "].";
      String childId = string(entry, CHILD_ID);
      ChildToSign child = childId == null ? null : byId.get(childId);
      if (child == null) {
        problems.add(at + CHILD_ID, "is not a child of this contact: remove this section");
        continue;
      }
      if (!seen.add(childId)) {
        problems.add(at + CHILD_ID, child.name() + " has more than one section: keep one");
        continue;
      }
      sections.add(section(entry, at, child));
    }
    for (ChildToSign child : expected) {
      if (!seen.contains(child.childId().toString())) {
        problems.add(CHILDREN, "write a section for " + child.name()
            + ": each child of the contact has their own, siblings are not written about together");
      }
    }
    return sections;
  }

  private ChildSection section(SpinJsonNode entry, String at, ChildToSign child) {
    String name = child.name();
    Integer level = level(entry, at, name);
    String levelChangeReason = string(entry, LEVEL_CHANGE_REASON);
    if (level != null && child.proposedLevel() != null && !level.equals(child.proposedLevel())) {
      text(at + LEVEL_CHANGE_REASON, levelChangeReason, false, "write why you changed " + name
          + "'s level from " + child.proposedLevel() + " to " + level);
    } else {
      levelChangeReason = null;
    }
    String indicators = text(at + INDICATORS, string(entry, INDICATORS), false,
        "write the indicators behind " + name + "'s level");
    String risks = text(at + RISKS, string(entry, RISKS), false,
        "write the risks to " + name + ": what could harm them and how likely it is");
    String strengths = text(at + STRENGTHS, string(entry, STRENGTHS), false,
        "write the strengths around " + name + ": who and what keeps them safe and well");
    String analysis = text(at + ANALYSIS, string(entry, ANALYSIS), true,
        "write your analysis: what the risks and strengths mean for " + name);
    String childsVoice = text(at + CHILDS_VOICE, string(entry, CHILDS_VOICE), false,
        "write what " + name + " said or what their day is like, or why it is not known yet");
    return new ChildSection(child, level == null ? 0 : level, levelChangeReason, indicators, risks, strengths,
        analysis, childsVoice, null);
  }

  private Integer level(SpinJsonNode entry, String at, String name) {
    String value = string(entry, LEVEL);
    if (value == null && entry.hasProp(LEVEL) && entry.prop(LEVEL).isNumber()) {
      value = String.valueOf(entry.prop(LEVEL).numberValue().intValue());
    }
    if (value == null) {
      problems.add(at + LEVEL, "choose " + name + "'s threshold level (1 to 4)");
      return null;
    }
    try {
      int level = Integer.parseInt(value.trim());
      if (LEVELS.contains(level)) {
        return level;
      }
    } catch (NumberFormatException notANumber) {
      // reported below
    }
    problems.add(at + LEVEL, "choose " + name + "'s threshold level: 1, 2, 3 or 4");
    return null;
  }

  private List<NextStep> nextSteps(List<SpinJsonNode> entries) {
    List<NextStep> steps = new ArrayList<>();
    if (entries.isEmpty() && problems.list().stream().noneMatch(p -> p.field().equals(NEXT_STEPS))) {
      problems.add(NEXT_STEPS, "write at least one next step, with who does it and by when");
    }
    for (int i = 0; i < entries.size(); i++) {
      SpinJsonNode entry = entries.get(i);
      String at = NEXT_STEPS + "[" + i + "].";
      String action = text(at + ACTION, string(entry, ACTION), false, "write what happens next for the child");
      String owner = short_(at + OWNER, string(entry, OWNER), "write who does this step (a name or a team)");
      String timescale = short_(at + TIMESCALE, string(entry, TIMESCALE),
          "write by when this step is done (for example: within 5 working days)");
      steps.add(new NextStep(action, owner, timescale));
    }
    return steps;
  }

  private String text(String field, String text, boolean analysis, String whatToWrite) {
    boolean good = analysis ? rules.analysis(problems, field, text, whatToWrite)
        : rules.other(problems, field, text, whatToWrite);
    if (good) {
      language.check(problems, field, text);
    }
    return text;
  }

  private String short_(String field, String text, String whatToWrite) {
    if (rules.section(problems, field, text, 2, whatToWrite)) {
      language.check(problems, field, text);
    }
    return text;
  }

  private List<SpinJsonNode> list(String field, Object value, String messageWhenMissing) {
    List<SpinJsonNode> entries = new ArrayList<>();
    SpinJsonNode json;
    try {
      json = json(value);
    } catch (RuntimeException notJson) {
      problems.add(field, "should be a list of sections");
      return entries;
    }
    if (json == null || (json.isArray() && json.elements().isEmpty())) {
      problems.add(field, messageWhenMissing);
      return entries;
    }
    if (!json.isArray()) {
      problems.add(field, "should be a list of sections");
      return entries;
    }
    for (SpinJsonNode element : json.elements()) {
      if (element.isObject()) {
        entries.add(element);
      } else {
        problems.add(field, "each entry should be a section with its fields");
      }
    }
    return entries;
  }

  static String stepSlot(int slot) {
    return "step" + slot;
  }

  /** The form's fixed sections that hold anything, in order (Tasklist leaves out a section it hides). */
  static SpinJsonNode slots(IntFunction<Object> slot, int slots) {
    SpinJsonNode entries = Spin.JSON("[]");
    for (int n = 1; n <= slots; n++) {
      Object value = slot.apply(n);
      SpinJsonNode entry = value == null ? null : json(value);
      if (entry != null && entry.isObject() && hasText(entry)) {
        entries.append(entry);
      }
    }
    return entries.elements().isEmpty() ? null : entries;
  }

  private static boolean hasText(SpinJsonNode entry) {
    return entry.fieldNames().stream().anyMatch(name -> {
      SpinJsonNode value = entry.prop(name);
      return value != null && value.isString() && !Text.isEmpty(value.stringValue());
    });
  }

  /** A list or section as submitted: Json (Spin), JSON text, or Java lists and maps. */
  static SpinJsonNode json(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof SpinJsonNode node) {
      return node;
    }
    if (value instanceof String text) {
      return text.isBlank() ? null : Spin.JSON(text);
    }
    return Spin.JSON(value);
  }

  private static String string(SpinJsonNode entry, String key) {
    if (!entry.hasProp(key)) {
      return null;
    }
    SpinJsonNode value = entry.prop(key);
    if (value.isNull()) {
      return null;
    }
    String text = value.isString() ? value.stringValue() : value.isValue() ? String.valueOf(value.value()) : null;
    return Text.trimmed(text);
  }
}
