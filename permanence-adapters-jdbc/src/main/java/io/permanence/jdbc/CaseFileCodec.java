package io.permanence.jdbc;

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
import io.permanence.core.port.Versioned;
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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns a case file into COPY rows of the V2 tables and rows read back into values: the one mapping
 * between the model and the schema. Codes are stored as enum names; roles, action types and
 * document types as id and name.
 */
final class CaseFileCodec {

  private CaseFileCodec() {}

  // ------------------------------------------------------------------ encoding

  /** Appends the rows of one case file to the per-table COPY buffers. */
  static void encode(CaseFile file, Map<Table, CopyLine> out) {
    String id = file.childId().id();
    Child child = file.child();
    out.get(Table.CHILD)
        .text("child_id", id)
        .text("authority_id", file.authority().id())
        .date(child.dateOfBirth())
        .date(child.expectedDateOfBirth())
        .bool(child.isUasc())
        .date(child.uascCeasedOn())
        .text("sibling_group_id", child.siblingGroup().map(SiblingGroupId::id))
        .bool(child.hasDisability())
        .end();
    int i = 0;
    for (LegalStatusPeriod p : file.legalStatusPeriods()) {
      out.get(Table.LEGAL_STATUS_PERIOD)
          .text("child_id", id)
          .number(i++)
          .name(p.code())
          .date(p.start())
          .date(p.end())
          .end();
    }
    i = 0;
    for (CourtOrder o : file.courtOrders()) {
      out.get(Table.COURT_ORDER)
          .text("child_id", id)
          .number(i++)
          .name(o.type())
          .date(o.madeOn())
          .date(o.originalEnd())
          .array(o.extensions().stream().map(CourtOrderExtension::grantedOn).toList())
          .array(o.extensions().stream().map(CourtOrderExtension::newEnd).toList())
          .end();
    }
    i = 0;
    for (PreProceedings p : file.preProceedings()) {
      out.get(Table.PRE_PROCEEDINGS)
          .text("child_id", id)
          .number(i++)
          .date(p.start())
          .date(p.end())
          .date(p.letterBeforeProceedingsOn())
          .array(p.reviewMeetings())
          .date(p.familyGroupConferenceOfferedOn())
          .date(p.familyGroupConferenceHeldOn())
          .name(p.outcome())
          .end();
    }
    i = 0;
    for (CareProceedings p : file.careProceedings()) {
      out.get(Table.CARE_PROCEEDINGS)
          .text("child_id", id)
          .number(i++)
          .date(p.decisionToIssueOn())
          .name(p.decisionForum())
          .date(p.issuedOn())
          .date(p.caseManagementHearingOn())
          .array(p.checkpoints())
          .date(p.finalEvidenceDueOn())
          .date(p.issuesResolutionHearingOn())
          .date(p.finalHearingOn())
          .date(p.finalOrderOn())
          .array(p.finalOrderTypes().stream().map(Enum::name).toList())
          .array(p.extensions().stream().map(ProceedingsExtension::grantedOn).toList())
          .array(p.extensions().stream().map(ProceedingsExtension::weeks).toList())
          .end();
    }
    i = 0;
    for (PeriodOfCare p : file.periodsOfCare()) {
      out.get(Table.PERIOD_OF_CARE)
          .text("child_id", id)
          .number(i++)
          .date(p.start())
          .date(p.end())
          .name(p.reasonCeased())
          .name(p.categoryOfNeed())
          .end();
    }
    i = 0;
    for (Placement p : file.placements()) {
      out.get(Table.PLACEMENT)
          .text("child_id", id)
          .number(i++)
          .name(p.code())
          .name(p.provider())
          .date(p.start())
          .date(p.end())
          .name(p.reasonForChange())
          .date(p.longTermMatchOn())
          .name(p.arrangement())
          .end();
    }
    i = 0;
    for (LookedAfterReview r : file.reviews()) {
      out.get(Table.REVIEW)
          .text("child_id", id)
          .number(i++)
          .date(r.date())
          .name(r.participation())
          .end();
    }
    file.adoptionMilestones()
        .ifPresent(
            a ->
                out.get(Table.ADOPTION_MILESTONES)
                    .text("child_id", id)
                    .date(a.decisionToPlaceOn())
                    .date(a.placementOrderOn())
                    .date(a.matchedOn())
                    .date(a.placedOn())
                    .date(a.adoptionOrderOn())
                    .date(a.reversedOn())
                    .name(a.reversalReason())
                    .end());
    file.previousPermanence()
        .ifPresent(
            p ->
                out.get(Table.PREVIOUS_PERMANENCE)
                    .text("child_id", id)
                    .name(p.code())
                    .text("local_authority", p.localAuthority())
                    .date(p.date())
                    .end());
    i = 0;
    for (MissingEpisode m : file.missingEpisodes()) {
      out.get(Table.MISSING_EPISODE)
          .text("child_id", id)
          .number(i++)
          .name(m.type())
          .date(m.start())
          .date(m.end())
          .end();
    }
    i = 0;
    for (SocialWorkerEpisode s : file.socialWorkerEpisodes()) {
      out.get(Table.SOCIAL_WORKER_EPISODE)
          .text("child_id", id)
          .number(i++)
          .text("worker_id", s.workerId())
          .date(s.start())
          .date(s.end())
          .text("reason_code", s.reasonCode())
          .end();
    }
    i = 0;
    for (PermanencePlan p : file.plans()) {
      out.get(Table.PERMANENCE_PLAN)
          .text("child_id", id)
          .number(i++)
          .name(p.primary())
          .name(p.contingency())
          .date(p.recordedOn())
          .date(p.ratifiedOn())
          .end();
    }
    i = 0;
    for (CaseFlag f : file.flags()) {
      out.get(Table.CASE_FLAG)
          .text("child_id", id)
          .number(i++)
          .name(f.type())
          .date(f.start())
          .date(f.end())
          .text("raised_by_id", f.raisedBy().map(Role::id))
          .text("raised_by_name", f.raisedBy().map(Role::name))
          .text("note", f.note())
          .end();
    }
    i = 0;
    for (HealthOutcomes h : file.healthOutcomes()) {
      out.get(Table.HEALTH_OUTCOMES)
          .text("child_id", id)
          .number(i++)
          .number(h.year().endYear())
          .number(h.sdqScore())
          .text("sdq_reason", h.sdqReason())
          .array(h.indicators().keySet().stream().map(Enum::name).toList())
          .array(List.copyOf(h.indicators().values()))
          .end();
    }
    i = 0;
    for (CareLeaverOutcome c : file.careLeaverOutcomes()) {
      out.get(Table.CARE_LEAVER_OUTCOME)
          .text("child_id", id)
          .number(i++)
          .number(c.year().endYear())
          .text("in_touch", c.inTouch())
          .text("activity", c.activity())
          .text("accommodation", c.accommodation())
          .end();
    }
    for (PanelAppearance a : file.panelAppearances()) {
      out.get(Table.PANEL_APPEARANCE)
          .text("child_id", id)
          .text("panel_id", a.panel().id())
          .date(a.meetingOn())
          .text("heading", a.heading())
          .text("outcome", a.outcome())
          .end();
    }
    for (PanelDecision d : file.decisions()) {
      out.get(Table.PANEL_DECISION)
          .text("decision_id", d.id().id())
          .text("child_id", id)
          .text("panel_id", d.panel().id())
          .date(d.madeOn())
          .date(d.signedOffOn())
          .text("sign_off_by_id", d.signOffBy().id())
          .text("sign_off_by_name", d.signOffBy().name())
          .text("decision_text", d.text())
          .number(1)
          .end();
    }
    for (PanelAction a : file.actions()) {
      out.get(Table.PANEL_ACTION)
          .text("action_id", a.id().id())
          .text("child_id", id)
          .text("decision_id", a.decision().map(DecisionId::id))
          .text("type_id", a.type().id())
          .text("type_name", a.type().name())
          .text("description", a.description())
          .text("owner_id", a.owner().id())
          .text("owner_name", a.owner().name())
          .date(a.dueOn())
          .name(a.status())
          .date(a.completedOn())
          .number(1)
          .end();
    }
    for (DocumentOnFile d : file.documents()) {
      out.get(Table.PANEL_DOCUMENT)
          .text("child_id", id)
          .text("type_id", d.type().id())
          .text("type_name", d.type().name())
          .date(d.dateOnFile())
          .end();
    }
  }

  // ------------------------------------------------------------------ audit documents

  /**
   * The audit document of a case file's plans as PostgreSQL renders it from the stored rows ({@code
   * jsonb_agg(to_jsonb(p) - 'child_id' - 'ordinal' ORDER BY p.ordinal)::text}).
   */
  static String plansDocument(CaseFile file) {
    StringBuilder out = new StringBuilder(120 * file.plans().size()).append('[');
    for (PermanencePlan p : file.plans()) {
      if (out.length() > 1) {
        out.append(", ");
      }
      new JsonbText()
          .name("primary_option", p.primary())
          .name("contingency_option", p.contingency())
          .date("recorded_on", p.recordedOn())
          .date("ratified_on", p.ratifiedOn())
          .appendTo(out);
    }
    return out.append(']').toString();
  }

  /**
   * The audit document of a decision as PostgreSQL renders its stored row ({@code (to_jsonb(r) -
   * 'seq' - 'version')::text}).
   */
  static String decisionDocument(String childId, PanelDecision d) {
    return new JsonbText()
        .text("decision_id", d.id().id())
        .text("child_id", childId)
        .text("panel_id", d.panel().id())
        .date("made_on", d.madeOn())
        .date("signed_off_on", d.signedOffOn())
        .text("sign_off_by_id", d.signOffBy().id())
        .text("sign_off_by_name", d.signOffBy().name())
        .text("decision_text", d.text())
        .render();
  }

  /**
   * The audit document of an action as PostgreSQL renders its stored row ({@code (to_jsonb(r) -
   * 'seq' - 'version')::text}).
   */
  static String actionDocument(String childId, PanelAction a) {
    return new JsonbText()
        .text("action_id", a.id().id())
        .text("child_id", childId)
        .text("decision_id", a.decision().map(DecisionId::id))
        .text("type_id", a.type().id())
        .text("type_name", a.type().name())
        .text("description", a.description())
        .text("owner_id", a.owner().id())
        .text("owner_name", a.owner().name())
        .date("due_on", a.dueOn())
        .name("status", a.status())
        .date("completed_on", a.completedOn())
        .render();
  }

  // ------------------------------------------------------------------ decoding

  /** The child row: its authority and the child. */
  static CaseFile.Builder readChild(ResultSet rs) throws SQLException {
    Child.Builder child = Child.builder();
    child
        .id(ChildId.of(rs.getString("child_id")))
        .dateOfBirth(date(rs, "date_of_birth"))
        .expectedDateOfBirth(date(rs, "expected_date_of_birth"))
        .isUasc(rs.getBoolean("uasc"))
        .uascCeasedOn(date(rs, "uasc_ceased_on"))
        .siblingGroup(text(rs, "sibling_group_id").map(SiblingGroupId::of))
        .hasDisability(rs.getBoolean("disability"));
    CaseFile.Builder file = CaseFile.builder();
    file.authority(AuthorityId.of(rs.getString("authority_id"))).child(child.build());
    return file;
  }

  /** Adds the record of a row of {@code table} to the case file's builder. */
  static void read(Table table, ResultSet rs, CaseFile.Builder file) throws SQLException {
    switch (table) {
      case LEGAL_STATUS_PERIOD:
        file.addLegalStatusPeriods(
            LegalStatusPeriod.builder()
                .code(name(rs, "code", LegalStatusCode.class))
                .start(date(rs, "start_on").orElseThrow())
                .end(date(rs, "end_on"))
                .build());
        break;
      case COURT_ORDER:
        {
          List<LocalDate> granted = dates(rs, "extension_granted_on");
          List<LocalDate> newEnd = dates(rs, "extension_new_end");
          CourtOrder.Builder order = CourtOrder.builder();
          order
              .type(name(rs, "order_type", CourtOrderType.class))
              .madeOn(date(rs, "made_on").orElseThrow())
              .originalEnd(date(rs, "original_end"));
          for (int i = 0; i < granted.size(); i++) {
            order.addExtensions(CourtOrderExtension.of(granted.get(i), newEnd.get(i)));
          }
          file.addCourtOrders(order.build());
          break;
        }
      case PRE_PROCEEDINGS:
        {
          PreProceedings.Builder p = PreProceedings.builder();
          p.start(date(rs, "start_on").orElseThrow())
              .end(date(rs, "end_on"))
              .letterBeforeProceedingsOn(date(rs, "letter_before_proceedings_on"))
              .addAllReviewMeetings(dates(rs, "review_meetings"))
              .familyGroupConferenceOfferedOn(date(rs, "fgc_offered_on"))
              .familyGroupConferenceHeldOn(date(rs, "fgc_held_on"))
              .outcome(optionalName(rs, "outcome", PreProceedingsOutcome.class));
          file.addPreProceedings(p.build());
          break;
        }
      case CARE_PROCEEDINGS:
        {
          List<LocalDate> granted = dates(rs, "extension_granted_on");
          List<Integer> weeks = list(rs, "extension_weeks", Integer::valueOf);
          CareProceedings.Builder p = CareProceedings.builder();
          p.decisionToIssueOn(date(rs, "decision_to_issue_on").orElseThrow())
              .decisionForum(name(rs, "decision_forum", DecisionForum.class))
              .issuedOn(date(rs, "issued_on"))
              .caseManagementHearingOn(date(rs, "case_management_hearing_on"))
              .addAllCheckpoints(dates(rs, "checkpoints"))
              .finalEvidenceDueOn(date(rs, "final_evidence_due_on"))
              .issuesResolutionHearingOn(date(rs, "issues_resolution_hearing_on"))
              .finalHearingOn(date(rs, "final_hearing_on"))
              .finalOrderOn(date(rs, "final_order_on"))
              .addAllFinalOrderTypes(list(rs, "final_order_types", s -> CourtOrderType.valueOf(s)));
          for (int i = 0; i < granted.size(); i++) {
            p.addExtensions(ProceedingsExtension.of(granted.get(i), weeks.get(i)));
          }
          file.addCareProceedings(p.build());
          break;
        }
      case PERIOD_OF_CARE:
        file.addPeriodsOfCare(
            PeriodOfCare.builder()
                .start(date(rs, "start_on").orElseThrow())
                .end(date(rs, "end_on"))
                .reasonCeased(optionalName(rs, "reason_ceased", ReasonEpisodeCeasedCode.class))
                .categoryOfNeed(optionalName(rs, "category_of_need", CategoryOfNeedCode.class))
                .build());
        break;
      case PLACEMENT:
        file.addPlacements(
            Placement.builder()
                .code(name(rs, "code", PlacementCode.class))
                .provider(optionalName(rs, "provider", PlacementProviderCode.class))
                .start(date(rs, "start_on").orElseThrow())
                .end(date(rs, "end_on"))
                .reasonForChange(optionalName(rs, "reason_for_change", ReasonPlaceChangeCode.class))
                .longTermMatchOn(date(rs, "long_term_match_on"))
                .arrangement(name(rs, "arrangement", PlacementArrangement.class))
                .build());
        break;
      case REVIEW:
        {
          LocalDate held = date(rs, "held_on").orElseThrow();
          Optional<ReviewParticipationCode> participation =
              optionalName(rs, "participation", ReviewParticipationCode.class);
          file.addReviews(
              participation.isPresent()
                  ? LookedAfterReview.of(held, participation.get())
                  : LookedAfterReview.of(held));
          break;
        }
      case ADOPTION_MILESTONES:
        file.adoptionMilestones(
            AdoptionMilestones.builder()
                .decisionToPlaceOn(date(rs, "decision_to_place_on"))
                .placementOrderOn(date(rs, "placement_order_on"))
                .matchedOn(date(rs, "matched_on"))
                .placedOn(date(rs, "placed_on"))
                .adoptionOrderOn(date(rs, "adoption_order_on"))
                .reversedOn(date(rs, "reversed_on"))
                .reversalReason(
                    optionalName(rs, "reversal_reason", AdoptionReversalReasonCode.class))
                .build());
        break;
      case PREVIOUS_PERMANENCE:
        file.previousPermanence(
            PreviousPermanence.builder()
                .code(name(rs, "code", PreviousPermanenceCode.class))
                .localAuthority(text(rs, "local_authority"))
                .date(date(rs, "permanence_on"))
                .build());
        break;
      case MISSING_EPISODE:
        {
          MissingCode type = name(rs, "missing_type", MissingCode.class);
          LocalDate start = date(rs, "start_on").orElseThrow();
          Optional<LocalDate> end = date(rs, "end_on");
          file.addMissingEpisodes(
              end.isPresent()
                  ? MissingEpisode.of(type, start, end.get())
                  : MissingEpisode.of(type, start));
          break;
        }
      case SOCIAL_WORKER_EPISODE:
        file.addSocialWorkerEpisodes(
            SocialWorkerEpisode.builder()
                .workerId(rs.getString("worker_id"))
                .start(date(rs, "start_on").orElseThrow())
                .end(date(rs, "end_on"))
                .reasonCode(text(rs, "reason_code"))
                .build());
        break;
      case PERMANENCE_PLAN:
        file.addPlans(
            PermanencePlan.builder()
                .primary(name(rs, "primary_option", PermanenceOption.class))
                .contingency(optionalName(rs, "contingency_option", PermanenceOption.class))
                .recordedOn(date(rs, "recorded_on").orElseThrow())
                .ratifiedOn(date(rs, "ratified_on"))
                .build());
        break;
      case CASE_FLAG:
        {
          Optional<String> roleId = text(rs, "raised_by_id");
          Optional<String> roleName = text(rs, "raised_by_name");
          file.addFlags(
              CaseFlag.builder()
                  .type(name(rs, "flag_type", CaseFlagType.class))
                  .start(date(rs, "start_on").orElseThrow())
                  .end(date(rs, "end_on"))
                  .raisedBy(roleId.map(r -> Role.of(r, roleName.orElseThrow())))
                  .note(text(rs, "note"))
                  .build());
          break;
        }
      case HEALTH_OUTCOMES:
        {
          List<HealthIndicator> names =
              list(rs, "indicator_names", s -> HealthIndicator.valueOf(s));
          List<Boolean> values =
              list(rs, "indicator_values", s -> s.equals("t") || s.equals("true"));
          Map<HealthIndicator, Boolean> indicators = new EnumMap<>(HealthIndicator.class);
          for (int i = 0; i < names.size(); i++) {
            indicators.put(names.get(i), values.get(i));
          }
          file.addHealthOutcomes(
              HealthOutcomes.builder()
                  .year(CollectionYear.of(rs.getInt("collection_year")))
                  .sdqScore(integer(rs, "sdq_score"))
                  .sdqReason(text(rs, "sdq_reason"))
                  .putAllIndicators(indicators)
                  .build());
          break;
        }
      case CARE_LEAVER_OUTCOME:
        file.addCareLeaverOutcomes(
            CareLeaverOutcome.builder()
                .year(CollectionYear.of(rs.getInt("collection_year")))
                .inTouch(text(rs, "in_touch"))
                .activity(text(rs, "activity"))
                .accommodation(text(rs, "accommodation"))
                .build());
        break;
      case PANEL_APPEARANCE:
        file.addPanelAppearances(readAppearance(rs));
        break;
      case PANEL_DECISION:
        file.addDecisions(readDecision(rs).value());
        break;
      case PANEL_ACTION:
        file.addActions(readAction(rs).value());
        break;
      case PANEL_DOCUMENT:
        file.addDocuments(readDocument(rs));
        break;
      default:
        throw new IllegalArgumentException("table " + table + " is not read row by row");
    }
  }

  static PanelAppearance readAppearance(ResultSet rs) throws SQLException {
    return PanelAppearance.builder()
        .panel(PanelId.of(rs.getString("panel_id")))
        .meetingOn(date(rs, "meeting_on").orElseThrow())
        .heading(rs.getString("heading"))
        .outcome(text(rs, "outcome"))
        .build();
  }

  static Versioned<PanelDecision> readDecision(ResultSet rs) throws SQLException {
    PanelDecision decision =
        PanelDecision.builder()
            .id(DecisionId.of(rs.getString("decision_id")))
            .panel(PanelId.of(rs.getString("panel_id")))
            .madeOn(date(rs, "made_on").orElseThrow())
            .signedOffOn(date(rs, "signed_off_on"))
            .signOffBy(Role.of(rs.getString("sign_off_by_id"), rs.getString("sign_off_by_name")))
            .text(rs.getString("decision_text"))
            .build();
    return Versioned.of(decision, rs.getLong("version"));
  }

  static Versioned<PanelAction> readAction(ResultSet rs) throws SQLException {
    PanelAction action =
        PanelAction.builder()
            .id(ActionId.of(rs.getString("action_id")))
            .decision(text(rs, "decision_id").map(DecisionId::of))
            .type(ActionType.of(rs.getString("type_id"), rs.getString("type_name")))
            .description(rs.getString("description"))
            .owner(Role.of(rs.getString("owner_id"), rs.getString("owner_name")))
            .dueOn(date(rs, "due_on").orElseThrow())
            .status(name(rs, "status", ActionStatus.class))
            .completedOn(date(rs, "completed_on"))
            .build();
    return Versioned.of(action, rs.getLong("version"));
  }

  static DocumentOnFile readDocument(ResultSet rs) throws SQLException {
    return DocumentOnFile.of(
        DocumentType.of(rs.getString("type_id"), rs.getString("type_name")),
        date(rs, "date_on_file").orElseThrow());
  }

  private static Optional<LocalDate> date(ResultSet rs, String column) throws SQLException {
    return Optional.ofNullable(rs.getObject(column, LocalDate.class));
  }

  private static Optional<String> text(ResultSet rs, String column) throws SQLException {
    return Optional.ofNullable(rs.getString(column));
  }

  private static Optional<Integer> integer(ResultSet rs, String column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? Optional.empty() : Optional.of(value);
  }

  private static <E extends Enum<E>> E name(ResultSet rs, String column, Class<E> type)
      throws SQLException {
    return Enum.valueOf(type, rs.getString(column));
  }

  private static <E extends Enum<E>> Optional<E> optionalName(
      ResultSet rs, String column, Class<E> type) throws SQLException {
    return text(rs, column).map(s -> Enum.valueOf(type, s));
  }

  private static List<LocalDate> dates(ResultSet rs, String column) throws SQLException {
    return list(rs, column, LocalDate::parse);
  }

  private static <T> List<T> list(ResultSet rs, String column, Function<String, T> parse)
      throws SQLException {
    String joined = rs.getString(column);
    List<T> values = new ArrayList<>();
    if (joined != null && !joined.isEmpty()) {
      for (String part : joined.split(",")) {
        values.add(parse.apply(part));
      }
    }
    return values;
  }
}
