package io.permanence.csv.casefile;

import io.permanence.core.AuthorityId;
import io.permanence.core.care.AdoptionMilestones;
import io.permanence.core.care.CareLeaverOutcome;
import io.permanence.core.care.HealthIndicator;
import io.permanence.core.care.HealthOutcomes;
import io.permanence.core.care.LookedAfterReview;
import io.permanence.core.care.MissingEpisode;
import io.permanence.core.care.PeriodOfCare;
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
import io.permanence.core.legal.LegalStatusPeriod;
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
import io.permanence.core.reference.CategoryOfNeedCode;
import io.permanence.core.reference.CollectionYear;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.MissingCode;
import io.permanence.core.reference.PlacementCode;
import io.permanence.core.reference.PlacementProviderCode;
import io.permanence.core.reference.PreviousPermanenceCode;
import io.permanence.core.reference.ReasonEpisodeCeasedCode;
import io.permanence.core.reference.ReasonPlaceChangeCode;
import io.permanence.core.reference.ReviewParticipationCode;
import io.permanence.csv.read.Row;
import io.permanence.csv.write.CsvExport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How each {@link CaseFileTable} is written and read: its columns (a {@link CsvExport}), how its
 * values are taken from a case file, how a row is read back, and how the values are put into a case
 * file builder. One definition per table serves both directions, so they cannot drift apart.
 */
final class CaseFileSections {

  /** A value of a table with the child it belongs to: one row. */
  static final class Item<V> {
    final ChildId child;
    final V value;

    Item(ChildId child, V value) {
      this.child = child;
      this.value = value;
    }
  }

  /** The children.csv row: the case file's own fields. */
  static final class ChildRow {
    final AuthorityId authority;
    final Child child;
    final Optional<Integer> recordCount;

    ChildRow(AuthorityId authority, Child child, Optional<Integer> recordCount) {
      this.authority = authority;
      this.child = child;
      this.recordCount = recordCount;
    }
  }

  /** One table's definition. */
  static final class Section<V> {
    final CaseFileTable table;
    final CsvExport<Item<V>> export;
    final Function<CaseFile, List<V>> values;
    final Function<Row, V> parse;
    final BiConsumer<CaseFile.Builder, List<V>> put;
    final boolean onePerChild;

    Section(
        CaseFileTable table,
        CsvExport.Builder<Item<V>> columns,
        Function<CaseFile, List<V>> values,
        Function<Row, V> parse,
        BiConsumer<CaseFile.Builder, List<V>> put,
        boolean onePerChild) {
      this.table = table;
      this.export = columns.build();
      this.values = values;
      this.parse = parse;
      this.put = put;
      this.onePerChild = onePerChild;
    }

    List<String> columns() {
      return export.header();
    }

    /** Reads the value of a row (throws IllegalArgumentException on a broken invariant). */
    @SuppressWarnings("unchecked")
    void putAll(CaseFile.Builder builder, List<?> rows) {
      put.accept(builder, (List<V>) rows);
    }
  }

  private static final Map<CaseFileTable, Section<?>> SECTIONS = new EnumMap<>(CaseFileTable.class);

  /** The children.csv definition, on its own because it is not a list of records. */
  static final Section<ChildRow> CHILDREN =
      new Section<>(
          CaseFileTable.CHILDREN,
          CaseFileSections.<ChildRow>start()
              .text("authority", i -> CellText.encode(i.value.authority.id()))
              .optionalDate("date_of_birth", i -> i.value.child.dateOfBirth())
              .optionalDate("expected_date_of_birth", i -> i.value.child.expectedDateOfBirth())
              .integer("uasc", i -> i.value.child.isUasc() ? 1 : 0)
              .optionalDate("uasc_ceased_on", i -> i.value.child.uascCeasedOn())
              .optionalText(
                  "sibling_group", i -> text(i.value.child.siblingGroup().map(SiblingGroupId::id)))
              .integer("disability", i -> i.value.child.hasDisability() ? 1 : 0)
              .optionalInteger("record_count", i -> i.value.recordCount),
          caseFile -> List.of(),
          row -> {
            Child.Builder child = Child.builder();
            child
                .id(childId(row))
                .dateOfBirth(row.optionalDate("date_of_birth"))
                .expectedDateOfBirth(row.optionalDate("expected_date_of_birth"))
                .isUasc(row.bool01("uasc"))
                .uascCeasedOn(row.optionalDate("uasc_ceased_on"))
                .siblingGroup(optionalText(row, "sibling_group").map(SiblingGroupId::of))
                .hasDisability(row.bool01("disability"));
            Optional<Integer> count = row.optionalInteger("record_count");
            count
                .filter(n -> n < 0)
                .ifPresent(n -> row.reportError("record_count", "must not be negative"));
            return new ChildRow(AuthorityId.of(text(row, "authority")), child.build(), count);
          },
          (builder, rows) -> {},
          true);

  static {
    section(
        CaseFileTable.PERIODS_OF_CARE,
        CaseFileSections.<PeriodOfCare>start()
            .date("start", i -> i.value.start())
            .optionalDate("end", i -> i.value.end())
            .optionalText("reason_ceased", i -> name(i.value.reasonCeased()))
            .optionalText("category_of_need", i -> name(i.value.categoryOfNeed())),
        CaseFile::periodsOfCare,
        row ->
            PeriodOfCare.builder()
                .start(row.date("start"))
                .end(row.optionalDate("end"))
                .reasonCeased(optionalEnum(row, "reason_ceased", ReasonEpisodeCeasedCode.class))
                .categoryOfNeed(optionalEnum(row, "category_of_need", CategoryOfNeedCode.class))
                .build(),
        CaseFile.Builder::addAllPeriodsOfCare);
    section(
        CaseFileTable.LEGAL_STATUSES,
        CaseFileSections.<LegalStatusPeriod>start()
            .text("legal_status", i -> i.value.code().name())
            .date("start", i -> i.value.start())
            .optionalDate("end", i -> i.value.end()),
        CaseFile::legalStatusPeriods,
        row ->
            LegalStatusPeriod.builder()
                .code(enumValue(row, "legal_status", LegalStatusCode.class))
                .start(row.date("start"))
                .end(row.optionalDate("end"))
                .build(),
        CaseFile.Builder::addAllLegalStatusPeriods);
    section(
        CaseFileTable.PLACEMENTS,
        CaseFileSections.<Placement>start()
            .text("placement", i -> i.value.code().name())
            .optionalText("provider", i -> name(i.value.provider()))
            .date("start", i -> i.value.start())
            .optionalDate("end", i -> i.value.end())
            .optionalText("reason_for_change", i -> name(i.value.reasonForChange()))
            .optionalDate("long_term_match_on", i -> i.value.longTermMatchOn())
            .text("arrangement", i -> i.value.arrangement().name()),
        CaseFile::placements,
        row ->
            Placement.builder()
                .code(enumValue(row, "placement", PlacementCode.class))
                .provider(optionalEnum(row, "provider", PlacementProviderCode.class))
                .start(row.date("start"))
                .end(row.optionalDate("end"))
                .reasonForChange(
                    optionalEnum(row, "reason_for_change", ReasonPlaceChangeCode.class))
                .longTermMatchOn(row.optionalDate("long_term_match_on"))
                .arrangement(enumValue(row, "arrangement", PlacementArrangement.class))
                .build(),
        CaseFile.Builder::addAllPlacements);
    section(
        CaseFileTable.REVIEWS,
        CaseFileSections.<LookedAfterReview>start()
            .date("date", i -> i.value.date())
            .optionalText("participation", i -> name(i.value.participation())),
        CaseFile::reviews,
        row -> {
          LocalDate date = row.date("date");
          Optional<ReviewParticipationCode> code =
              optionalEnum(row, "participation", ReviewParticipationCode.class);
          return code.isPresent()
              ? LookedAfterReview.of(date, code.get())
              : LookedAfterReview.of(date);
        },
        CaseFile.Builder::addAllReviews);
    section(
        CaseFileTable.ADOPTION,
        CaseFileSections.<AdoptionMilestones>start()
            .optionalDate("decision_to_place_on", i -> i.value.decisionToPlaceOn())
            .optionalDate("placement_order_on", i -> i.value.placementOrderOn())
            .optionalDate("matched_on", i -> i.value.matchedOn())
            .optionalDate("placed_on", i -> i.value.placedOn())
            .optionalDate("adoption_order_on", i -> i.value.adoptionOrderOn())
            .optionalDate("reversed_on", i -> i.value.reversedOn())
            .optionalText("reversal_reason", i -> name(i.value.reversalReason())),
        caseFile -> caseFile.adoptionMilestones().stream().collect(Collectors.toList()),
        row ->
            AdoptionMilestones.builder()
                .decisionToPlaceOn(row.optionalDate("decision_to_place_on"))
                .placementOrderOn(row.optionalDate("placement_order_on"))
                .matchedOn(row.optionalDate("matched_on"))
                .placedOn(row.optionalDate("placed_on"))
                .adoptionOrderOn(row.optionalDate("adoption_order_on"))
                .reversedOn(row.optionalDate("reversed_on"))
                .reversalReason(
                    optionalEnum(row, "reversal_reason", AdoptionReversalReasonCode.class))
                .build(),
        (builder, values) -> builder.adoptionMilestones(values.get(0)),
        true);
    section(
        CaseFileTable.PREVIOUS_PERMANENCE,
        CaseFileSections.<PreviousPermanence>start()
            .text("previous_permanence", i -> i.value.code().name())
            .optionalText("local_authority", i -> text(i.value.localAuthority()))
            .optionalDate("date", i -> i.value.date()),
        caseFile -> caseFile.previousPermanence().stream().collect(Collectors.toList()),
        row ->
            PreviousPermanence.builder()
                .code(enumValue(row, "previous_permanence", PreviousPermanenceCode.class))
                .localAuthority(optionalText(row, "local_authority"))
                .date(row.optionalDate("date"))
                .build(),
        (builder, values) -> builder.previousPermanence(values.get(0)),
        true);
    section(
        CaseFileTable.MISSING_EPISODES,
        CaseFileSections.<MissingEpisode>start()
            .text("type", i -> i.value.type().name())
            .date("start", i -> i.value.start())
            .optionalDate("end", i -> i.value.end()),
        CaseFile::missingEpisodes,
        row -> {
          MissingCode type = enumValue(row, "type", MissingCode.class);
          LocalDate start = row.date("start");
          Optional<LocalDate> end = row.optionalDate("end");
          return end.isPresent()
              ? MissingEpisode.of(type, start, end.get())
              : MissingEpisode.of(type, start);
        },
        CaseFile.Builder::addAllMissingEpisodes);
    section(
        CaseFileTable.SOCIAL_WORKER_EPISODES,
        CaseFileSections.<SocialWorkerEpisode>start()
            .text("worker_id", i -> CellText.encode(i.value.workerId()))
            .date("start", i -> i.value.start())
            .optionalDate("end", i -> i.value.end())
            .optionalText("reason", i -> text(i.value.reasonCode())),
        CaseFile::socialWorkerEpisodes,
        row ->
            SocialWorkerEpisode.builder()
                .workerId(text(row, "worker_id"))
                .start(row.date("start"))
                .end(row.optionalDate("end"))
                .reasonCode(optionalText(row, "reason"))
                .build(),
        CaseFile.Builder::addAllSocialWorkerEpisodes);
    CsvExport.Builder<Item<HealthOutcomes>> health =
        CaseFileSections.<HealthOutcomes>start()
            .text("collection_year", i -> i.value.year().toString())
            .optionalInteger("sdq_score", i -> i.value.sdqScore())
            .optionalText("sdq_reason", i -> text(i.value.sdqReason()));
    for (HealthIndicator indicator : HealthIndicator.values()) {
      health.optionalInteger(
          indicator.name().toLowerCase(java.util.Locale.ROOT),
          i -> Optional.ofNullable(i.value.indicators().get(indicator)).map(b -> b ? 1 : 0));
    }
    section(
        CaseFileTable.HEALTH_OUTCOMES,
        health,
        CaseFile::healthOutcomes,
        row -> {
          HealthOutcomes.Builder outcomes = HealthOutcomes.builder();
          outcomes
              .year(collectionYear(row))
              .sdqScore(row.optionalInteger("sdq_score"))
              .sdqReason(optionalText(row, "sdq_reason"));
          for (HealthIndicator indicator : HealthIndicator.values()) {
            row.optionalBool01(indicator.name().toLowerCase(java.util.Locale.ROOT))
                .ifPresent(flag -> outcomes.putIndicator(indicator, flag));
          }
          return outcomes.build();
        },
        CaseFile.Builder::addAllHealthOutcomes);
    section(
        CaseFileTable.CARE_LEAVER_OUTCOMES,
        CaseFileSections.<CareLeaverOutcome>start()
            .text("collection_year", i -> i.value.year().toString())
            .optionalText("in_touch", i -> text(i.value.inTouch()))
            .optionalText("activity", i -> text(i.value.activity()))
            .optionalText("accommodation", i -> text(i.value.accommodation())),
        CaseFile::careLeaverOutcomes,
        row ->
            CareLeaverOutcome.builder()
                .year(collectionYear(row))
                .inTouch(optionalText(row, "in_touch"))
                .activity(optionalText(row, "activity"))
                .accommodation(optionalText(row, "accommodation"))
                .build(),
        CaseFile.Builder::addAllCareLeaverOutcomes);
    section(
        CaseFileTable.PLANS,
        CaseFileSections.<PermanencePlan>start()
            .text("primary_option", i -> i.value.primary().name())
            .optionalText("contingency_option", i -> name(i.value.contingency()))
            .date("recorded_on", i -> i.value.recordedOn())
            .optionalDate("ratified_on", i -> i.value.ratifiedOn()),
        CaseFile::plans,
        row ->
            PermanencePlan.builder()
                .primary(enumValue(row, "primary_option", PermanenceOption.class))
                .contingency(optionalEnum(row, "contingency_option", PermanenceOption.class))
                .recordedOn(row.date("recorded_on"))
                .ratifiedOn(row.optionalDate("ratified_on"))
                .build(),
        CaseFile.Builder::addAllPlans);
    section(
        CaseFileTable.PRE_PROCEEDINGS,
        CaseFileSections.<PreProceedings>start()
            .date("start", i -> i.value.start())
            .optionalDate("end", i -> i.value.end())
            .optionalDate("letter_before_proceedings_on", i -> i.value.letterBeforeProceedingsOn())
            .text("review_meetings", i -> joinDates(i.value.reviewMeetings()))
            .optionalDate("fgc_offered_on", i -> i.value.familyGroupConferenceOfferedOn())
            .optionalDate("fgc_held_on", i -> i.value.familyGroupConferenceHeldOn())
            .optionalText("outcome", i -> name(i.value.outcome())),
        CaseFile::preProceedings,
        row ->
            PreProceedings.builder()
                .start(row.date("start"))
                .end(row.optionalDate("end"))
                .letterBeforeProceedingsOn(row.optionalDate("letter_before_proceedings_on"))
                .addAllReviewMeetings(dates(row, "review_meetings"))
                .familyGroupConferenceOfferedOn(row.optionalDate("fgc_offered_on"))
                .familyGroupConferenceHeldOn(row.optionalDate("fgc_held_on"))
                .outcome(optionalEnum(row, "outcome", PreProceedingsOutcome.class))
                .build(),
        CaseFile.Builder::addAllPreProceedings);
    section(
        CaseFileTable.CARE_PROCEEDINGS,
        CaseFileSections.<CareProceedings>start()
            .date("decision_to_issue_on", i -> i.value.decisionToIssueOn())
            .text("decision_forum", i -> i.value.decisionForum().name())
            .optionalDate("issued_on", i -> i.value.issuedOn())
            .optionalDate("case_management_hearing_on", i -> i.value.caseManagementHearingOn())
            .text("checkpoints", i -> joinDates(i.value.checkpoints()))
            .optionalDate("final_evidence_due_on", i -> i.value.finalEvidenceDueOn())
            .optionalDate("issues_resolution_hearing_on", i -> i.value.issuesResolutionHearingOn())
            .optionalDate("final_hearing_on", i -> i.value.finalHearingOn())
            .optionalDate("final_order_on", i -> i.value.finalOrderOn())
            .text(
                "final_order_types",
                i ->
                    i.value.finalOrderTypes().stream()
                        .map(Enum::name)
                        .collect(Collectors.joining(";")))
            .text(
                "extensions",
                i ->
                    i.value.extensions().stream()
                        .map(e -> e.grantedOn() + ":" + e.weeks())
                        .collect(Collectors.joining(";"))),
        CaseFile::careProceedings,
        row ->
            CareProceedings.builder()
                .decisionToIssueOn(row.date("decision_to_issue_on"))
                .decisionForum(enumValue(row, "decision_forum", DecisionForum.class))
                .issuedOn(row.optionalDate("issued_on"))
                .caseManagementHearingOn(row.optionalDate("case_management_hearing_on"))
                .addAllCheckpoints(sorted(dates(row, "checkpoints"), Comparator.naturalOrder()))
                .finalEvidenceDueOn(row.optionalDate("final_evidence_due_on"))
                .issuesResolutionHearingOn(row.optionalDate("issues_resolution_hearing_on"))
                .finalHearingOn(row.optionalDate("final_hearing_on"))
                .finalOrderOn(row.optionalDate("final_order_on"))
                .addAllFinalOrderTypes(enumList(row, "final_order_types", CourtOrderType.class))
                .addAllExtensions(
                    sorted(
                        list(
                            row,
                            "extensions",
                            "a list of granted-on:weeks separated by ;",
                            part -> {
                              String[] pair = pair(part);
                              return ProceedingsExtension.of(
                                  LocalDate.parse(pair[0]), Integer.parseInt(pair[1]));
                            }),
                        Comparator.comparing(ProceedingsExtension::grantedOn)))
                .build(),
        CaseFile.Builder::addAllCareProceedings);
    section(
        CaseFileTable.COURT_ORDERS,
        CaseFileSections.<CourtOrder>start()
            .text("order_type", i -> i.value.type().name())
            .date("made_on", i -> i.value.madeOn())
            .optionalDate("original_end", i -> i.value.originalEnd())
            .text(
                "extensions",
                i ->
                    i.value.extensions().stream()
                        .map(e -> e.grantedOn() + ":" + e.newEnd())
                        .collect(Collectors.joining(";"))),
        CaseFile::courtOrders,
        row ->
            CourtOrder.builder()
                .type(enumValue(row, "order_type", CourtOrderType.class))
                .madeOn(row.date("made_on"))
                .originalEnd(row.optionalDate("original_end"))
                .addAllExtensions(
                    list(
                        row,
                        "extensions",
                        "a list of granted-on:new-end separated by ;",
                        part -> {
                          String[] pair = pair(part);
                          return CourtOrderExtension.of(
                              LocalDate.parse(pair[0]), LocalDate.parse(pair[1]));
                        }))
                .build(),
        CaseFile.Builder::addAllCourtOrders);
    section(
        CaseFileTable.CASE_FLAGS,
        CaseFileSections.<CaseFlag>start()
            .text("flag", i -> i.value.type().name())
            .date("start", i -> i.value.start())
            .optionalDate("end", i -> i.value.end())
            .optionalText("raised_by_role", i -> text(i.value.raisedBy().map(Role::id)))
            .optionalText("raised_by_role_name", i -> text(i.value.raisedBy().map(Role::name)))
            .optionalText("note", i -> text(i.value.note())),
        CaseFile::flags,
        row -> {
          Optional<String> roleId = optionalText(row, "raised_by_role");
          Optional<String> roleName = optionalText(row, "raised_by_role_name");
          if (roleId.isPresent() != roleName.isPresent()) {
            row.reportError(
                roleId.isPresent() ? "raised_by_role_name" : "raised_by_role",
                "must be given together with "
                    + (roleId.isPresent() ? "raised_by_role" : "raised_by_role_name"));
          }
          return CaseFlag.builder()
              .type(enumValue(row, "flag", CaseFlagType.class))
              .start(row.date("start"))
              .end(row.optionalDate("end"))
              .raisedBy(
                  roleId.isPresent() && roleName.isPresent()
                      ? Optional.of(Role.of(roleId.get(), roleName.get()))
                      : Optional.empty())
              .note(optionalText(row, "note"))
              .build();
        },
        CaseFile.Builder::addAllFlags);
    section(
        CaseFileTable.PANEL_APPEARANCES,
        CaseFileSections.<PanelAppearance>start()
            .text("panel", i -> CellText.encode(i.value.panel().id()))
            .date("meeting_on", i -> i.value.meetingOn())
            .text("heading", i -> CellText.encode(i.value.heading()))
            .optionalText("outcome", i -> text(i.value.outcome())),
        CaseFile::panelAppearances,
        row ->
            PanelAppearance.builder()
                .panel(PanelId.of(text(row, "panel")))
                .meetingOn(row.date("meeting_on"))
                .heading(text(row, "heading"))
                .outcome(optionalText(row, "outcome"))
                .build(),
        CaseFile.Builder::addAllPanelAppearances);
    section(
        CaseFileTable.PANEL_DECISIONS,
        CaseFileSections.<PanelDecision>start()
            .text("decision_id", i -> CellText.encode(i.value.id().id()))
            .text("panel", i -> CellText.encode(i.value.panel().id()))
            .date("made_on", i -> i.value.madeOn())
            .optionalDate("signed_off_on", i -> i.value.signedOffOn())
            .text("sign_off_by_role", i -> CellText.encode(i.value.signOffBy().id()))
            .text("sign_off_by_role_name", i -> CellText.encode(i.value.signOffBy().name()))
            .text("text", i -> CellText.encode(i.value.text())),
        CaseFile::decisions,
        row ->
            PanelDecision.builder()
                .id(DecisionId.of(text(row, "decision_id")))
                .panel(PanelId.of(text(row, "panel")))
                .madeOn(row.date("made_on"))
                .signedOffOn(row.optionalDate("signed_off_on"))
                .signOffBy(
                    Role.of(text(row, "sign_off_by_role"), text(row, "sign_off_by_role_name")))
                .text(text(row, "text"))
                .build(),
        CaseFile.Builder::addAllDecisions);
    section(
        CaseFileTable.PANEL_ACTIONS,
        CaseFileSections.<PanelAction>start()
            .text("action_id", i -> CellText.encode(i.value.id().id()))
            .optionalText("decision_id", i -> text(i.value.decision().map(DecisionId::id)))
            .text("action_type", i -> CellText.encode(i.value.type().id()))
            .text("action_type_name", i -> CellText.encode(i.value.type().name()))
            .text("description", i -> CellText.encode(i.value.description()))
            .text("owner_role", i -> CellText.encode(i.value.owner().id()))
            .text("owner_role_name", i -> CellText.encode(i.value.owner().name()))
            .date("due_on", i -> i.value.dueOn())
            .text("status", i -> i.value.status().name())
            .optionalDate("completed_on", i -> i.value.completedOn()),
        CaseFile::actions,
        row ->
            PanelAction.builder()
                .id(ActionId.of(text(row, "action_id")))
                .decision(optionalText(row, "decision_id").map(DecisionId::of))
                .type(ActionType.of(text(row, "action_type"), text(row, "action_type_name")))
                .description(text(row, "description"))
                .owner(Role.of(text(row, "owner_role"), text(row, "owner_role_name")))
                .dueOn(row.date("due_on"))
                .status(enumValue(row, "status", ActionStatus.class))
                .completedOn(row.optionalDate("completed_on"))
                .build(),
        CaseFile.Builder::addAllActions);
    section(
        CaseFileTable.DOCUMENTS,
        CaseFileSections.<DocumentOnFile>start()
            .text("document_type", i -> CellText.encode(i.value.type().id()))
            .text("document_type_name", i -> CellText.encode(i.value.type().name()))
            .date("date_on_file", i -> i.value.dateOnFile()),
        CaseFile::documents,
        row ->
            DocumentOnFile.of(
                DocumentType.of(text(row, "document_type"), text(row, "document_type_name")),
                row.date("date_on_file")),
        CaseFile.Builder::addAllDocuments);
    SECTIONS.put(CaseFileTable.CHILDREN, CHILDREN);
  }

  private CaseFileSections() {}

  /** The definition of a table. */
  static Section<?> of(CaseFileTable table) {
    return SECTIONS.get(table);
  }

  /** The definitions of every table but children.csv, in the order of {@link CaseFileTable}. */
  static List<Section<?>> records() {
    List<Section<?>> records = new ArrayList<>();
    for (CaseFileTable table : CaseFileTable.values()) {
      if (table != CaseFileTable.CHILDREN) {
        records.add(SECTIONS.get(table));
      }
    }
    return records;
  }

  private static <V> CsvExport.Builder<Item<V>> start() {
    return CsvExport.<Item<V>>builder().text("child_id", i -> CellText.encode(i.child.id()));
  }

  private static <V> void section(
      CaseFileTable table,
      CsvExport.Builder<Item<V>> columns,
      Function<CaseFile, List<V>> values,
      Function<Row, V> parse,
      BiConsumer<CaseFile.Builder, List<V>> put) {
    section(table, columns, values, parse, put, false);
  }

  private static <V> void section(
      CaseFileTable table,
      CsvExport.Builder<Item<V>> columns,
      Function<CaseFile, List<V>> values,
      Function<Row, V> parse,
      BiConsumer<CaseFile.Builder, List<V>> put,
      boolean onePerChild) {
    SECTIONS.put(table, new Section<>(table, columns, values, parse, put, onePerChild));
  }

  // ---------------------------------------------------------------- writing helpers

  private static Optional<String> name(Optional<? extends Enum<?>> value) {
    return value.map(Enum::name);
  }

  private static Optional<String> text(Optional<String> value) {
    return value.map(CellText::encode);
  }

  private static String joinDates(List<LocalDate> dates) {
    return dates.stream().map(LocalDate::toString).collect(Collectors.joining(";"));
  }

  // ---------------------------------------------------------------- reading helpers

  /** The child id of a row. */
  static ChildId childId(Row row) {
    return ChildId.of(text(row, "child_id"));
  }

  static String text(Row row, String column) {
    return CellText.decode(row.text(column));
  }

  static Optional<String> optionalText(Row row, String column) {
    return row.optionalText(column).map(CellText::decode);
  }

  private static CollectionYear collectionYear(Row row) {
    return row.parse("collection_year", CollectionYear::parse, "a collection year such as 2023-24")
        .orElseThrow();
  }

  private static <E extends Enum<E>> E enumValue(Row row, String column, Class<E> type) {
    return row.parse(column, text -> enumNamed(type, text), expected(type)).orElseThrow();
  }

  private static <E extends Enum<E>> Optional<E> optionalEnum(
      Row row, String column, Class<E> type) {
    return row.optionalParse(column, text -> enumNamed(type, text), expected(type));
  }

  private static String expected(Class<?> type) {
    return "a " + type.getSimpleName() + " name";
  }

  private static <E extends Enum<E>> E enumNamed(Class<E> type, String text) {
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      String names =
          Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
      throw new IllegalArgumentException(
          names.length() <= 60 ? "valid: " + names : "see the module README", e);
    }
  }

  private static <E extends Enum<E>> List<E> enumList(Row row, String column, Class<E> type) {
    return list(
        row,
        column,
        "a list of " + type.getSimpleName() + " names separated by ;",
        text -> enumNamed(type, text));
  }

  private static List<LocalDate> dates(Row row, String column) {
    return list(row, column, "a list of dates yyyy-mm-dd separated by ;", LocalDate::parse);
  }

  private static <T> List<T> list(
      Row row, String column, String expected, Function<String, T> element) {
    return row.optionalParse(
            column,
            text -> {
              List<T> values = new ArrayList<>();
              for (String part : text.split(";", -1)) {
                values.add(element.apply(part.strip()));
              }
              return values;
            },
            expected)
        .orElse(List.of());
  }

  /**
   * A sorted copy. Care proceedings are given their checkpoints and extensions in order, because
   * {@code CareProceedings} fails with a stack overflow when it has to sort both itself.
   */
  private static <T> List<T> sorted(List<T> values, Comparator<? super T> order) {
    List<T> copy = new ArrayList<>(values);
    copy.sort(order);
    return copy;
  }

  private static String[] pair(String part) {
    int colon = part.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("'" + part + "' has no ':'");
    }
    return new String[] {part.substring(0, colon), part.substring(colon + 1)};
  }
}
