package io.permanence.csv.casefile;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import io.permanence.core.AuthorityId;
import io.permanence.core.care.AdoptionMilestones;
import io.permanence.core.care.CareLeaverOutcome;
import io.permanence.core.care.HealthIndicator;
import io.permanence.core.care.HealthOutcomes;
import io.permanence.core.care.MissingEpisode;
import io.permanence.core.care.Placement;
import io.permanence.core.care.PlacementArrangement;
import io.permanence.core.care.PreviousPermanence;
import io.permanence.core.care.SocialWorkerEpisode;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.casefile.CaseFlag;
import io.permanence.core.casefile.CaseFlagType;
import io.permanence.core.child.Child;
import io.permanence.core.child.ChildId;
import io.permanence.core.child.SiblingGroupId;
import io.permanence.core.legal.CareProceedings;
import io.permanence.core.legal.CourtOrder;
import io.permanence.core.legal.CourtOrderExtension;
import io.permanence.core.legal.CourtOrderType;
import io.permanence.core.legal.DecisionForum;
import io.permanence.core.legal.PreProceedings;
import io.permanence.core.legal.PreProceedingsOutcome;
import io.permanence.core.legal.ProceedingsExtension;
import io.permanence.core.panel.ActionId;
import io.permanence.core.panel.ActionStatus;
import io.permanence.core.panel.ActionType;
import io.permanence.core.panel.DecisionId;
import io.permanence.core.panel.DocumentOnFile;
import io.permanence.core.panel.DocumentType;
import io.permanence.core.panel.PanelAction;
import io.permanence.core.panel.PanelAppearance;
import io.permanence.core.panel.PanelDecision;
import io.permanence.core.panel.PanelId;
import io.permanence.core.panel.Role;
import io.permanence.core.plan.PermanenceOption;
import io.permanence.core.plan.PermanencePlan;
import io.permanence.core.reference.AdoptionReversalReasonCode;
import io.permanence.core.reference.CollectionYear;
import io.permanence.core.reference.MissingCode;
import io.permanence.core.reference.PreviousPermanenceCode;
import io.permanence.testkit.generators.Generators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Case files with every kind of record and awkward text, for the round trip and fuzz properties:
 * the testkit's {@link Generators#caseFiles()} (periods of care, legal statuses, placements,
 * reviews, plans) completed with the child's other fields, court orders, pre-proceedings, care
 * proceedings, flags, panel history, documents and the other SSDA903 records; one case file in ten
 * is an unborn child's, with only the records an unborn child may have.
 */
final class FullCaseFiles {

  /** Characters that CSV, spreadsheets and the reader treat specially. */
  private static final String[] PIECES = {
    "a",
    "Z",
    "7",
    " ",
    ",",
    "\"",
    "'",
    "\n",
    "\r\n",
    "\t",
    "=",
    "+",
    "-",
    "@",
    ";",
    ":",
    "é",
    "\uD83D\uDE00",
    "ß",
    "\u00A0",
    "x"
  };

  private FullCaseFiles() {}

  /** Text of 0 to 12 pieces: empty, white space only, formulas, quotes, line breaks, emoji. */
  static Gen<String> texts() {
    return in -> {
      int n = integers().between(0, 12).generate(in);
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < n; i++) {
        text.append(arbitrary().pick(PIECES).generate(in));
      }
      return text.toString();
    };
  }

  /** Non-blank text of at most 25 characters (headings, names, ids that must not be blank). */
  static Gen<String> nonBlankTexts() {
    return texts().map(t -> "k" + t);
  }

  /** Ids of lower-case letters, digits and hyphens, sometimes starting with a hyphen. */
  static Gen<String> slugs() {
    return in ->
        arbitrary().pick("-x", "panel-1", "a", "9", "care-plan", "--").generate(in)
            + integers().between(0, 99).generate(in);
  }

  /** Lists of 1 to 4 case files with distinct child ids. */
  static Gen<List<CaseFile>> caseFileLists() {
    return in -> {
      int n = integers().between(1, 4).generate(in);
      List<CaseFile> files = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        files.add(caseFiles(i).generate(in));
      }
      return files;
    };
  }

  /** Full case files whose child id ends with the given number. */
  static Gen<CaseFile> caseFiles(int number) {
    return in -> {
      boolean unborn = integers().between(0, 9).generate(in) == 0;
      String id = arbitrary().pick("C", "=C", "'C", "-C", "C 1").generate(in) + number;
      return unborn ? unborn(in, id) : born(in, id);
    };
  }

  private static LocalDate date(RandomnessSource in, LocalDate from, int maxDays) {
    return from.plusDays(integers().between(0, maxDays).generate(in));
  }

  private static <T> Optional<T> maybe(RandomnessSource in, T value) {
    return booleans().all().generate(in) ? Optional.of(value) : Optional.empty();
  }

  private static CaseFile born(RandomnessSource in, String id) {
    CaseFile generated = Generators.caseFiles().generate(in);
    LocalDate born = generated.child().dateOfBirth().orElseThrow();
    Child.Builder child = Child.builder();
    child
        .id(ChildId.of(id))
        .dateOfBirth(born)
        .hasDisability(booleans().all().generate(in))
        .siblingGroup(maybe(in, SiblingGroupId.of("G" + nonBlankTexts().generate(in).strip())));
    if (booleans().all().generate(in)) {
      child.isUasc(true).uascCeasedOn(maybe(in, date(in, born, 7000)));
    }
    CaseFile.Builder caseFile = CaseFile.builder();
    caseFile
        .authority(AuthorityId.of(arbitrary().pick("bcp", "-x", "north-somerset").generate(in)))
        .child(child.build())
        .addAllPeriodsOfCare(generated.periodsOfCare())
        .addAllLegalStatusPeriods(generated.legalStatusPeriods())
        .addAllReviews(generated.reviews())
        .addAllPlans(withRatification(in, generated.plans()));
    for (Placement placement : generated.placements()) {
      Placement.Builder copy = Placement.builder();
      copy.code(placement.code())
          .provider(placement.provider())
          .start(placement.start())
          .end(placement.end())
          .reasonForChange(placement.reasonForChange())
          .longTermMatchOn(placement.longTermMatchOn())
          .arrangement(arbitrary().enumValues(PlacementArrangement.class).generate(in));
      caseFile.addPlacements(copy.build());
    }
    addLegal(in, caseFile, born, true);
    addPanelHistory(in, caseFile, born);
    addSsda903Records(in, caseFile, born);
    return caseFile.build();
  }

  private static CaseFile unborn(RandomnessSource in, String id) {
    LocalDate expected = date(in, LocalDate.of(2020, 1, 1), 4000);
    CaseFile.Builder caseFile = CaseFile.builder();
    caseFile
        .authority(AuthorityId.of("bcp"))
        .child(Child.unborn(ChildId.of(id), expected))
        .addPlans(PermanencePlan.of(PermanenceOption.ADOPTION, expected.minusDays(30)));
    addLegal(in, caseFile, expected.minusDays(200), false);
    addPanelHistory(in, caseFile, expected.minusDays(200));
    return caseFile.build();
  }

  private static List<PermanencePlan> withRatification(
      RandomnessSource in, List<PermanencePlan> plans) {
    List<PermanencePlan> result = new ArrayList<>();
    for (PermanencePlan plan : plans) {
      PermanencePlan.Builder copy = PermanencePlan.builder();
      copy.primary(plan.primary())
          .contingency(plan.contingency())
          .recordedOn(plan.recordedOn())
          .ratifiedOn(maybe(in, date(in, plan.recordedOn(), 100)));
      result.add(copy.build());
    }
    return result;
  }

  private static void addLegal(
      RandomnessSource in, CaseFile.Builder caseFile, LocalDate from, boolean born) {
    for (int i = integers().between(0, 2).generate(in); i > 0; i--) {
      LocalDate start = date(in, from, 3000);
      PreProceedings.Builder plo = PreProceedings.builder();
      plo.start(start).letterBeforeProceedingsOn(maybe(in, date(in, start, 20)));
      for (int m = integers().between(0, 3).generate(in); m > 0; m--) {
        plo.addReviewMeetings(date(in, start, 200));
      }
      plo.familyGroupConferenceOfferedOn(maybe(in, date(in, start.minusDays(30), 60)))
          .familyGroupConferenceHeldOn(maybe(in, date(in, start, 60)));
      if (booleans().all().generate(in)) {
        plo.end(date(in, start, 300))
            .outcome(maybe(in, arbitrary().enumValues(PreProceedingsOutcome.class).generate(in)));
      }
      caseFile.addPreProceedings(plo.build());
    }
    for (int i = integers().between(0, 2).generate(in); i > 0; i--) {
      LocalDate decided = date(in, from, 3000);
      CareProceedings.Builder proceedings = CareProceedings.builder();
      proceedings
          .decisionToIssueOn(decided)
          .decisionForum(arbitrary().enumValues(DecisionForum.class).generate(in));
      if (born && booleans().all().generate(in)) {
        LocalDate issued = date(in, decided, 30);
        proceedings
            .issuedOn(issued)
            .caseManagementHearingOn(maybe(in, date(in, issued, 20)))
            .finalEvidenceDueOn(maybe(in, date(in, issued, 150)))
            .issuesResolutionHearingOn(maybe(in, date(in, issued, 170)))
            .finalHearingOn(maybe(in, date(in, issued, 180)));
        // In order: CareProceedings cannot sort both lists itself (a stack overflow in core).
        LocalDate checkpoint = issued;
        for (int c = integers().between(0, 2).generate(in); c > 0; c--) {
          checkpoint = date(in, checkpoint, 90);
          proceedings.addCheckpoints(checkpoint);
        }
        LocalDate granted = issued;
        for (int e = integers().between(0, 2).generate(in); e > 0; e--) {
          granted = date(in, granted, 100);
          proceedings.addExtensions(
              ProceedingsExtension.of(granted, integers().between(1, 8).generate(in)));
        }
        if (booleans().all().generate(in)) {
          proceedings.finalOrderOn(date(in, issued, 250));
          for (int o = integers().between(0, 2).generate(in); o > 0; o--) {
            proceedings.addFinalOrderTypes(
                arbitrary().enumValues(CourtOrderType.class).generate(in));
          }
        }
      }
      caseFile.addCareProceedings(proceedings.build());
    }
    for (int i = born ? integers().between(0, 2).generate(in) : 0; i > 0; i--) {
      LocalDate made = date(in, from, 5000);
      CourtOrder.Builder order = CourtOrder.builder();
      order.type(arbitrary().enumValues(CourtOrderType.class).generate(in)).madeOn(made);
      LocalDate end = made;
      if (booleans().all().generate(in)) {
        end = date(in, made, 400);
        order.originalEnd(end);
      }
      LocalDate granted = made;
      for (int e = integers().between(0, 2).generate(in); e > 0; e--) {
        granted = date(in, granted, 10);
        end =
            (end.isAfter(granted) ? end : granted).plusDays(integers().between(1, 90).generate(in));
        order.addExtensions(CourtOrderExtension.of(granted, end));
      }
      caseFile.addCourtOrders(order.build());
    }
  }

  private static void addPanelHistory(
      RandomnessSource in, CaseFile.Builder caseFile, LocalDate from) {
    for (int i = integers().between(0, 3).generate(in); i > 0; i--) {
      CaseFlag.Builder flag = CaseFlag.builder();
      LocalDate start = date(in, from, 4000);
      flag.type(arbitrary().enumValues(CaseFlagType.class).generate(in))
          .start(start)
          .end(maybe(in, date(in, start, 300)))
          .raisedBy(maybe(in, Role.of(slugs().generate(in), nonBlankTexts().generate(in))))
          .note(maybe(in, texts().generate(in)));
      caseFile.addFlags(flag.build());
    }
    for (int i = integers().between(0, 3).generate(in); i > 0; i--) {
      caseFile.addPanelAppearances(
          PanelAppearance.builder()
              .panel(PanelId.of(slugs().generate(in)))
              .meetingOn(date(in, from, 4000))
              .heading(nonBlankTexts().generate(in))
              .outcome(maybe(in, texts().generate(in)))
              .build());
    }
    int decisions = integers().between(0, 2).generate(in);
    for (int i = 0; i < decisions; i++) {
      LocalDate made = date(in, from, 4000);
      caseFile.addDecisions(
          PanelDecision.builder()
              .id(DecisionId.of(" D" + i + nonBlankTexts().generate(in)))
              .panel(PanelId.of(slugs().generate(in)))
              .madeOn(made)
              .signedOffOn(maybe(in, date(in, made, 10)))
              .signOffBy(Role.OPERATIONAL_DIRECTOR)
              .text(texts().generate(in))
              .build());
    }
    for (int i = integers().between(0, 3).generate(in); i > 0; i--) {
      ActionStatus status = arbitrary().enumValues(ActionStatus.class).generate(in);
      LocalDate due = date(in, from, 4000);
      PanelAction.Builder action = PanelAction.builder();
      action
          .id(ActionId.of("A" + i + "=" + nonBlankTexts().generate(in)))
          .decision(decisions > 0 ? maybe(in, DecisionId.of("D0")) : Optional.empty())
          .type(
              booleans().all().generate(in)
                  ? ActionType.CONVENE_REVIEW
                  : ActionType.of(slugs().generate(in), nonBlankTexts().generate(in)))
          .description(nonBlankTexts().generate(in))
          .owner(Role.SOCIAL_WORKER)
          .dueOn(due)
          .status(status);
      if (status == ActionStatus.DONE
          || (status == ActionStatus.CANCELLED && booleans().all().generate(in))) {
        action.completedOn(date(in, due.minusDays(20), 40));
      }
      caseFile.addActions(action.build());
    }
    for (int i = integers().between(0, 3).generate(in); i > 0; i--) {
      caseFile.addDocuments(
          DocumentOnFile.of(
              booleans().all().generate(in)
                  ? DocumentType.CARE_PLAN
                  : DocumentType.of(slugs().generate(in), nonBlankTexts().generate(in)),
              date(in, from, 4000)));
    }
    if (booleans().all().generate(in)) {
      LocalDate start = date(in, from, 4000);
      caseFile.addSocialWorkerEpisodes(
          SocialWorkerEpisode.builder()
              .workerId(nonBlankTexts().generate(in))
              .start(start)
              .end(maybe(in, date(in, start, 300)))
              .reasonCode(maybe(in, texts().generate(in)))
              .build());
    }
  }

  private static void addSsda903Records(
      RandomnessSource in, CaseFile.Builder caseFile, LocalDate born) {
    if (booleans().all().generate(in)) {
      AdoptionMilestones.Builder adoption = AdoptionMilestones.builder();
      adoption
          .decisionToPlaceOn(maybe(in, date(in, born, 3000)))
          .placementOrderOn(maybe(in, date(in, born, 3000)))
          .matchedOn(maybe(in, date(in, born, 3000)))
          .placedOn(maybe(in, date(in, born, 3000)))
          .adoptionOrderOn(maybe(in, date(in, born, 3000)));
      if (booleans().all().generate(in)) {
        adoption
            .reversedOn(date(in, born, 3000))
            .reversalReason(arbitrary().enumValues(AdoptionReversalReasonCode.class).generate(in));
      }
      caseFile.adoptionMilestones(adoption.build());
    }
    if (booleans().all().generate(in)) {
      caseFile.previousPermanence(
          PreviousPermanence.builder()
              .code(arbitrary().enumValues(PreviousPermanenceCode.class).generate(in))
              .localAuthority(maybe(in, texts().generate(in)))
              .date(maybe(in, date(in, born.minusDays(500), 1000)))
              .build());
    }
    for (int i = integers().between(0, 2).generate(in); i > 0; i--) {
      LocalDate start = date(in, born, 6000);
      MissingCode type = arbitrary().enumValues(MissingCode.class).generate(in);
      caseFile.addMissingEpisodes(
          booleans().all().generate(in)
              ? MissingEpisode.of(type, start)
              : MissingEpisode.of(type, start, date(in, start, 30)));
    }
    for (int i = integers().between(0, 2).generate(in); i > 0; i--) {
      HealthOutcomes.Builder health = HealthOutcomes.builder();
      health
          .year(CollectionYear.of(integers().between(2010, 2030).generate(in)))
          .sdqScore(maybe(in, integers().between(0, 40).generate(in)))
          .sdqReason(maybe(in, texts().generate(in)));
      for (HealthIndicator indicator : HealthIndicator.values()) {
        if (booleans().all().generate(in)) {
          health.putIndicator(indicator, booleans().all().generate(in));
        }
      }
      caseFile.addHealthOutcomes(health.build());
      caseFile.addCareLeaverOutcomes(
          CareLeaverOutcome.builder()
              .year(CollectionYear.of(integers().between(2010, 2030).generate(in)))
              .inTouch(maybe(in, texts().generate(in)))
              .activity(maybe(in, "F1"))
              .accommodation(maybe(in, "=Z1"))
              .build());
    }
  }
}
