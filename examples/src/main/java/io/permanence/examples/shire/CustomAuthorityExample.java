package io.permanence.examples.shire;

import io.permanence.core.AuthorityId;
import io.permanence.core.Citation;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.Authority;
import io.permanence.core.evaluation.AuthorityProvider;
import io.permanence.core.evaluation.AuthoritySettings;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.evaluation.ExclusionPolicy;
import io.permanence.core.evaluation.Remit;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.evaluation.Setting;
import io.permanence.core.panel.DocumentType;
import io.permanence.core.panel.Exclusion;
import io.permanence.core.panel.Heading;
import io.permanence.core.panel.Panel;
import io.permanence.core.panel.PanelId;
import io.permanence.core.panel.Referral;
import io.permanence.core.panel.Role;
import io.permanence.core.time.CutOff;
import io.permanence.core.time.PanelSchedule;
import io.permanence.core.time.WorkingCalendar;
import io.permanence.core.time.WorkingCalendars;
import io.permanence.rules.statutory.StatutoryTimescales;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Example Shire ({@code example-shire}): a sixth authority in under a page, from the building
 * blocks. Its Permanence Panel meets on the first Wednesday of each month at 10:00 (referrals by
 * 17:00 five working days before); it hears children new to care (within 8 weeks) and children
 * without a permanence plan four months after coming into care (until six months); children aged 17
 * go to the leaving care panel instead; the statutory looked-after review timescales apply.
 */
public final class CustomAuthorityExample implements AuthorityProvider {

  /** The authority's id. */
  public static final AuthorityId ID = AuthorityId.of("example-shire");

  /** The panel's id. */
  public static final PanelId PANEL = PanelId.of("example-shire-permanence");

  private static final String TOR = "Example Shire Permanence Panel ToR";

  private static final Heading NEW_TO_CARE =
      Heading.builder()
          .id("new")
          .title("New to care")
          .citation(Citation.of(TOR, "3.1"))
          .addAttendees(Role.SOCIAL_WORKER)
          .addPaperwork(DocumentType.CARE_PLAN)
          .build();

  private static final Heading NO_PLAN =
      Heading.builder()
          .id("no-plan")
          .title("No permanence plan")
          .citation(Citation.of(TOR, "3.2"))
          .addAttendees(Role.SOCIAL_WORKER, Role.IRO)
          .addQuestions("What is the plan, by when?")
          .addPaperwork(DocumentType.GENOGRAM)
          .build();

  /** The reason a remit is met and the window of meetings that may hear the child. */
  record Met(String reason, LocalDate earliest, LocalDate latestExclusive) {}

  /** A remit whose test is a lambda; not met with {@code whyNot} when the test gives nothing. */
  record LambdaRemit(
      String name,
      Heading heading,
      Citation citation,
      String whyNot,
      BiFunction<CaseFile, EvaluationContext, Optional<Met>> test)
      implements Remit {
    @Override
    public PanelId panel() {
      return PANEL;
    }

    @Override
    public RemitDecision evaluate(CaseFile file, EvaluationContext context) {
      return test.apply(file, context)
          .map(
              met ->
                  RemitDecision.met(
                      Referral.builder()
                          .child(file.childId())
                          .siblingGroup(file.child().siblingGroup())
                          .panel(PANEL)
                          .heading(heading)
                          .remit(name)
                          .reason(met.reason())
                          .citation(citation)
                          .earliestMeeting(met.earliest())
                          .latestMeetingExclusive(met.latestExclusive())
                          .build()))
          .orElseGet(() -> RemitDecision.notMet(this, whyNot));
    }
  }

  static final Remit NEW =
      new LambdaRemit(
          "new to care",
          NEW_TO_CARE,
          Citation.of(TOR, "3.1"),
          "not new to care",
          (file, context) ->
              file.findBecameLookedAfterOn(context.asOf())
                  .filter(start -> start.isAfter(context.asOf().minusWeeks(8)))
                  .map(start -> new Met("looked after since " + start, start, start.plusWeeks(8))));

  static final Remit WITHOUT_PLAN =
      new LambdaRemit(
          "no plan at 4 months",
          NO_PLAN,
          Citation.of(TOR, "3.2"),
          "has a plan, or in care under 4 months",
          (file, context) ->
              file.findBecameLookedAfterOn(context.asOf())
                  .filter(start -> !start.plusMonths(4).isAfter(context.asOf()))
                  .filter(start -> file.findPlanInForceOn(context.asOf()).isEmpty())
                  .map(
                      start ->
                          new Met(
                              "no permanence plan 4 months after " + start,
                              start.plusMonths(4),
                              start.plusMonths(6))));

  /** Aged 17 on the evaluation date: the leaving care panel hears the child instead. */
  record AgedSeventeen() implements ExclusionPolicy {
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
    public Optional<Exclusion> evaluate(CaseFile file, Referral referral, EvaluationContext c) {
      return file.child()
          .findAgeOn(c.asOf())
          .filter(age -> age >= 17)
          .map(
              age ->
                  Exclusion.builder()
                      .child(file.childId())
                      .panel(PANEL)
                      .remit(referral.remit())
                      .policy(name())
                      .reason("aged 17: heard at the leaving care panel")
                      .citation(citation())
                      .build());
    }
  }

  @Override
  public AuthorityId id() {
    return ID;
  }

  @Override
  public List<Setting<?>> settings() {
    return List.of();
  }

  @Override
  public Authority create(AuthoritySettings settings) {
    WorkingCalendar calendar = WorkingCalendars.englandAndWales();
    Panel panel =
        Panel.builder()
            .id(PANEL)
            .name("Example Shire Permanence Panel")
            .scheduleCitation(Citation.of(TOR, "2"))
            .schedule(
                PanelSchedule.ofRule(
                    "FREQ=MONTHLY;BYDAY=1WE",
                    LocalDate.of(2024, 1, 3),
                    LocalTime.of(10, 0),
                    Duration.ofHours(2),
                    calendar))
            .referralCutOff(CutOff.workingDaysBefore(5, LocalTime.of(17, 0)))
            .addHeadings(NEW_TO_CARE, NO_PLAN)
            .addCoreMembers(Role.CHAIR, Role.HEAD_OF_SERVICE)
            .build();
    return Authority.builder()
        .id(ID)
        .name("Example Shire")
        .calendar(calendar)
        .settings(settings)
        .addPanels(panel)
        .addRemits(NEW, WITHOUT_PLAN)
        .addExclusions(new AgedSeventeen())
        .addDeadlineRules(StatutoryTimescales.lookedAfterReviews())
        .trackerScope((file, context) -> file.isLookedAfterOn(context.asOf()))
        .escalation(Role.HEAD_OF_SERVICE)
        .build();
  }
}
