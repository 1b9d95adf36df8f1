package io.permanence.testkit.cohort;

import io.permanence.core.AuthorityId;
import io.permanence.core.Citation;
import io.permanence.core.care.LookedAfterReview;
import io.permanence.core.care.PeriodOfCare;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.Authority;
import io.permanence.core.evaluation.AuthoritySettings;
import io.permanence.core.evaluation.CaseDeadlineRule;
import io.permanence.core.evaluation.DriftKind;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.evaluation.ExclusionPolicy;
import io.permanence.core.evaluation.Remit;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.panel.DocumentType;
import io.permanence.core.panel.Exclusion;
import io.permanence.core.panel.Heading;
import io.permanence.core.panel.Panel;
import io.permanence.core.panel.PanelDecision;
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
 * A small, self-contained authority built from the SPI's building blocks, for exercising the engine
 * and the laws on synthetic cohorts when no real authority is on the class path. It is not any
 * authority's terms of reference: its citations name "Sample ToR".
 *
 * <ul>
 *   <li>panel {@code sample-panel}: every Tuesday at 10:00 for 3 hours, moved to the next working
 *       day on a bank holiday; referrals by 12:00 on the Friday before; agenda circulated at 17:00
 *       one working day before;
 *   <li>remit "new to care" (heading {@code new-to-care}, care plan required): became looked after
 *       in the 8 weeks up to the cut-off; window [became looked after, + 8 weeks);
 *   <li>remit "s20 over 12 weeks" (heading {@code s20-review}, genogram and review minutes
 *       required): under section 20 without a break for 12 weeks; window [12 weeks, 20 weeks);
 *   <li>exclusion "aged 17": 17 or older on the cut-off date;
 *   <li>deadline rules: "Initial review" 20 working days after becoming looked after (a {@link
 *       DriftKind#REVIEW}, escalated to the IRO), and "Decision signed off" within 7 days of panel
 *       ({@link DriftKind#DECISION_NOT_SIGNED_OFF}, escalated to the operational director);
 *   <li>tracker scope: looked after, or in pre-proceedings; default escalation: head of service.
 * </ul>
 */
public final class SampleAuthority {

  /** The authority's id: {@code sample}. */
  public static final AuthorityId ID = AuthorityId.of("sample");

  /** The panel's id: {@code sample-panel}, the default panel of a {@link SyntheticCohort}. */
  public static final PanelId PANEL = PanelId.of("sample-panel");

  private static final String TOR = "Sample ToR";
  private static final WorkingCalendar CALENDAR = WorkingCalendars.englandAndWales();

  private static final Heading NEW_TO_CARE =
      Heading.builder()
          .id("new-to-care")
          .title("Children new to care")
          .citation(Citation.of(TOR, "2.1"))
          .addAttendees(Role.SOCIAL_WORKER, Role.TEAM_MANAGER)
          .addQuestions("Is there a clear plan for permanence?")
          .addPaperwork(DocumentType.CARE_PLAN)
          .build();

  private static final Heading S20_REVIEW =
      Heading.builder()
          .id("s20-review")
          .title("Section 20 over 12 weeks")
          .citation(Citation.of(TOR, "2.2"))
          .addAttendees(Role.SOCIAL_WORKER, Role.IRO)
          .addQuestions("Is section 20 still appropriate?", "Is a legal gateway meeting needed?")
          .addPaperwork(DocumentType.GENOGRAM, DocumentType.REVIEW_MINUTES)
          .build();

  private SampleAuthority() {}

  /**
   * The sample authority.
   *
   * @return the authority
   */
  public static Authority create() {
    Panel panel =
        Panel.builder()
            .id(PANEL)
            .name("Sample Permanence Panel")
            .scheduleCitation(Citation.of(TOR, "1"))
            .schedule(
                PanelSchedule.ofRule(
                    "FREQ=WEEKLY;BYDAY=TU",
                    LocalDate.of(2020, 1, 7),
                    LocalTime.of(10, 0),
                    Duration.ofHours(3),
                    CALENDAR))
            .referralCutOff(CutOff.onDayBefore(DayOfWeek.FRIDAY, LocalTime.NOON))
            .agendaCirculated(CutOff.workingDaysBefore(1, LocalTime.of(17, 0)))
            .addHeadings(NEW_TO_CARE, S20_REVIEW)
            .addCoreMembers(Role.CHAIR, Role.HEAD_OF_SERVICE)
            .build();
    return Authority.builder()
        .id(ID)
        .name("Sample Authority")
        .calendar(CALENDAR)
        .settings(AuthoritySettings.none())
        .addPanels(panel)
        .addRemits(new NewToCare(), new Section20())
        .addExclusions(new AgedSeventeen())
        .addDeadlineRules(new InitialReview(), new DecisionSignedOff())
        .trackerScope(
            (file, context) ->
                file.isLookedAfterOn(context.asOf())
                    || file.findPreProceedingsOn(context.asOf()).isPresent())
        .escalation(Role.HEAD_OF_SERVICE)
        .actionsCitation(Citation.of(TOR, "4"))
        .build();
  }

  private static Referral.Builder referral(CaseFile file, Remit remit) {
    Referral.Builder referral = Referral.builder();
    referral
        .child(file.childId())
        .siblingGroup(file.child().siblingGroup())
        .panel(PANEL)
        .heading(remit.heading())
        .remit(remit.name())
        .citation(remit.citation());
    return referral;
  }

  private static final class NewToCare implements Remit {
    @Override
    public String name() {
      return "new to care";
    }

    @Override
    public PanelId panel() {
      return PANEL;
    }

    @Override
    public Heading heading() {
      return NEW_TO_CARE;
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
      return RemitDecision.met(
          referral(file, this)
              .reason("became looked after on " + start.get())
              .earliestMeeting(start.get())
              .latestMeetingExclusive(start.get().plusWeeks(8))
              .build());
    }
  }

  private static final class Section20 implements Remit {
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
          referral(file, this)
              .reason("accommodated under section 20 since " + since.get())
              .earliestMeeting(twelveWeeks)
              .latestMeetingExclusive(since.get().plusWeeks(20))
              .build());
    }
  }

  private static final class AgedSeventeen implements ExclusionPolicy {
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
      if (file.child().findAgeOn(context.asOf()).orElse(0) < 17) {
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

  private static final class InitialReview implements CaseDeadlineRule {
    private static final DeadlineRule RULE =
        DeadlineRule.of(
            "Initial review",
            "Became looked after",
            Timescale.workingDays(20),
            Citation.of(TOR, "5.1"));

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

  private static final class DecisionSignedOff implements CaseDeadlineRule {
    private static final Citation CITATION = Citation.of(TOR, "5.2");

    @Override
    public String name() {
      return "Decision signed off";
    }

    @Override
    public Citation citation() {
      return CITATION;
    }

    private static String title(PanelDecision decision) {
      return "Decision " + decision.id() + " signed off";
    }

    @Override
    public List<Deadline> deadlinesFor(CaseFile file, EvaluationContext context) {
      return file.decisions().stream()
          .filter(decision -> !decision.madeOn().isAfter(context.asOf()))
          .map(
              decision ->
                  DeadlineRule.of(title(decision), "Panel decision", Timescale.days(7), CITATION)
                      .deadlineFrom(decision.madeOn(), context.calendar())
                      .withMetOn(decision.signedOffOn()))
          .toList();
    }

    @Override
    public Optional<Role> escalateTo() {
      return Optional.of(Role.OPERATIONAL_DIRECTOR);
    }

    @Override
    public DriftKind driftKind() {
      return DriftKind.DECISION_NOT_SIGNED_OFF;
    }
  }
}
