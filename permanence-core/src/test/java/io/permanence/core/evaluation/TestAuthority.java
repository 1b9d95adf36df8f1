package io.permanence.core.evaluation;

import io.permanence.core.AuthorityId;
import io.permanence.core.Citation;
import io.permanence.core.care.LookedAfterReview;
import io.permanence.core.care.PeriodOfCare;
import io.permanence.core.care.Placement;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.panel.DocumentType;
import io.permanence.core.panel.Exclusion;
import io.permanence.core.panel.Heading;
import io.permanence.core.panel.Panel;
import io.permanence.core.panel.PanelId;
import io.permanence.core.panel.Referral;
import io.permanence.core.panel.Role;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.time.CutOff;
import io.permanence.core.time.Deadline;
import io.permanence.core.time.DeadlineRule;
import io.permanence.core.time.PanelSchedule;
import io.permanence.core.time.Timescale;
import io.permanence.core.time.WorkingCalendar;
import io.permanence.core.time.WorkingCalendars;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * A tiny authority built from the SPI's building blocks to test the engine end to end: one panel
 * meeting every Thursday at 14:00, referrals by 12:00 on the Monday before, agenda circulated on
 * the Tuesday afternoon before; two headings; two remits; one exclusion; one deadline rule.
 *
 * <ul>
 *   <li>remit "new to care" (heading {@code new-to-care}): looked after on the cut-off date and
 *       became looked after in the 8 weeks up to it; window [became looked after, + 8 weeks). Its
 *       reason names the first placement, and it throws if none is recorded that day (bad data);
 *   <li>remit "s20 over 12 weeks" (heading {@code s20-review}): accommodated under s20 without a
 *       break for 12 weeks or more; window [12 weeks after, 20 weeks after);
 *   <li>exclusion "aged 17": aged 17 or more on the cut-off date;
 *   <li>deadline rule "Initial review": 20 working days after becoming looked after, met by the
 *       first review in the period; escalated to the IRO (the authority's default is the head of
 *       service);
 *   <li>tracker scope: looked after, or in pre-proceedings.
 * </ul>
 */
final class TestAuthority {

  static final String TOR = "Test ToR";
  static final AuthorityId ID = AuthorityId.of("test");
  static final PanelId PANEL = PanelId.of("test-panel");
  static final WorkingCalendar CALENDAR = WorkingCalendars.englandAndWales();

  static final Heading NEW_TO_CARE =
      Heading.builder()
          .id("new-to-care")
          .title("Children new to care")
          .citation(Citation.of(TOR, "2.1"))
          .addAttendees(Role.SOCIAL_WORKER, Role.TEAM_MANAGER)
          .addQuestions("Is the plan for permanence clear?", "Are the siblings placed together?")
          .addPaperwork(DocumentType.CARE_PLAN)
          .build();

  static final Heading S20_REVIEW =
      Heading.builder()
          .id("s20-review")
          .title("Section 20 over 12 weeks")
          .citation(Citation.of(TOR, "2.2"))
          .addAttendees(Role.SOCIAL_WORKER, Role.IRO)
          .addQuestions("Is section 20 still appropriate?")
          .addPaperwork(DocumentType.GENOGRAM, DocumentType.REVIEW_MINUTES)
          .build();

  static final Panel PANEL_VALUE =
      Panel.builder()
          .id(PANEL)
          .name("Test Permanence Panel")
          .scheduleCitation(Citation.of(TOR, "1"))
          .schedule(
              PanelSchedule.ofRule(
                  "FREQ=WEEKLY;BYDAY=TH",
                  LocalDate.of(2026, 1, 1),
                  LocalTime.of(14, 0),
                  Duration.ofHours(2),
                  CALENDAR))
          .referralCutOff(CutOff.onDayBefore(DayOfWeek.MONDAY, LocalTime.NOON))
          .agendaCirculated(CutOff.afternoonBefore(DayOfWeek.TUESDAY))
          .addHeadings(NEW_TO_CARE, S20_REVIEW)
          .addCoreMembers(Role.CHAIR, Role.HEAD_OF_SERVICE)
          .build();

  private TestAuthority() {}

  /** The authority. */
  static Authority authority() {
    return builder(List.of()).build();
  }

  /** A builder of the authority with extra remits added after its own. */
  static Authority.Builder builder(List<Remit> extraRemits) {
    Authority.Builder builder = Authority.builder();
    builder
        .id(ID)
        .name("Test Authority")
        .calendar(CALENDAR)
        .settings(AuthoritySettings.none())
        .addPanels(PANEL_VALUE)
        .addRemits(new NewToCare("new to care", NEW_TO_CARE), new S20OverTwelveWeeks())
        .addAllRemits(extraRemits)
        .addExclusions(new AgedSeventeen())
        .addDeadlineRules(new InitialReview())
        .trackerScope(
            (file, context) ->
                file.isLookedAfterOn(context.asOf())
                    || file.findPreProceedingsOn(context.asOf()).isPresent())
        .escalation(Role.HEAD_OF_SERVICE)
        .actionsCitation(Citation.of(TOR, "4"));
    return builder;
  }

  /** Became looked after in the 8 weeks up to the evaluation date. */
  static final class NewToCare implements Remit {
    private final String name;
    private final Heading heading;

    NewToCare(String name, Heading heading) {
      this.name = name;
      this.heading = heading;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public PanelId panel() {
      return PANEL;
    }

    @Override
    public Heading heading() {
      return heading;
    }

    @Override
    public Citation citation() {
      return Citation.of(TOR, "3.1");
    }

    @Override
    public RemitDecision evaluate(CaseFile file, EvaluationContext context) {
      Optional<LocalDate> start = file.findBecameLookedAfterOn(context.asOf());
      if (start.isEmpty()) {
        return RemitDecision.notMet(this, "not looked after");
      }
      if (start.get().isBefore(context.asOf().minusWeeks(8))) {
        return RemitDecision.notMet(this, "looked after for more than 8 weeks");
      }
      Placement first =
          file.findPlacementOn(start.get())
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "no placement recorded on the day the child became looked after"));
      return RemitDecision.met(
          Referral.builder()
              .child(file.childId())
              .siblingGroup(file.child().siblingGroup())
              .panel(PANEL)
              .heading(heading)
              .remit(name)
              .reason("became looked after on " + start.get() + ", placed in " + first.code())
              .citation(citation())
              .earliestMeeting(start.get())
              .latestMeetingExclusive(start.get().plusWeeks(8))
              .build());
    }
  }

  /** Accommodated under section 20 without a break for 12 weeks or more. */
  static final class S20OverTwelveWeeks implements Remit {
    @Override
    public String name() {
      return "s20 over 12 weeks";
    }

    @Override
    public PanelId panel() {
      return PANEL;
    }

    @Override
    public Heading heading() {
      return S20_REVIEW;
    }

    @Override
    public Citation citation() {
      return Citation.of(TOR, "3.2");
    }

    @Override
    public RemitDecision evaluate(CaseFile file, EvaluationContext context) {
      Optional<LocalDate> since =
          file.findContinuousLegalStatusSince(context.asOf(), LegalStatusCode::isSection20);
      if (since.isEmpty()) {
        return RemitDecision.notMet(this, "not accommodated under section 20");
      }
      LocalDate twelveWeeks = since.get().plusWeeks(12);
      if (context.asOf().isBefore(twelveWeeks)) {
        return RemitDecision.notMet(this, "under section 20 for less than 12 weeks");
      }
      return RemitDecision.met(
          Referral.builder()
              .child(file.childId())
              .siblingGroup(file.child().siblingGroup())
              .panel(PANEL)
              .heading(S20_REVIEW)
              .remit(name())
              .reason("accommodated under section 20 since " + since.get())
              .citation(citation())
              .earliestMeeting(twelveWeeks)
              .latestMeetingExclusive(since.get().plusWeeks(20))
              .build());
    }
  }

  /** Aged 17 or more: considered elsewhere. */
  static final class AgedSeventeen implements ExclusionPolicy {
    @Override
    public String name() {
      return "aged 17";
    }

    @Override
    public PanelId panel() {
      return PANEL;
    }

    @Override
    public Citation citation() {
      return Citation.of(TOR, "3.3");
    }

    @Override
    public Optional<Exclusion> evaluate(
        CaseFile file, Referral referral, EvaluationContext context) {
      if (file.ageOn(context.asOf()) < 17) {
        return Optional.empty();
      }
      return Optional.of(
          Exclusion.builder()
              .child(file.childId())
              .panel(PANEL)
              .remit(referral.remit())
              .policy(name())
              .reason("aged 17: considered at the leaving care panel")
              .citation(citation())
              .build());
    }
  }

  /** The first review, 20 working days after becoming looked after. */
  static final class InitialReview implements CaseDeadlineRule {
    private static final DeadlineRule RULE =
        DeadlineRule.of(
            "Initial review",
            "Became looked after",
            Timescale.workingDays(20),
            Citation.of(TOR, "5"));

    @Override
    public String name() {
      return "Initial review";
    }

    @Override
    public Citation citation() {
      return RULE.citation();
    }

    @Override
    public List<Deadline> deadlinesFor(CaseFile file, EvaluationContext context) {
      return file.periodsOfCare().stream()
          .filter(period -> !period.start().isAfter(context.asOf()))
          .map(
              period ->
                  RULE.deadlineFrom(period.start(), context.calendar())
                      .withMetOn(findHeldOn(file, period.start())))
          .toList();
    }

    /** The first review held in the period of care that began on {@code start}. */
    private static Optional<LocalDate> findHeldOn(CaseFile file, LocalDate start) {
      Optional<PeriodOfCare> period = file.findPeriodOfCareContaining(start);
      return file.reviews().stream()
          .map(LookedAfterReview::date)
          .filter(date -> !date.isBefore(start))
          .filter(date -> period.map(p -> p.contains(date)).orElse(false))
          .findFirst();
    }

    @Override
    public Optional<Role> escalateTo() {
      return Optional.of(Role.IRO);
    }

    @Override
    public DriftKind driftKind() {
      return DriftKind.REVIEW;
    }
  }
}
