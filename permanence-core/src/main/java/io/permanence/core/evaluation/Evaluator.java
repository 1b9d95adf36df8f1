package io.permanence.core.evaluation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.permanence.core.Citation;
import io.permanence.core.care.LookedAfterReview;
import io.permanence.core.care.PeriodOfCare;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.child.ChildId;
import io.permanence.core.child.SiblingGroupId;
import io.permanence.core.legal.CareProceedings;
import io.permanence.core.legal.LegalStatusPeriod;
import io.permanence.core.panel.Agenda;
import io.permanence.core.panel.AgendaItem;
import io.permanence.core.panel.AgendaSection;
import io.permanence.core.panel.DocumentType;
import io.permanence.core.panel.Exclusion;
import io.permanence.core.panel.Heading;
import io.permanence.core.panel.Panel;
import io.permanence.core.panel.PanelAction;
import io.permanence.core.panel.PanelAppearance;
import io.permanence.core.panel.PaperStatus;
import io.permanence.core.panel.Referral;
import io.permanence.core.time.Deadline;
import io.permanence.core.time.DeadlineStatus;
import io.permanence.core.time.ScheduledMeeting;
import io.permanence.core.time.WorkingCalendars;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The evaluation engine of one {@link Authority}: agendas, explanations, the drift report and the
 * tracker, from children's case files and a date. The caller passes the dates; nothing here reads
 * the clock.
 *
 * <h2>Agendas ({@link #agendas})</h2>
 *
 * For {@code [startInclusive, endExclusive)}, every meeting of every panel whose date lies in the
 * range, in date order. For each meeting the evaluation date is the date, in Europe/London, of its
 * referral cut-off ({@link Panel#referralCutOff()} relative to the meeting); each remit of the
 * panel is evaluated with {@code context.forMeeting(evaluationDate, meeting)}. A met referral is
 * placed at the meeting if and only if the meeting date lies in the referral's window and the same
 * (child, remit, window) has not been placed at an earlier meeting of the plan: a referral goes to
 * the first meeting whose cut-off has not passed and that falls inside its window. The panel's
 * exclusion policies then run in the authority's order; the first that applies turns the referral
 * into an {@link Exclusion}, reported on the agenda and not listed. An excluded referral is not
 * placed, so it is considered again at the next meeting (where the exclusion may no longer apply).
 * A child listed at a meeting under any heading is not also reported as excluded there ({@link
 * #explain} shows every exclusion).
 *
 * <p>Items are grouped by heading in the panel's heading order; every heading has a section, empty
 * or not. Within a heading, siblings (same {@link SiblingGroupId}) are listed together, each group
 * or single child placed by its smallest child id, then by child id. A child appears at most once
 * under a heading of a meeting: two remits of the same heading give one item with both referrals.
 * Each paper is on file if the case file holds a document of that type dated on or before the
 * cut-off date ({@link PaperStatus}).
 *
 * <h2>Explanations ({@link #explain})</h2>
 *
 * For each panel, the first meeting whose referral cut-off date is on or after the date asked: the
 * meeting a referral made that day can still reach. Every remit is evaluated as for that meeting's
 * agenda (on its cut-off date) and reported met or not met with its reason and citation; met
 * referrals the meeting can hear are listed or excluded.
 *
 * <h2>Drift ({@link #drift})</h2>
 *
 * Every deadline of the authority's {@link Authority#deadlineRules()} with its status on the date,
 * {@code deadline.status(asOf)} (judged by the deadline's own {@code metOn}): {@code OVERDUE} and
 * {@code DUE_SOON} are items, {@code MET_LATE} is history; plus every open action past its due day
 * ({@link DriftKind#ACTION_OVERDUE}, cited by {@link Authority#actionsCitation()}). Each item
 * escalates to the rule's {@link CaseDeadlineRule#escalateTo()} or else the authority's {@link
 * Authority#escalation()}.
 *
 * <h2>Tracker ({@link #tracker})</h2>
 *
 * A row per child in the {@link Authority#trackerScope()} on the date: see {@link TrackerRow}. The
 * next panel is the first meeting the child is listed at in the agenda plan of the ten weeks from
 * the date ({@link #TRACKER_PLAN_WEEKS}).
 *
 * <h2>All three at once ({@link #evaluate})</h2>
 *
 * The agendas from a date, the drift report and the tracker on it, equal to the three separate
 * calls but in one pass: each child's deadlines are worked out once, and the search for the next
 * panel goes on from the agendas' plan.
 *
 * <h2>Bad data</h2>
 *
 * A remit, policy, rule or scope that throws on a child's case file yields a {@link
 * DataQualityFinding} on that child, and that one decision is skipped; the child's other decisions
 * and the rest of the cohort are evaluated. So do referrals that name another child, panel or
 * heading, a second case file with the same child id (only the first is evaluated), and records
 * that contradict each other where the model cannot prevent it: a review dated outside every period
 * of care (for example before the child became looked after).
 *
 * <h2>Performance and order</h2>
 *
 * Children are evaluated independently, in parallel ({@link Collection#parallelStream()}); results
 * are then sorted, so the output is the same whatever the order of the input or the number of
 * cores. Explanatory text (a deadline's trace, a drift item's detail) is built only when read.
 * Instances are immutable and thread-safe.
 */
public final class Evaluator {

  /** The weeks of agenda planned to find each tracked child's next panel. */
  public static final int TRACKER_PLAN_WEEKS = 10;

  private static final String CONSISTENCY = "consistency";

  /** Due dates further apart than this (about 270 years) are sorted by comparison, not counted. */
  private static final long MAX_DAYS_COUNTED = 100_000;

  /** Reviews are of a looked-after child's case (CPPCR 2010 Part 6, timing in reg 33). */
  private static final Citation REVIEWS = Citation.of("CPPCR 2010", "reg 33");

  private final Authority authority;
  private final ImmutableList<PanelRules> panels;

  private Evaluator(Authority authority) {
    this.authority = authority;
    ImmutableList.Builder<PanelRules> rules = ImmutableList.builder();
    for (int i = 0; i < authority.panels().size(); i++) {
      Panel panel = authority.panels().get(i);
      rules.add(
          new PanelRules(
              i,
              panel,
              authority.remits().stream()
                  .filter(remit -> remit.panel().equals(panel.id()))
                  .collect(ImmutableList.toImmutableList()),
              authority.exclusions().stream()
                  .filter(policy -> policy.panel().equals(panel.id()))
                  .collect(ImmutableList.toImmutableList())));
    }
    this.panels = rules.build();
  }

  /**
   * The engine of an authority.
   *
   * @param authority the authority
   * @return the engine
   */
  public static Evaluator of(Authority authority) {
    return new Evaluator(Objects.requireNonNull(authority, "authority"));
  }

  /** The authority evaluated. */
  public Authority authority() {
    return authority;
  }

  // ------------------------------------------------------------------ agendas

  /**
   * Plans the agendas of every panel's meetings in a range of dates.
   *
   * @param files the children's case files
   * @param startInclusive the first meeting date considered
   * @param endExclusive the day after the last meeting date considered
   * @return the agendas, by meeting start then panel order, and the findings
   * @throws IllegalArgumentException if the end is before the start
   */
  public AgendaPlan agendas(
      Collection<CaseFile> files, LocalDate startInclusive, LocalDate endExclusive) {
    List<Slot> slots = slots(startInclusive, endExclusive);
    Set<DataQualityFinding> duplicates = new HashSet<>();
    List<CaseFile> unique = unique(files, duplicates);
    Job job = new Job(slots, slots.size(), Optional.empty(), false, false, 0);
    return agendaPlan(startInclusive, endExclusive, job, evaluateAll(unique, job), duplicates);
  }

  private AgendaPlan agendaPlan(
      LocalDate startInclusive,
      LocalDate endExclusive,
      Job job,
      List<ChildResult> results,
      Set<DataQualityFinding> duplicates) {
    Set<DataQualityFinding> findings = new HashSet<>(duplicates);
    List<Map<String, List<AgendaItem>>> itemsBySlot = new ArrayList<>();
    List<List<Exclusion>> exclusionsBySlot = new ArrayList<>();
    for (int i = 0; i < job.agendaSlots; i++) {
      itemsBySlot.add(new HashMap<>());
      exclusionsBySlot.add(new ArrayList<>());
    }
    for (ChildResult result : results) {
      addFindings(findings, result.consistency);
      Planner plan = result.plan;
      plan.findingsBefore(job.agendaSlots, findings);
      for (Placed placed : plan.listed) {
        if (placed.slot < job.agendaSlots) {
          itemsBySlot
              .get(placed.slot)
              .computeIfAbsent(placed.item.heading().id(), id -> new ArrayList<>())
              .add(placed.item);
        }
      }
      for (Excluded excluded : plan.excluded) {
        if (excluded.slot < job.agendaSlots) {
          exclusionsBySlot.get(excluded.slot).add(excluded.exclusion);
        }
      }
    }
    AgendaPlan.Builder plan = AgendaPlan.builder();
    plan.startInclusive(startInclusive).endExclusive(endExclusive);
    for (Slot slot : job.slots.subList(0, job.agendaSlots)) {
      Agenda.Builder agenda = Agenda.builder();
      agenda
          .panel(slot.rules.panel.id())
          .meeting(slot.meeting)
          .referralCutOff(slot.cutOff.toInstant())
          .agendaCirculated(slot.circulated);
      Map<String, List<AgendaItem>> byHeading = itemsBySlot.get(slot.index);
      for (Heading heading : slot.rules.panel.headings()) {
        List<AgendaItem> items = byHeading.getOrDefault(heading.id(), List.of());
        agenda.addSections(AgendaSection.of(heading, inListingOrder(items)));
      }
      List<Exclusion> exclusions = exclusionsBySlot.get(slot.index);
      exclusions.sort(EXCLUSION_ORDER);
      agenda.addAllExclusions(exclusions);
      plan.addAgendas(agenda.build());
    }
    return plan.addAllFindings(sorted(findings)).build();
  }

  private static final Comparator<Exclusion> EXCLUSION_ORDER =
      Comparator.comparing(Exclusion::child)
          .thenComparing(Exclusion::remit)
          .thenComparing(Exclusion::policy);

  /** Siblings together, each group or single child at its smallest child id, then by child id. */
  private static List<AgendaItem> inListingOrder(List<AgendaItem> items) {
    Map<SiblingGroupId, ChildId> firstOfGroup = new HashMap<>();
    for (AgendaItem item : items) {
      Optional<SiblingGroupId> group = item.siblingGroup();
      if (group.isPresent()) {
        firstOfGroup.merge(group.get(), item.child(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
      }
    }
    Listed[] listed = new Listed[items.size()];
    for (int i = 0; i < listed.length; i++) {
      AgendaItem item = items.get(i);
      Optional<SiblingGroupId> group = item.siblingGroup();
      listed[i] =
          group.isPresent()
              ? new Listed(firstOfGroup.get(group.get()), group.get().id(), item)
              : new Listed(item.child(), "", item);
    }
    Arrays.sort(listed);
    List<AgendaItem> ordered = new ArrayList<>(listed.length);
    for (Listed item : listed) {
      ordered.add(item.item);
    }
    return ordered;
  }

  /** An item with its place in the listing: its group's first child, its group, itself. */
  private record Listed(ChildId first, String group, AgendaItem item)
      implements Comparable<Listed> {
    @Override
    public int compareTo(Listed other) {
      int order = first.compareTo(other.first);
      if (order == 0) {
        order = group.compareTo(other.group);
      }
      return order != 0 ? order : item.child().compareTo(other.item.child());
    }
  }

  /** The meetings of every panel in the range, by start then panel order, with their contexts. */
  private List<Slot> slots(LocalDate startInclusive, LocalDate endExclusive) {
    EvaluationContext base =
        EvaluationContext.of(startInclusive, authority.calendar(), authority.settings());
    List<Slot> slots = new ArrayList<>();
    for (PanelRules rules : panels) {
      Panel panel = rules.panel;
      for (ScheduledMeeting meeting : panel.schedule().meetings(startInclusive, endExclusive)) {
        ZonedDateTime cutOff = panel.schedule().cutOffFor(meeting, panel.referralCutOff());
        Optional<Instant> circulated =
            panel.agendaCirculated().map(c -> panel.schedule().cutOffFor(meeting, c).toInstant());
        slots.add(
            new Slot(
                rules,
                meeting,
                cutOff,
                circulated,
                base.forMeeting(cutOff.toLocalDate(), meeting)));
      }
    }
    slots.sort(
        Comparator.comparing((Slot slot) -> slot.meeting)
            .thenComparingInt(slot -> slot.rules.index));
    for (int i = 0; i < slots.size(); i++) {
      slots.get(i).index = i;
    }
    return slots;
  }

  /** One child's placements over the slots, in slot order. */
  /**
   * One child's placements over the slots, planned in slot order and resumable: the agendas plan
   * their slots, then the tracker goes on, with the same referrals already placed, only as far as
   * it needs to find the child's next panel. Each finding is kept with the slot it arose at, so
   * each report takes the findings of the slots it planned.
   */
  private final class Planner {
    final CaseFile file;
    final Set<PlacedKey> placed = new HashSet<>();
    final List<Placed> listed = new ArrayList<>();
    final List<Excluded> excluded = new ArrayList<>();
    final List<SlotFinding> findings = new ArrayList<>();
    private final List<DataQualityFinding> atSlot = new ArrayList<>();

    /** The next slot to plan. */
    int next;

    /** Whether planning stopped because something threw. */
    boolean stopped;

    Planner(CaseFile file) {
      this.file = file;
    }

    /**
     * Plans the slots from {@link #next} up to {@code endExclusive}; if {@code untilListed}, stops
     * after the first slot the child is listed at.
     */
    void plan(List<Slot> slots, int endExclusive, boolean untilListed) {
      while (!stopped && next < endExclusive) {
        Slot slot = slots.get(next++);
        boolean listedHere;
        try {
          listedHere = planSlot(slot);
        } catch (RuntimeException e) {
          atSlot.add(thrown(file, "agenda planning", e, Optional.empty()));
          stopped = true;
          listedHere = false;
        }
        for (DataQualityFinding finding : atSlot) {
          findings.add(new SlotFinding(slot.index, finding));
        }
        atSlot.clear();
        if (listedHere && untilListed) {
          return;
        }
      }
    }

    /** Plans one slot; whether the child is listed there. */
    private boolean planSlot(Slot slot) {
      Map<Heading, List<Referral>> listedHere = null;
      List<Exclusion> excludedHere = null;
      for (Remit remit : slot.rules.remits) {
        Optional<Referral> referral =
            decide(file, remit, slot.context, atSlot)
                .flatMap(d -> metReferral(file, remit, slot.rules.panel, d, atSlot));
        if (referral.isEmpty() || !referral.get().acceptsMeetingOn(slot.meeting.date())) {
          continue;
        }
        Referral r = referral.get();
        PlacedKey key = new PlacedKey(r.remit(), r.earliestMeeting(), r.latestMeetingExclusive());
        if (placed.contains(key)) {
          continue;
        }
        Optional<Optional<Exclusion>> exclusion =
            firstExclusion(file, r, slot.rules, slot.context, atSlot);
        if (exclusion.isEmpty()) {
          continue;
        }
        if (exclusion.get().isPresent()) {
          if (excludedHere == null) {
            excludedHere = new ArrayList<>();
          }
          excludedHere.add(exclusion.get().get());
        } else {
          placed.add(key);
          if (listedHere == null) {
            listedHere = new LinkedHashMap<>();
          }
          listedHere.computeIfAbsent(r.heading(), h -> new ArrayList<>()).add(r);
        }
      }
      if (listedHere != null) {
        LocalDate cutOffDate = slot.cutOff.toLocalDate();
        listedHere.forEach(
            (heading, referrals) ->
                listed.add(new Placed(slot.index, item(file, heading, referrals, cutOffDate))));
        return true;
      }
      if (excludedHere != null) {
        excludedHere.forEach(exclusion -> excluded.add(new Excluded(slot.index, exclusion)));
      }
      return false;
    }

    /**
     * The first slot before {@code endExclusive} the child is listed at, planning on if need be.
     */
    Optional<Placed> firstListedBefore(List<Slot> slots, int endExclusive) {
      if (listed.isEmpty()) {
        plan(slots, endExclusive, true);
      }
      return listed.isEmpty() || listed.get(0).slot >= endExclusive
          ? Optional.empty()
          : Optional.of(listed.get(0));
    }

    /** Adds the findings of the slots before {@code endExclusive}. */
    void findingsBefore(int endExclusive, Set<DataQualityFinding> into) {
      for (SlotFinding finding : findings) {
        if (finding.slot < endExclusive) {
          into.add(finding.finding);
        }
      }
    }
  }

  private static AgendaItem item(
      CaseFile file, Heading heading, List<Referral> referrals, LocalDate cutOffDate) {
    AgendaItem.Builder item = AgendaItem.builder();
    item.child(file.childId())
        .siblingGroup(file.child().siblingGroup())
        .heading(heading)
        .addAllReferrals(referrals);
    Set<DocumentType> papers = new LinkedHashSet<>();
    referrals.forEach(r -> papers.addAll(r.paperwork()));
    for (DocumentType paper : papers) {
      item.addPapers(
          file.findLatestDocument(paper, cutOffDate)
              .map(document -> PaperStatus.onFile(paper, document.dateOnFile()))
              .orElseGet(() -> PaperStatus.missing(paper)));
    }
    return item.build();
  }

  /**
   * The remit's referral if met and well-formed; a finding if it throws or refers another child,
   * panel or heading.
   */
  private static Optional<Referral> metReferral(
      CaseFile file,
      Remit remit,
      Panel panel,
      RemitDecision decision,
      Collection<DataQualityFinding> findings) {
    if (!decision.isMet()) {
      return Optional.empty();
    }
    Referral referral = decision.getReferral();
    String problem = null;
    if (!referral.child().equals(file.childId())) {
      problem = "the referral names child " + referral.child();
    } else if (!referral.panel().equals(panel.id())) {
      problem = "the referral names panel " + referral.panel() + ", not " + panel.id();
    } else if (!panel.headings().contains(referral.heading())) {
      problem = "the referral's heading '" + referral.heading().id() + "' is not on the panel";
    }
    if (problem != null) {
      findings.add(
          DataQualityFinding.of(
              file.childId(), "remit '" + remit.name() + "'", problem, remit.citation()));
      return Optional.empty();
    }
    return Optional.of(referral);
  }

  private static Optional<RemitDecision> decide(
      CaseFile file,
      Remit remit,
      EvaluationContext context,
      Collection<DataQualityFinding> findings) {
    try {
      return Optional.of(remit.evaluate(file, context));
    } catch (RuntimeException e) {
      findings.add(thrown(file, "remit '" + remit.name() + "'", e, Optional.of(remit.citation())));
      return Optional.empty();
    }
  }

  /**
   * The first exclusion that applies (present), none (empty inside), or undecided because a policy
   * threw (empty outside, with a finding).
   */
  private static Optional<Optional<Exclusion>> firstExclusion(
      CaseFile file,
      Referral referral,
      PanelRules rules,
      EvaluationContext context,
      Collection<DataQualityFinding> findings) {
    for (ExclusionPolicy policy : rules.exclusions) {
      try {
        Optional<Exclusion> exclusion = policy.evaluate(file, referral, context);
        if (exclusion.isPresent()) {
          return Optional.of(exclusion);
        }
      } catch (RuntimeException e) {
        findings.add(
            thrown(
                file,
                "exclusion policy '" + policy.name() + "'",
                e,
                Optional.of(policy.citation())));
        return Optional.empty();
      }
    }
    return Optional.of(Optional.empty());
  }

  // ------------------------------------------------------------------ explain

  /**
   * Explains why a child is or is not on each panel's next agenda that can still take a referral
   * made on the date.
   *
   * @param file the child's case file
   * @param asOf the date
   * @return per panel, the remit decisions, exclusions and inclusions; and the findings
   */
  public Explanation explain(CaseFile file, LocalDate asOf) {
    Set<DataQualityFinding> findings = new HashSet<>();
    Explanation.Builder explanation = Explanation.builder();
    explanation.child(file.childId()).asOf(asOf);
    checkConsistency(file, findings);
    EvaluationContext base = EvaluationContext.of(asOf, authority.calendar(), authority.settings());
    Instant startOfDay = asOf.atStartOfDay(WorkingCalendars.LONDON).toInstant();
    for (PanelRules rules : panels) {
      Panel panel = rules.panel;
      Optional<ScheduledMeeting> meeting =
          panel.schedule().findNextAvailableMeeting(startOfDay, panel.referralCutOff());
      LocalDate evaluatedOn =
          meeting
              .map(m -> panel.schedule().cutOffFor(m, panel.referralCutOff()).toLocalDate())
              .orElse(asOf);
      EvaluationContext context = meeting.map(m -> base.forMeeting(evaluatedOn, m)).orElse(base);
      PanelExplanation.Builder explained = PanelExplanation.builder();
      explained.panel(panel.id()).meeting(meeting).evaluatedOn(evaluatedOn);
      for (Remit remit : rules.remits) {
        Optional<RemitDecision> decision = decide(file, remit, context, findings);
        if (decision.isEmpty()) {
          continue;
        }
        explained.addDecisions(decision.get());
        Optional<Referral> referral = metReferral(file, remit, panel, decision.get(), findings);
        if (referral.isEmpty()
            || meeting.isEmpty()
            || !referral.get().acceptsMeetingOn(meeting.get().date())) {
          continue;
        }
        Optional<Optional<Exclusion>> exclusion =
            firstExclusion(file, referral.get(), rules, context, findings);
        if (exclusion.isPresent()) {
          exclusion
              .get()
              .ifPresentOrElse(explained::addExclusions, () -> explained.addListed(referral.get()));
        }
      }
      explanation.addPanels(explained.build());
    }
    return explanation.addAllFindings(sorted(findings)).build();
  }

  // ------------------------------------------------------------------ drift

  /**
   * The drift report of a cohort on a date.
   *
   * @param files the children's case files
   * @param asOf the date
   * @return the overdue and due-soon items, the deadlines met late, and the findings
   */
  public DriftReport drift(Collection<CaseFile> files, LocalDate asOf) {
    Set<DataQualityFinding> duplicates = new HashSet<>();
    List<CaseFile> unique = unique(files, duplicates);
    Job job = new Job(List.of(), 0, Optional.of(context(asOf)), true, false, 0);
    return driftReport(asOf, evaluateAll(unique, job), duplicates);
  }

  private static DriftReport driftReport(
      LocalDate asOf, List<ChildResult> results, Set<DataQualityFinding> duplicates) {
    Set<DataQualityFinding> findings = new HashSet<>(duplicates);
    int[] itemStarts = new int[results.size() + 1];
    int[] historyStarts = new int[results.size() + 1];
    for (int i = 0; i < results.size(); i++) {
      ChildResult result = results.get(i);
      itemStarts[i + 1] = itemStarts[i] + result.drift.itemDays.length;
      historyStarts[i + 1] = historyStarts[i] + result.drift.historyDays.length;
      addFindings(findings, result.consistency);
      addFindings(findings, result.drift.findings);
    }
    DriftItem[] items = new DriftItem[itemStarts[results.size()]];
    int[] itemDays = new int[items.length];
    DriftItem[] history = new DriftItem[historyStarts[results.size()]];
    int[] historyDays = new int[history.length];
    IntStream.range(0, results.size())
        .parallel()
        .forEach(
            i -> {
              ChildDrift drift = results.get(i).drift;
              drift.copyItems(items, itemDays, itemStarts[i]);
              drift.copyHistory(history, historyDays, historyStarts[i]);
            });
    return DriftReport.builder()
        .asOf(asOf)
        .addItems(byDueDate(items, itemDays))
        .addHistory(byDueDate(history, historyDays))
        .addAllFindings(sorted(findings))
        .build();
  }

  /** Adds findings to a set, skipping the (usual) empty case cheaply. */
  private static void addFindings(Set<DataQualityFinding> into, Set<DataQualityFinding> findings) {
    if (!findings.isEmpty()) {
      into.addAll(findings);
    }
  }

  /**
   * The items in the report's order (due date, child, kind, title), from items in order of child
   * and each child's items in that order: a stable sort by due date alone, counting items per day.
   */
  private static DriftItem[] byDueDate(DriftItem[] items, int[] days) {
    if (items.length < 2) {
      return items;
    }
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    for (int day : days) {
      first = Math.min(first, day);
      last = Math.max(last, day);
    }
    if ((long) last - first >= MAX_DAYS_COUNTED) {
      Arrays.sort(items, Comparator.comparing(DriftItem::dueDate));
      return items;
    }
    int[] starts = new int[last - first + 2];
    for (int day : days) {
      starts[day - first + 1]++;
    }
    for (int day = 1; day < starts.length; day++) {
      starts[day] += starts[day - 1];
    }
    DriftItem[] sorted = new DriftItem[items.length];
    for (int i = 0; i < items.length; i++) {
      sorted[starts[days[i] - first]++] = items[i];
    }
    return sorted;
  }

  private ChildDrift drift(CaseFile file, EvaluationContext context) {
    ChildDrift drift = new ChildDrift();
    LocalDate asOf = context.asOf();
    for (CaseDeadlineRule rule : authority.deadlineRules()) {
      try {
        for (Deadline deadline : rule.deadlinesFor(file, context)) {
          DeadlineStatus status = deadline.status(asOf);
          if (rule.driftKind() == DriftKind.REVIEW
              && status != DeadlineStatus.MET
              && status != DeadlineStatus.MET_LATE
              && drift.nextReviewDue.map(d -> deadline.dueDate().isBefore(d)).orElse(true)) {
            drift.nextReviewDue = Optional.of(deadline.dueDate());
          }
          if (status == DeadlineStatus.OVERDUE || status == DeadlineStatus.DUE_SOON) {
            drift.items.add(driftItem(file, rule, deadline, status));
          } else if (status == DeadlineStatus.MET_LATE) {
            drift.history.add(driftItem(file, rule, deadline, status));
          }
        }
      } catch (RuntimeException e) {
        drift.findings.add(
            thrown(file, "deadline rule '" + rule.name() + "'", e, Optional.of(rule.citation())));
      }
    }
    for (PanelAction action : file.overdueActionsOn(asOf)) {
      drift.items.add(
          DriftItem.builder()
              .child(file.childId())
              .kind(DriftKind.ACTION_OVERDUE)
              .title(action.type().name() + " (action " + action.id() + ")")
              .dueDate(action.dueOn())
              .status(DeadlineStatus.OVERDUE)
              .citation(authority.actionsCitation())
              .escalateTo(authority.escalation())
              .detail(() -> "owner " + action.owner() + ", due " + action.dueOn())
              .build());
    }
    drift.sortAndDate();
    return drift;
  }

  private DriftItem driftItem(
      CaseFile file, CaseDeadlineRule rule, Deadline deadline, DeadlineStatus status) {
    return DriftItem.builder()
        .child(file.childId())
        .kind(rule.driftKind())
        .title(deadline.name())
        .dueDate(deadline.dueDate())
        .status(status)
        .citation(deadline.citation())
        .escalateTo(rule.escalateTo().orElse(authority.escalation()))
        .detail(deadline::trace)
        .build();
  }

  // ------------------------------------------------------------------ tracker

  /**
   * The tracker of a cohort on a date: a row per child in the authority's tracker scope.
   *
   * @param files the children's case files
   * @param asOf the date
   * @return the rows by child id, and the findings
   */
  public Tracker tracker(Collection<CaseFile> files, LocalDate asOf) {
    List<Slot> slots = slots(asOf, asOf.plusWeeks(TRACKER_PLAN_WEEKS));
    Set<DataQualityFinding> duplicates = new HashSet<>();
    List<CaseFile> unique = unique(files, duplicates);
    Job job = new Job(slots, 0, Optional.of(context(asOf)), false, true, slots.size());
    return tracker(asOf, evaluateAll(unique, job), duplicates);
  }

  private static Tracker tracker(
      LocalDate asOf, List<ChildResult> results, Set<DataQualityFinding> duplicates) {
    Set<DataQualityFinding> findings = new HashSet<>(duplicates);
    List<TrackerRow> rows = new ArrayList<>(); // in order of child id, as the results
    for (ChildResult result : results) {
      result.row.ifPresent(rows::add);
      addFindings(findings, result.consistency);
      addFindings(findings, result.trackerFindings);
    }
    return Tracker.builder().asOf(asOf).addAllRows(rows).addAllFindings(sorted(findings)).build();
  }

  /** The child's tracker row and its findings, if the child is in the tracker's scope. */
  private void track(CaseFile file, Job job, Planner plan, ChildResult result) {
    EvaluationContext context = job.context.orElseThrow();
    LocalDate asOf = context.asOf();
    Set<DataQualityFinding> findings = result.trackerFindings;
    try {
      boolean inScope;
      try {
        inScope = authority.trackerScope().includes(file, context);
      } catch (RuntimeException e) {
        findings.add(thrown(file, "tracker scope", e, Optional.empty()));
        return;
      }
      if (!inScope) {
        return;
      }
      if (result.drift == null) {
        result.drift = drift(file, context);
      }
      ChildDrift drift = result.drift;
      findings.addAll(drift.findings);
      Optional<Placed> first = plan.firstListedBefore(job.slots, job.trackerSlots);
      plan.findingsBefore(first.map(placed -> placed.slot + 1).orElse(job.trackerSlots), findings);
      Optional<PanelAppearance> next =
          first.map(
              placed -> {
                Slot slot = job.slots.get(placed.slot);
                return PanelAppearance.of(
                    slot.rules.panel.id(), slot.meeting.date(), placed.item.heading().title());
              });
      Optional<LegalStatusPeriod> status = file.findLegalStatusOn(asOf);
      Optional<CareProceedings> proceedings =
          file.findCareProceedingsOn(asOf).filter(CareProceedings::isIssued);
      result.row =
          Optional.of(
              TrackerRow.builder()
                  .child(file.childId())
                  .legalStatus(status.map(LegalStatusPeriod::code))
                  .legalStatusSince(
                      status.flatMap(
                          s -> file.findContinuousLegalStatusSince(asOf, s.code()::equals)))
                  .plan(file.findPlanInForceOn(asOf))
                  .becameLookedAfter(file.findBecameLookedAfterOn(asOf))
                  .nextReviewDue(drift.nextReviewDue)
                  .proceedingsWeek(
                      proceedings.map(p -> weekBeginningWith(p.issuedOn().orElseThrow(), asOf)))
                  .proceedingsWeeksAllowed(
                      proceedings.map(p -> TrackerRow.PROCEEDINGS_WEEKS + p.totalExtensionWeeks()))
                  .ploWeek(
                      file.findPreProceedingsOn(asOf).map(p -> weekBeginningWith(p.start(), asOf)))
                  .lastPanel(lastPanelBy(file, asOf))
                  .nextPanel(next)
                  .addAllOpenActions(file.openActions())
                  .addAllDrift(drift.items)
                  .build());
    } catch (RuntimeException e) {
      result.row = Optional.empty();
      findings.add(thrown(file, "tracker", e, Optional.empty()));
    }
  }

  /** The child's latest panel appearance on or before the date. */
  private static Optional<PanelAppearance> lastPanelBy(CaseFile file, LocalDate asOf) {
    List<PanelAppearance> appearances = file.panelAppearances();
    Optional<PanelAppearance> last = Optional.empty();
    for (PanelAppearance appearance : appearances) {
      if (!appearance.meetingOn().isAfter(asOf)) {
        last = Optional.of(appearance);
      }
    }
    return last;
  }

  // ------------------------------------------------------------------ all three

  /**
   * The agendas from the date, the drift report and the tracker on the date, in one pass over the
   * cohort: each child's deadlines are worked out once for the drift report and the tracker, and
   * the tracker's search for each child's next panel goes on from the agendas' plan instead of
   * planning again.
   *
   * <p>The result equals {@code agendas(files, asOf, agendasEndExclusive)}, {@code drift(files,
   * asOf)} and {@code tracker(files, asOf)}, findings included; this is the call for a whole
   * cohort, the others for one report.
   *
   * @param files the children's case files
   * @param asOf the date of the drift report and the tracker, and the first meeting date of the
   *     agendas
   * @param agendasEndExclusive the day after the last meeting date of the agendas
   * @return the three reports
   * @throws IllegalArgumentException if the end is before the date
   */
  public Evaluation evaluate(
      Collection<CaseFile> files, LocalDate asOf, LocalDate agendasEndExclusive) {
    checkArgument(
        !agendasEndExclusive.isBefore(asOf),
        "agendasEndExclusive must not be before asOf but was %s < %s",
        agendasEndExclusive,
        asOf);
    LocalDate trackerEnd = asOf.plusWeeks(TRACKER_PLAN_WEEKS);
    List<Slot> slots =
        slots(asOf, agendasEndExclusive.isAfter(trackerEnd) ? agendasEndExclusive : trackerEnd);
    Job job =
        new Job(
            slots,
            slotsBefore(slots, agendasEndExclusive),
            Optional.of(context(asOf)),
            true,
            true,
            slotsBefore(slots, trackerEnd));
    Set<DataQualityFinding> duplicates = new HashSet<>();
    List<ChildResult> results = evaluateAll(unique(files, duplicates), job);
    return Evaluation.of(
        agendaPlan(asOf, agendasEndExclusive, job, results, duplicates),
        driftReport(asOf, results, duplicates),
        tracker(asOf, results, duplicates));
  }

  /** The number of slots, a prefix since slots are in order of start, dated before the date. */
  private static int slotsBefore(List<Slot> slots, LocalDate endExclusive) {
    int count = 0;
    while (count < slots.size() && slots.get(count).meeting.date().isBefore(endExclusive)) {
      count++;
    }
    return count;
  }

  private EvaluationContext context(LocalDate asOf) {
    return EvaluationContext.of(asOf, authority.calendar(), authority.settings());
  }

  /**
   * Evaluates each child independently, in parallel; the results are in order of child id, the
   * order of the tracker's rows and of the drift items due on the same day.
   */
  private List<ChildResult> evaluateAll(List<CaseFile> files, Job job) {
    CaseFile[] byChild = files.toArray(CaseFile[]::new);
    Arrays.parallelSort(byChild, Comparator.comparing(CaseFile::childId));
    return Arrays.stream(byChild)
        .parallel()
        .map(file -> evaluate(file, job))
        .collect(Collectors.toList());
  }

  private ChildResult evaluate(CaseFile file, Job job) {
    ChildResult result = new ChildResult();
    checkConsistency(file, result.consistency);
    result.plan = new Planner(file);
    result.plan.plan(job.slots, job.agendaSlots, false);
    if (job.drift) {
      result.drift = drift(file, job.context.orElseThrow());
    }
    if (job.tracker) {
      track(file, job, result.plan, result);
    }
    return result;
  }

  /**
   * The week a date falls in, counting "beginning with" the start: the start day is day 1 of week
   * 1.
   *
   * @param start the first day of week 1
   * @param date a date on or after the start
   * @return the week, from 1
   */
  static int weekBeginningWith(LocalDate start, LocalDate date) {
    return (int) (ChronoUnit.DAYS.between(start, date) / 7) + 1;
  }

  // ------------------------------------------------------------------ data quality

  /** Keeps the first case file of each child; a finding for each repeat. */
  private static List<CaseFile> unique(
      Collection<CaseFile> files, Set<DataQualityFinding> findings) {
    Set<ChildId> seen = new HashSet<>();
    List<CaseFile> unique = new ArrayList<>(files.size());
    for (CaseFile file : files) {
      if (seen.add(file.childId())) {
        unique.add(file);
      } else {
        findings.add(
            DataQualityFinding.of(
                file.childId(),
                CONSISTENCY,
                "a second case file with the same child id; only the first is evaluated"));
      }
    }
    return unique;
  }

  /** Records that contradict each other where the model cannot prevent it. */
  private static void checkConsistency(CaseFile file, Set<DataQualityFinding> findings) {
    List<PeriodOfCare> periods = file.periodsOfCare();
    for (LookedAfterReview review : file.reviews()) {
      LocalDate date = review.date();
      if (isDuringCare(periods, date)) {
        continue;
      }
      String problem =
          periods.isEmpty() || date.isBefore(periods.get(0).start())
              ? "review on "
                  + date
                  + " is dated before the child became looked after"
                  + (periods.isEmpty() ? " (no period of care)" : " on " + periods.get(0).start())
              : "review on " + date + " is dated while the child was not looked after";
      findings.add(DataQualityFinding.of(file.childId(), CONSISTENCY, problem, REVIEWS));
    }
  }

  /** Whether a period of care contains the date, its last day (the end) included. */
  private static boolean isDuringCare(List<PeriodOfCare> periods, LocalDate date) {
    for (PeriodOfCare period : periods) {
      if (!date.isBefore(period.start())
          && (period.end().isEmpty() || !date.isAfter(period.end().get()))) {
        return true;
      }
    }
    return false;
  }

  private static DataQualityFinding thrown(
      CaseFile file, String source, RuntimeException e, Optional<Citation> citation) {
    String problem = "evaluation failed: " + e.getClass().getSimpleName() + ": " + e.getMessage();
    return citation
        .map(c -> DataQualityFinding.of(file.childId(), source, problem, c))
        .orElseGet(() -> DataQualityFinding.of(file.childId(), source, problem));
  }

  private static ImmutableList<DataQualityFinding> sorted(Set<DataQualityFinding> findings) {
    return ImmutableList.copyOf(new TreeSet<>(findings));
  }

  // ------------------------------------------------------------------ internals

  private record PanelRules(
      int index,
      Panel panel,
      ImmutableList<Remit> remits,
      ImmutableList<ExclusionPolicy> exclusions) {}

  private static final class Slot {
    final PanelRules rules;
    final ScheduledMeeting meeting;
    final ZonedDateTime cutOff;
    final Optional<Instant> circulated;
    final EvaluationContext context;
    int index;

    Slot(
        PanelRules rules,
        ScheduledMeeting meeting,
        ZonedDateTime cutOff,
        Optional<Instant> circulated,
        EvaluationContext context) {
      this.rules = rules;
      this.meeting = meeting;
      this.cutOff = cutOff;
      this.circulated = circulated;
      this.context = context;
    }
  }

  private record PlacedKey(String remit, LocalDate earliest, LocalDate latestExclusive) {}

  private record Placed(int slot, AgendaItem item) {}

  private record Excluded(int slot, Exclusion exclusion) {}

  private record SlotFinding(int slot, DataQualityFinding finding) {}

  /**
   * What an evaluation works out for each child: the agendas of the first {@code agendaSlots}
   * slots; with a context on the date, the drift (if {@code drift}) and the tracker row (if {@code
   * tracker}, its next panel among the first {@code trackerSlots} slots).
   */
  private record Job(
      List<Slot> slots,
      int agendaSlots,
      Optional<EvaluationContext> context,
      boolean drift,
      boolean tracker,
      int trackerSlots) {}

  /** One child's results, for each report to take its part. */
  private static final class ChildResult {
    final Set<DataQualityFinding> consistency = new HashSet<>();
    Planner plan;
    ChildDrift drift;
    Optional<TrackerRow> row = Optional.empty();
    final Set<DataQualityFinding> trackerFindings = new HashSet<>();
  }

  private static final class ChildDrift {
    final List<DriftItem> items = new ArrayList<>();
    final List<DriftItem> history = new ArrayList<>();
    final Set<DataQualityFinding> findings = new HashSet<>();
    Optional<LocalDate> nextReviewDue = Optional.empty();

    /** Due dates as epoch days, for the report's sort: worked out while the items are at hand. */
    int[] itemDays;

    int[] historyDays;

    /** Sorts the child's items and history, and notes their due dates. */
    void sortAndDate() {
      items.sort(Comparator.naturalOrder());
      history.sort(Comparator.naturalOrder());
      itemDays = epochDays(items);
      historyDays = epochDays(history);
    }

    private static int[] epochDays(List<DriftItem> items) {
      int[] days = new int[items.size()];
      for (int i = 0; i < days.length; i++) {
        days[i] = Math.toIntExact(items.get(i).dueDate().toEpochDay());
      }
      return days;
    }

    /** Copies the items and their due dates from {@code at}; the next position. */
    int copyItems(DriftItem[] into, int[] days, int at) {
      return copy(items, itemDays, into, days, at);
    }

    /** Copies the history and its due dates from {@code at}; the next position. */
    int copyHistory(DriftItem[] into, int[] days, int at) {
      return copy(history, historyDays, into, days, at);
    }

    private static int copy(
        List<DriftItem> from, int[] fromDays, DriftItem[] into, int[] days, int at) {
      for (int i = 0; i < fromDays.length; i++) {
        into[at + i] = from.get(i);
      }
      System.arraycopy(fromDays, 0, days, at, fromDays.length);
      return at + fromDays.length;
    }
  }
}
