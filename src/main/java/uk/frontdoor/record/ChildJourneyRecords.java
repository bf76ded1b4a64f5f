package uk.frontdoor.record;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.frontdoor.clock.UkDates;
import uk.frontdoor.journey.ChildJourneyProcess.Element;
import uk.frontdoor.record.JourneyRecord.ChildSummary;
import uk.frontdoor.record.JourneyRecord.ContactJourney;
import uk.frontdoor.record.JourneyRecord.Entry;
import uk.frontdoor.record.JourneyRecord.Fact;
import uk.frontdoor.record.JourneyRecord.View;

/**
 * Builds one child's journey from the service's own tables and Camunda's task history: one query
 * per table for the child, whatever the number of contacts, and no process instance is loaded, so
 * the record stays complete when the process model has changed version since.
 */
@Component
class ChildJourneyRecords {

  /** Per-child tasks of a multi-instance: an unpaired one belongs to a brother or sister. */
  private static final Set<String> PER_CHILD_TASKS = Set.of(Element.APPLY_PATHWAYS, Element.PROPOSE_PATHWAY,
      Element.DECIDE_PATHWAY, Element.OVERSIGHT_FOR_CHILD, Element.ALLOCATE_ASSESSMENT,
      Element.OFFER_BRIEF_INTERVENTION);
  private static final UkDates DATES = new UkDates();
  private static final String COMPLETED = "completed";

  private final JdbcClient jdbc;
  private final HistoryService historyService;
  private final ManagementService managementService;
  private final IdentityService identityService;
  private final People people;
  private final IndicatorDescriptions indicators;

  ChildJourneyRecords(JdbcClient jdbc, HistoryService historyService, ManagementService managementService,
      IdentityService identityService, People people, IndicatorDescriptions indicators) {
    this.jdbc = jdbc;
    this.historyService = historyService;
    this.managementService = managementService;
    this.identityService = identityService;
    this.people = people;
    this.indicators = indicators;
  }

  static String link(UUID childId) {
    return "/children/" + childId;
  }

  Optional<ChildSummary> child(UUID childId) {
    return jdbc.sql("""
        select ch.id, ch.first_name, ch.last_name, ch.date_of_birth, h.address_line1, h.address_line2, h.town,
               h.postcode, ch.household_id
        from child ch join household h on h.id = ch.household_id
        where ch.id = (select coalesce(merged_into, id) from child where id = ?)""")
        .param(childId).query((rs, n) -> summary(rs, true)).optional();
  }

  /** The child's record as this access allows; empty for an unknown child. */
  Optional<JourneyRecord> build(UUID childId, RecordAccessPolicy.Access access) {
    return AsService.call(identityService, () -> buildAsService(childId, access));
  }

  private Optional<JourneyRecord> buildAsService(UUID requestedId, RecordAccessPolicy.Access access) {
    // a merged record shows the record it was merged into
    Optional<ChildSummary> found = child(requestedId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ChildSummary child = found.get();
    UUID childId = child.childId();
    View view = access.view();
    boolean agencyView = view == View.AGENCY_CHECK;

    List<ContactRow> contacts = jdbc.sql("""
        select c.id, c.reference, c.received_at, c.closed_at, c.recorded_by, c.source, c.referrer_name,
               c.referrer_organisation, c.referrer_relationship, c.concerns, c.concern_types, c.referrer_consent,
               c.referrer_consent_detail, c.process_instance_id
        from contact_child cc join contact c on c.id = cc.contact_id
        where cc.child_id = ? order by c.received_at""")
        .param(childId).query(ContactRow::read).list();
    if (agencyView) {
      contacts = contacts.stream().filter(c -> access.agencyContacts().contains(c.id())).toList();
    }
    Map<UUID, List<Draft>> drafts = new LinkedHashMap<>();
    contacts.forEach(c -> drafts.put(c.id(), new ArrayList<>()));
    Map<UUID, ContactRow> byId = new HashMap<>();
    contacts.forEach(c -> byId.put(c.id(), c));

    for (ContactRow c : contacts) {
      Draft d = new Draft(c.id(), "contact-received", "Contact received", c.receivedAt(), c.recordedBy(), null);
      d.fact("Reference", c.reference());
      if (!agencyView) {
        d.fact("How it came to us", Words.plain(c.source()));
        d.fact("Who told us", join(c.referrerName(), c.referrerOrganisation(), c.referrerRelationship()));
        d.fact("Kinds of concern", c.concernTypes() == null ? null
            : String.join(", ", java.util.Arrays.stream(c.concernTypes().split(",")).map(Words::plain).toList()));
        d.fact("What the referrer said about consent", join(Words.plain(c.referrerConsent()),
            c.referrerConsentDetail()));
        d.referrerWords = c.concerns();
      }
      drafts.get(c.id()).add(d);
    }

    Map<UUID, List<ChildSummary>> otherChildren = new HashMap<>();
    List<ChildSummary> siblings = List.of();
    Map<UUID, Boolean> reReferral = new HashMap<>();
    Map<UUID, Boolean> referral = new HashMap<>();
    if (!agencyView) {
      jdbc.sql("""
          select me.contact_id, ch.id, ch.first_name, ch.last_name, ch.date_of_birth
          from contact_child me join contact_child cc on cc.contact_id = me.contact_id
          join child ch on ch.id = cc.child_id
          where me.child_id = ? and cc.child_id <> me.child_id order by cc.position""")
          .param(childId).query((rs, n) -> {
            otherChildren.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(
                new ChildSummary(rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                    rs.getObject(5, LocalDate.class), null, link(rs.getObject(2, UUID.class))));
            return 0;
          }).list();
      siblings = jdbc.sql("""
          select s.id, s.first_name, s.last_name, s.date_of_birth
          from child me join child s on s.household_id = me.household_id
          where me.id = ? and s.id <> me.id and s.merged_into is null order by s.date_of_birth, s.first_name""")
          .param(childId).query((rs, n) -> new ChildSummary(rs.getObject(1, UUID.class), rs.getString(2),
              rs.getString(3), rs.getObject(4, LocalDate.class), null, link(rs.getObject(1, UUID.class)))).list();
      readHistory(childId, drafts, reReferral);
      readUrgency(childId, drafts);
      readScreening(childId, drafts);
      readConsent(childId, drafts);
    }
    readChecks(childId, drafts, access);
    if (!agencyView) {
      readEscalations(childId, drafts);
      readThreshold(childId, drafts);
      readOversight(childId, drafts);
      readOutcomes(childId, drafts, referral);
      readAllocations(childId, drafts);
      readFollowOn(childId, drafts);
      readMerges(childId, drafts);
    }
    addTasks(childId, contacts, drafts, access);

    List<ContactJourney> journeys = new ArrayList<>();
    UUID previous = null;
    UUID lastReferral = null;
    for (ContactRow c : contacts) {
      List<Entry> entries = drafts.get(c.id()).stream()
          .sorted(Comparator.comparing((Draft d) -> d.at, Comparator.nullsLast(Comparator.naturalOrder()))
              .thenComparing(d -> d.order))
          .map(this::entry).toList();
      boolean again = reReferral.getOrDefault(c.id(), false);
      journeys.add(new ContactJourney(c.id(), c.reference(), c.receivedAt(), c.closedAt(), again,
          again ? lastReferral : null, agencyView ? null : previous,
          otherChildren.getOrDefault(c.id(), List.of()), entries));
      previous = c.id();
      if (referral.getOrDefault(c.id(), false)) {
        lastReferral = c.id();
      }
    }
    ChildSummary shown = new ChildSummary(child.childId(), child.firstName(), child.lastName(), child.dateOfBirth(),
        child.address(), child.link());
    return Optional.of(new JourneyRecord(shown, view, siblings, journeys));
  }

  private void readHistory(UUID childId, Map<UUID, List<Draft>> drafts, Map<UUID, Boolean> reReferral) {
    jdbc.sql("""
        select h.* from contact_child cc
        join history_finding h on h.contact_id = cc.contact_id and h.child_id = cc.child_id
        where cc.child_id = ?""").param(childId).query((rs, n) -> {
          UUID contactId = rs.getObject("contact_id", UUID.class);
          reReferral.put(contactId, rs.getBoolean("re_referral"));
          Draft d = new Draft(contactId, "history-found", "What we already knew", time(rs, "checked_at"), null, null);
          d.fact("Known to children's services before", Words.yesNo(rs.getBoolean("known")));
          d.fact("Open involvement", rs.getString("open_cases"));
          d.fact("Previous contacts", String.valueOf(rs.getInt("previous_contacts")));
          d.fact("Previous referrals", String.valueOf(rs.getInt("previous_referrals")));
          d.fact("Repeat referral within 12 months", Words.yesNo(rs.getBoolean("re_referral")));
          d.fact("Brothers and sisters known", rs.getString("siblings"));
          d.rationale = rs.getString("summary");
          d.automatic = true;
          return add(drafts, d);
        }).list();
  }

  private void readUrgency(UUID childId, Map<UUID, List<Draft>> drafts) {
    jdbc.sql("""
        select u.* from contact_child cc join urgency_rating u on u.contact_id = cc.contact_id
        where cc.child_id = ?""").param(childId).query((rs, n) -> {
          boolean proposed = rs.getBoolean("proposed");
          Draft d = new Draft(rs.getObject("contact_id", UUID.class), proposed ? "urgency-proposed" : "urgency-changed",
              proposed ? "Urgency proposed" : "Urgency changed", time(rs, "decided_at"), rs.getString("decided_by"),
              null);
          d.fact("Urgency", Words.plain(rs.getString("rag")));
          d.dueAt = time(rs, "decision_due_at");
          d.rationale = rs.getString("reason");
          d.automatic = proposed && d.userId == null;
          return add(drafts, d);
        }).list();
  }

  private void readScreening(UUID childId, Map<UUID, List<Draft>> drafts) {
    jdbc.sql("""
        select s.* from contact_child cc join screening_decision s on s.contact_id = cc.contact_id
        where cc.child_id = ?""").param(childId).query((rs, n) -> {
          Draft d = new Draft(rs.getObject("contact_id", UUID.class), "screening", "Screening decision",
              time(rs, "decided_at"), rs.getString("decided_by"), Element.SCREEN_CONTACT);
          d.fact("Decision", Words.plain(rs.getString("decision")));
          d.fact("Repeat referral", Words.yesNo(rs.getBoolean("re_referral")));
          d.rationale = rs.getString("rationale");
          return add(drafts, d);
        }).list();
  }

  private void readConsent(UUID childId, Map<UUID, List<Draft>> drafts) {
    jdbc.sql("""
        select k.* from contact_child cc join consent_decision k on k.contact_id = cc.contact_id
        where cc.child_id = ?""").param(childId).query((rs, n) -> {
          boolean manager = rs.getString("manager_decision") != null;
          Draft d = new Draft(rs.getObject("contact_id", UUID.class), "consent",
              manager ? "Manager's decision on consent" : "Consent decision", time(rs, "decided_at"),
              rs.getString("decided_by"), manager ? Element.DECIDE_CONSENT_AS_MANAGER : Element.RECORD_CONSENT);
          d.role = rs.getString("decided_by_role");
          d.fact("Consent", Words.plain(rs.getString("status")));
          d.fact("Given or refused by", join(Words.plain(rs.getString("given_by")), rs.getString("given_by_name")));
          d.fact("Lawful basis for sharing information", Words.plain(rs.getString("lawful_basis")));
          d.fact("Grounds", Words.plain(rs.getString("grounds")));
          d.fact("Concern of significant harm", Words.yesNo(rs.getBoolean("significant_harm_concern")));
          d.fact("Manager's decision", Words.plain(rs.getString("manager_decision")));
          if (manager || rs.getBoolean("refusal_respected")) {
            d.fact("Refusal respected", Words.yesNo(rs.getBoolean("refusal_respected")));
          }
          d.fact("Voluntary support offered", rs.getString("voluntary_support"));
          d.rationale = rs.getString("rationale");
          return add(drafts, d);
        }).list();
  }

  private void readChecks(UUID childId, Map<UUID, List<Draft>> drafts, RecordAccessPolicy.Access access) {
    jdbc.sql("""
        select m.* from contact_child cc join mash_check m on m.contact_id = cc.contact_id
        where cc.child_id = ?""").param(childId).query((rs, n) -> {
          String agency = rs.getString("agency");
          if (access.view() == View.AGENCY_CHECK && !agency.equals(access.agency())) {
            return 0; // never another agency's findings
          }
          boolean automatic = rs.getBoolean("automatic");
          String checked = Words.plain(agency).toLowerCase(java.util.Locale.UK);
          // the council's own records are named as records already ("children's social care records")
          Draft d = new Draft(rs.getObject("contact_id", UUID.class), "agency-check",
              "Check of " + (checked.endsWith(" records") ? checked : checked + " records"), time(rs, "recorded_at"),
              rs.getString("recorded_by"), automatic ? Element.CHECK_COUNCIL_RECORDS : Element.CHECK_AGENCY_RECORDS);
          d.fact("Agency", Words.plain(agency));
          d.fact("Result", Words.plain(rs.getString("outcome")));
          d.fact("What was found", rs.getString("findings"));
          d.automatic = automatic;
          return add(drafts, d);
        }).list();
  }

  private void readEscalations(UUID childId, Map<UUID, List<Draft>> drafts) {
    jdbc.sql("""
        select e.* from contact_child cc join escalation e on e.contact_id = cc.contact_id
        where cc.child_id = ?""").param(childId).query((rs, n) -> {
          boolean decision = "decision".equals(rs.getString("kind"));
          String agency = rs.getString("agency");
          Draft d = new Draft(rs.getObject("contact_id", UUID.class), "escalation",
              decision ? "Escalated: the decision was overdue"
                  : "Escalated: the " + (agency == null ? "agency" : Words.plain(agency).toLowerCase(java.util.Locale.UK))
                      + " check was overdue",
              time(rs, "recorded_at"), rs.getString("recorded_by"),
              decision ? Element.REVIEW_OVERDUE_DECISION : Element.REVIEW_OVERDUE_AGENCY_CHECK);
          d.fact("Action taken", Words.plain(rs.getString("action")));
          d.rationale = rs.getString("note");
          return add(drafts, d);
        }).list();
  }

  private void readThreshold(UUID childId, Map<UUID, List<Draft>> drafts) {
    jdbc.sql("""
        select t.* from contact_child cc
        join threshold_decision t on t.contact_id = cc.contact_id and t.child_id = cc.child_id
        where cc.child_id = ?""").param(childId).query((rs, n) -> {
          UUID contactId = rs.getObject("contact_id", UUID.class);
          Draft d = new Draft(contactId, "needs-found", "Needs found, against the Pathways Document",
              time(rs, "indicators_at"), rs.getString("indicators_by"), Element.APPLY_PATHWAYS);
          for (String code : rs.getString("indicators").split("[,;\\s]+")) {
            if (!code.isBlank()) {
              d.fact("Need found", indicators.describe(code.trim()));
            }
          }
          d.fact("Reasonable cause to suspect significant harm", Words.yesNo(rs.getBoolean("significant_harm")));
          int level = rs.getInt("proposed_level");
          if (!rs.wasNull()) {
            d.fact("Level of need proposed", level(level));
          }
          d.rationale = rs.getString("level_reason");
          add(drafts, d);
          OffsetDateTime decidedAt = time(rs, "decided_at");
          if (decidedAt != null || rs.getString("chosen_pathway") != null) {
            Draft p = new Draft(contactId, "pathway-decided", "Pathway decided", decidedAt, rs.getString("decided_by"),
                Element.DECIDE_PATHWAY);
            p.fact("Pathway proposed by the Pathways Document", Words.plain(rs.getString("proposed_pathway")));
            p.fact("Why it was proposed", rs.getString("pathway_reason"));
            p.fact("Pathway chosen", Words.plain(rs.getString("chosen_pathway")));
            String departure = rs.getString("departure_reason");
            if (departure != null) {
              p.fact("Departs from the proposal", "Yes");
            }
            p.rationale = departure;
            add(drafts, p);
          }
          return 0;
        }).list();
  }

  private void readOversight(UUID childId, Map<UUID, List<Draft>> drafts) {
    jdbc.sql("""
        select o.* from contact_child cc join oversight_record o on o.contact_id = cc.contact_id
        where cc.child_id = ?""").param(childId).query((rs, n) -> {
          boolean approved = rs.getBoolean("approved");
          Draft d = new Draft(rs.getObject("contact_id", UUID.class), approved ? "signed-off" : "sent-back",
              approved ? "Manager's sign-off" : "Sent back by the manager for more work", time(rs, "signed_at"),
              rs.getString("manager"), Element.MANAGEMENT_OVERSIGHT);
          d.role = "manager";
          if (approved) {
            d.fact("Decision signed off", rs.getString("decision_words") != null ? rs.getString("decision_words")
                : Words.plain(rs.getString("decision_step")));
            d.fact("What was decided, by whom", rs.getString("threshold_summary"));
            proforma(rs.getObject("id", UUID.class), childId, d);
            d.rationale = rs.getString("rationale");
          } else {
            d.fact("Sent back to", Words.plain(rs.getString("decision_step")));
            d.rationale = rs.getString("send_back_reason");
          }
          return add(drafts, d);
        }).list();
  }

  /** The manager's proforma for this child, who wrote it and when, and the next steps. */
  private void proforma(UUID oversightId, UUID childId, Draft d) {
    jdbc.sql("""
        select level, level_change_reason, indicators, risks, strengths, analysis, childs_voice, written_by_name,
          written_at from oversight_child where oversight_id = ? and child_id = ?""")
        .params(oversightId, childId).query((rs, n) -> {
          d.fact("Level of need", level(rs.getInt("level")));
          d.fact("Why the level changed", rs.getString("level_change_reason"));
          d.fact("Indicators", rs.getString("indicators"));
          d.fact("Risks", rs.getString("risks"));
          d.fact("Strengths", rs.getString("strengths"));
          d.fact("Analysis", rs.getString("analysis"));
          d.fact("The child's voice", rs.getString("childs_voice"));
          if (rs.getString("written_by_name") != null) {
            d.fact("Written by", rs.getString("written_by_name") + ", " + DATES.time(time(rs, "written_at")));
          }
          return 0;
        }).list();
    List<String> steps = jdbc.sql("""
        select action, owner, timescale from oversight_next_step where oversight_id = ? order by position""")
        .param(oversightId)
        .query((rs, n) -> rs.getString("action") + " (" + rs.getString("owner") + ", " + rs.getString("timescale") + ")")
        .list();
    for (int i = 0; i < steps.size(); i++) {
      d.fact(steps.size() == 1 ? "Next step" : "Next step " + (i + 1), steps.get(i));
    }
  }

  private void readOutcomes(UUID childId, Map<UUID, List<Draft>> drafts, Map<UUID, Boolean> referral) {
    jdbc.sql("""
        select o.* from contact_child cc
        join child_outcome o on o.contact_id = cc.contact_id and o.child_id = cc.child_id
        where cc.child_id = ?""").param(childId).query((rs, n) -> {
          UUID contactId = rs.getObject("contact_id", UUID.class);
          referral.put(contactId, rs.getBoolean("referral"));
          Draft d = new Draft(contactId, "outcome", "Outcome", time(rs, "decided_at"), null, null);
          d.fact("Outcome", Words.plain(rs.getString("outcome")));
          d.fact("Became a referral", Words.yesNo(rs.getBoolean("referral")));
          if (rs.getBoolean("consent_refused")) {
            d.fact("Consent was refused", "Yes");
          }
          d.automatic = true;
          return add(drafts, d);
        }).list();
  }

  private void readAllocations(UUID childId, Map<UUID, List<Draft>> drafts) {
    jdbc.sql("""
        select a.* from contact_child cc
        join assessment_allocation a on a.contact_id = cc.contact_id and a.child_id = cc.child_id
        where cc.child_id = ?""").param(childId).query((rs, n) -> {
          Draft d = new Draft(rs.getObject("contact_id", UUID.class), "assessment-allocated",
              "Allocated for an assessment", time(rs, "allocated_at"), rs.getString("allocated_by"),
              Element.ALLOCATE_ASSESSMENT);
          d.fact("Why", Words.plain(rs.getString("reason")));
          d.fact("Allocated to", rs.getString("allocated_to"));
          d.fact("Assessment due by", null);
          d.assessmentDue = time(rs, "due_at");
          return add(drafts, d);
        }).list();
  }

  private void readFollowOn(UUID childId, Map<UUID, List<Draft>> drafts) {
    jdbc.sql("""
        select f.* from contact_child cc join follow_on f on f.contact_id = cc.contact_id
        where cc.child_id = ? and (f.child_id is null or f.child_id = cc.child_id)""").param(childId).query((rs, n) -> {
          String kind = rs.getString("kind");
          String title;
          String task;
          switch (kind) {
            case "referrer-told" -> { title = "Referrer told the outcome"; task = Element.TELL_REFERRER; }
            case "strategy-discussion" -> { title = "Strategy discussion"; task = Element.HOLD_STRATEGY_DISCUSSION; }
            case "brief-intervention" -> { title = "Brief intervention offered"; task = Element.OFFER_BRIEF_INTERVENTION; }
            default -> { title = Words.plain(kind); task = null; }
          }
          Draft d = new Draft(rs.getObject("contact_id", UUID.class), kind, title, time(rs, "recorded_at"),
              rs.getString("recorded_by"), task);
          d.fact("Result", Words.plain(rs.getString("result")));
          d.rationale = rs.getString("note");
          return add(drafts, d);
        }).list();
  }

  /** Each contact that came from another record of the child: who merged it in, when and why. */
  private void readMerges(UUID childId, Map<UUID, List<Draft>> drafts) {
    jdbc.sql("""
        select m.merged_at, m.merged_by, m.reason, m.contact_ids, m.merged_child_id, d.first_name, d.last_name,
               d.date_of_birth, d.created_at
        from child_merge m join child d on d.id = m.merged_child_id where m.into_child_id = ?""")
        .param(childId).query((rs, n) -> {
          for (String contact : rs.getString("contact_ids").split(",")) {
            if (contact.isEmpty()) {
              continue;
            }
            Draft d = new Draft(UUID.fromString(contact), "records-merged", "Another record of this child merged into this one",
                time(rs, "merged_at"), rs.getString("merged_by"), null);
            LocalDate born = rs.getObject("date_of_birth", LocalDate.class);
            d.fact("The other record", rs.getString("first_name") + " " + rs.getString("last_name")
                + (born == null ? "" : ", born " + DATES.date(born)) + ", opened " + DATES.time(time(rs, "created_at")));
            d.rationale = rs.getString("reason");
            add(drafts, d);
          }
          return 0;
        }).list();
  }

  /** Task due times, completion and who completed, from Camunda's history: one query for the child. */
  private void addTasks(UUID childId, List<ContactRow> contacts, Map<UUID, List<Draft>> drafts,
      RecordAccessPolicy.Access access) {
    Map<String, UUID> contactByProcess = new HashMap<>();
    contacts.stream().filter(c -> c.processInstanceId() != null)
        .forEach(c -> contactByProcess.put(c.processInstanceId(), c.id()));
    if (contactByProcess.isEmpty()) {
      return;
    }
    String table = managementService.getTableName(HistoricTaskInstance.class);
    List<HistoricTaskInstance> tasks = historyService.createNativeHistoricTaskInstanceQuery()
        .sql("select RES.* from " + table + " RES where RES.PROC_INST_ID_ in (select c.process_instance_id "
            + "from contact_child cc join contact c on c.id = cc.contact_id where cc.child_id = #{childId})")
        .parameter("childId", childId).list();
    Set<String> used = new HashSet<>();
    for (Map.Entry<UUID, List<Draft>> byContact : drafts.entrySet()) {
      for (Draft d : byContact.getValue()) {
        if (d.taskKey == null) {
          continue;
        }
        HistoricTaskInstance best = null;
        long bestGap = Long.MAX_VALUE;
        for (HistoricTaskInstance t : tasks) {
          if (t.getEndTime() == null || used.contains(t.getId()) || !d.taskKey.equals(t.getTaskDefinitionKey())
              || !byContact.getKey().equals(contactByProcess.get(t.getProcessInstanceId()))) {
            continue;
          }
          long gap = d.at == null ? 0 : Math.abs(t.getEndTime().getTime() - d.at.toInstant().toEpochMilli());
          if (gap < bestGap) {
            best = t;
            bestGap = gap;
          }
        }
        if (best != null) {
          used.add(best.getId());
          d.dueAt = d.dueAt == null ? offset(best.getDueDate()) : d.dueAt;
          if (best.getDueDate() != null) {
            d.dueMet = !best.getEndTime().after(best.getDueDate());
          }
          if (d.userId == null) {
            d.userId = best.getAssignee();
          }
        }
      }
    }
    boolean agencyView = access.view() == View.AGENCY_CHECK;
    for (HistoricTaskInstance t : tasks) {
      UUID contactId = contactByProcess.get(t.getProcessInstanceId());
      if (used.contains(t.getId()) || !drafts.containsKey(contactId)) {
        continue;
      }
      Draft d;
      if (t.getEndTime() == null && t.getDeleteReason() == null) {
        if (agencyView && !access.openAgencyTasks().contains(t.getId())) {
          continue;
        }
        d = new Draft(contactId, agencyView ? "check-requested" : "still-to-do",
            agencyView ? "Check requested from your agency" : "Still to do: " + t.getName(),
            offset(t.getStartTime()), t.getAssignee(), null);
        d.dueAt = offset(t.getDueDate());
        if (t.getDueDate() != null && t.getDueDate().before(new Date())) {
          d.dueMet = false;
        }
      } else if (!agencyView && COMPLETED.equals(t.getDeleteReason()) && !PER_CHILD_TASKS.contains(
          t.getTaskDefinitionKey())) {
        d = new Draft(contactId, "task-done", "Done: " + t.getName(), offset(t.getEndTime()), t.getAssignee(), null);
        d.dueAt = offset(t.getDueDate());
        d.dueMet = t.getDueDate() == null ? null : !t.getEndTime().after(t.getDueDate());
      } else {
        continue;
      }
      drafts.get(contactId).add(d);
    }
  }

  private Entry entry(Draft d) {
    List<Fact> facts = new ArrayList<>(d.facts);
    if (d.assessmentDue != null) {
      facts.removeIf(f -> f.label().equals("Assessment due by"));
    }
    JourneyRecord.Person by = people.person(d.userId, d.role);
    if (by == null && d.automatic) {
      by = new JourneyRecord.Person(null, "The service, automatically", null);
    }
    OffsetDateTime due = d.dueAt != null ? d.dueAt : d.assessmentDue;
    return new Entry(d.kind, d.title, d.at, by, due, d.dueMet, d.rationale, d.referrerWords, facts);
  }

  private static int add(Map<UUID, List<Draft>> drafts, Draft d) {
    List<Draft> list = drafts.get(d.contactId);
    if (list != null) {
      d.order = list.size();
      list.add(d);
    }
    return 0;
  }

  private static String level(int level) {
    return switch (level) {
      case 1 -> "Level 1: needs met by everyday services";
      case 2 -> "Level 2: early help from one agency";
      case 3 -> "Level 3: targeted early help from several agencies";
      case 4 -> "Level 4: specialist help from children's social care";
      default -> "Level " + level;
    };
  }

  private static ChildSummary summary(ResultSet rs, boolean withAddress) throws SQLException {
    UUID id = rs.getObject(1, UUID.class);
    String address = withAddress ? join(rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)) : null;
    return new ChildSummary(id, rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class), address, link(id));
  }

  private static String join(String... parts) {
    String joined = String.join(", ", java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList());
    return joined.isEmpty() ? null : joined;
  }

  private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class);
  }

  private static OffsetDateTime offset(Date date) {
    return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
  }

  record ContactRow(UUID id, String reference, OffsetDateTime receivedAt, OffsetDateTime closedAt, String recordedBy,
      String source, String referrerName, String referrerOrganisation, String referrerRelationship, String concerns,
      String concernTypes, String referrerConsent, String referrerConsentDetail, String processInstanceId) {

    static ContactRow read(ResultSet rs, int n) throws SQLException {
      return new ContactRow(rs.getObject(1, UUID.class), rs.getString(2), time(rs, "received_at"),
          time(rs, "closed_at"), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
          rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14));
    }
  }

  /** An entry being put together: rows first, then the task history fills in due times and who. */
  private static final class Draft {
    final UUID contactId;
    final String kind;
    final String title;
    final OffsetDateTime at;
    final String taskKey;
    final List<Fact> facts = new ArrayList<>();
    String userId;
    String role;
    OffsetDateTime dueAt;
    OffsetDateTime assessmentDue;
    Boolean dueMet;
    String rationale;
    String referrerWords;
    boolean automatic;
    int order;

    Draft(UUID contactId, String kind, String title, OffsetDateTime at, String userId, String taskKey) {
      this.contactId = contactId;
      this.kind = kind;
      this.title = title;
      this.at = at;
      this.userId = userId;
      this.taskKey = taskKey;
    }

    void fact(String label, String value) {
      if (value != null && !value.isBlank()) {
        facts.add(new Fact(label, value));
      }
    }
  }
}
