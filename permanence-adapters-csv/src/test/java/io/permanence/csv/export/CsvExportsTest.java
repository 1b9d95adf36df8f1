package io.permanence.csv.export;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.permanence.core.AuthorityId;
import io.permanence.core.Citation;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.child.ChildId;
import io.permanence.core.child.SiblingGroupId;
import io.permanence.core.evaluation.AgendaPlan;
import io.permanence.core.evaluation.DataQualityFinding;
import io.permanence.core.evaluation.DriftItem;
import io.permanence.core.evaluation.DriftKind;
import io.permanence.core.evaluation.DriftReport;
import io.permanence.core.evaluation.Evaluator;
import io.permanence.core.evaluation.Explanation;
import io.permanence.core.evaluation.PanelExplanation;
import io.permanence.core.evaluation.Tracker;
import io.permanence.core.evaluation.TrackerRow;
import io.permanence.core.panel.ActionId;
import io.permanence.core.panel.ActionType;
import io.permanence.core.panel.Agenda;
import io.permanence.core.panel.AgendaItem;
import io.permanence.core.panel.AgendaSection;
import io.permanence.core.panel.DocumentType;
import io.permanence.core.panel.Exclusion;
import io.permanence.core.panel.Heading;
import io.permanence.core.panel.PanelAction;
import io.permanence.core.panel.PanelAppearance;
import io.permanence.core.panel.PanelId;
import io.permanence.core.panel.PaperStatus;
import io.permanence.core.panel.Referral;
import io.permanence.core.panel.Role;
import io.permanence.core.plan.PermanenceOption;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import io.permanence.core.time.DeadlineStatus;
import io.permanence.core.time.ScheduledMeeting;
import io.permanence.csv.write.Pseudonymiser;
import io.permanence.testkit.Scenario;
import io.permanence.testkit.cohort.SampleAuthority;
import io.permanence.testkit.cohort.SyntheticCohort;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvExportsTest {

  private static final LocalDate MON_2025_12_01 = LocalDate.of(2025, 12, 1);
  private static final LocalDate WED_2025_12_10 = LocalDate.of(2025, 12, 10);
  private static final LocalDate FRI_2025_12_19 = LocalDate.of(2025, 12, 19);
  private static final LocalDate MON_2026_01_12 = LocalDate.of(2026, 1, 12);
  private static final LocalDate MON_2026_02_02 = LocalDate.of(2026, 2, 2);
  private static final LocalDate MON_2026_03_02 = LocalDate.of(2026, 3, 2);
  private static final LocalDate THU_2026_03_05 = LocalDate.of(2026, 3, 5);
  private static final LocalDate MON_2026_03_09 = LocalDate.of(2026, 3, 9);
  private static final LocalDate MON_2026_03_16 = LocalDate.of(2026, 3, 16);
  private static final LocalDate TUE_2026_03_17 = LocalDate.of(2026, 3, 17);
  private static final LocalDate FRI_2026_03_20 = LocalDate.of(2026, 3, 20);
  private static final LocalDate MON_2026_03_23 = LocalDate.of(2026, 3, 23);
  private static final LocalDate FRI_2026_03_27 = LocalDate.of(2026, 3, 27);
  private static final LocalDate WED_2026_04_01 = LocalDate.of(2026, 4, 1);

  private static final Evaluator ENGINE = Evaluator.of(SampleAuthority.create());
  private static final Pseudonymiser PSEUDONYMISER =
      Pseudonymiser.of("a key of at least sixteen bytes".getBytes(StandardCharsets.UTF_8));

  /** C1: new to care, an open action overdue, its initial review overdue. */
  private static final CaseFile C1 =
      Scenario.child("C1")
          .inAuthority("sample")
          .bornOn(LocalDate.of(2015, 6, 1))
          .lookedAfterFrom(MON_2026_03_02, LegalStatusCode.V2, PlacementCode.U6)
          .document(DocumentType.CARE_PLAN, THU_2026_03_05)
          .appearedAt("sample-panel", TUE_2026_03_17, "Children new to care")
          .plan(
              FRI_2026_03_20, PermanenceOption.REUNIFICATION, PermanenceOption.LONG_TERM_FOSTERING)
          .action(
              PanelAction.builder()
                  .id(ActionId.of("C1-a1"))
                  .type(ActionType.CONVENE_REVIEW)
                  .description("Bring the review forward")
                  .owner(Role.IRO)
                  .dueOn(FRI_2026_03_27)
                  .build())
          .build();

  /** C2: under section 20 for over 12 weeks, in a sibling group, review minutes missing. */
  private static final CaseFile C2 =
      Scenario.child("C2")
          .inAuthority("sample")
          .bornOn(LocalDate.of(2012, 2, 10))
          .inSiblingGroup("G7")
          .lookedAfterFrom(MON_2025_12_01, LegalStatusCode.V2, PlacementCode.U4)
          .review(FRI_2025_12_19)
          .document(DocumentType.GENOGRAM, WED_2025_12_10)
          .build();

  /** C3: new to care but aged 17, so excluded. */
  private static final CaseFile C3 =
      Scenario.child("C3")
          .inAuthority("sample")
          .bornOn(LocalDate.of(2008, 6, 1))
          .lookedAfterFrom(MON_2026_03_02, LegalStatusCode.V2, PlacementCode.K2)
          .review(FRI_2026_03_20)
          .build();

  /** C4: a review recorded before the child became looked after (a data-quality finding). */
  private static final CaseFile C4 =
      Scenario.child("C4")
          .inAuthority("sample")
          .bornOn(LocalDate.of(2014, 9, 15))
          .review(MON_2026_01_12)
          .lookedAfterFrom(MON_2026_02_02, LegalStatusCode.C2, PlacementCode.U4)
          .build();

  private static final List<CaseFile> COHORT = List.of(C1, C2, C3, C4);

  /** Writes an export to bytes. */
  @FunctionalInterface
  private interface Export {
    long write(OutputStream out, ExportOptions options);
  }

  // ------------------------------------------------------------------ golden headers

  static Stream<Arguments> goldenHeaders() {
    AgendaPlan plan = ENGINE.agendas(COHORT, MON_2026_03_16, MON_2026_03_23);
    return Stream.of(
        Arguments.of(
            "agenda",
            CsvExports.AGENDA_COLUMNS,
            (Export) (out, o) -> CsvExports.agenda(SampleAuthority.ID, plan, out, o),
            "authority,panel,meeting_date,start_time,referral_cut_off,heading_order,heading_id,"
                + "heading_title,child_id,sibling_group,reasons,citations,questions,"
                + "papers_missing,papers_on_file,attendee_roles"),
        Arguments.of(
            "tracker",
            CsvExports.TRACKER_COLUMNS,
            (Export) (out, o) -> CsvExports.tracker(ENGINE.tracker(COHORT, WED_2026_04_01), out, o),
            "child_id,legal_status,legal_status_since,plan_primary,plan_contingency,"
                + "plan_recorded_on,plan_ratified_on,became_looked_after,next_review_due,"
                + "proceedings_week,proceedings_weeks_allowed,plo_week,last_panel,last_panel_on,"
                + "last_panel_heading,last_panel_outcome,next_panel,next_panel_on,"
                + "next_panel_heading,open_action_count,open_actions,drift_flags,drift_count,drift"),
        Arguments.of(
            "drift",
            CsvExports.DRIFT_COLUMNS,
            (Export) (out, o) -> CsvExports.drift(ENGINE.drift(COHORT, WED_2026_04_01), out, o),
            "child_id,kind,title,due_date,status,citation,escalate_to"),
        Arguments.of(
            "exclusions",
            CsvExports.EXCLUSION_COLUMNS,
            (Export) (out, o) -> CsvExports.exclusions(plan, out, o),
            "child_id,panel,meeting_date,remit,policy,reason,citation"),
        Arguments.of(
            "findings",
            CsvExports.FINDING_COLUMNS,
            (Export) (out, o) -> CsvExports.findings(plan.findings(), out, o),
            "child_id,source,problem,citation"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenHeaders")
  void test_columns_areStable(String name, List<String> columns, Export export, String golden) {
    assertThat(String.join(",", columns)).isEqualTo(golden);
    String written = write(export, ExportOptions.defaults());
    assertThat(written).startsWith(golden + "\r\n");
  }

  // ------------------------------------------------------------------ realistic rows

  @Test
  void test_agenda_onePanelMeeting() {
    AgendaPlan plan = ENGINE.agendas(COHORT, MON_2026_03_16, MON_2026_03_23);

    List<List<String>> rows =
        parse(
            write(
                (out, o) -> CsvExports.agenda(SampleAuthority.ID, plan, out, o),
                ExportOptions.defaults()));

    assertThat(rows).hasSize(4); // header, C1 and C4 new to care, C2 section 20; C3 excluded
    assertThat(rows.get(1))
        .containsExactly(
            "sample",
            "sample-panel",
            "2026-03-17",
            "10:00",
            "2026-03-13 12:00",
            "1",
            "new-to-care",
            "Children new to care",
            "C1",
            "",
            "became looked after on 2026-03-02",
            "Sample ToR 3.1",
            "Is there a clear plan for permanence?",
            "",
            "care-plan:2026-03-05",
            "social-worker;team-manager");
    assertThat(rows.get(3))
        .containsExactly(
            "sample",
            "sample-panel",
            "2026-03-17",
            "10:00",
            "2026-03-13 12:00",
            "2",
            "s20-review",
            "Section 20 over 12 weeks",
            "C2",
            "G7",
            "accommodated under section 20 since 2025-12-01",
            "Sample ToR 3.2",
            "Is section 20 still appropriate?\nIs a legal gateway meeting needed?",
            "review-minutes",
            "genogram:2025-12-10",
            "social-worker;iro");
  }

  @Test
  void test_tracker_rowOfAChildNewToCare() {
    Tracker tracker = ENGINE.tracker(COHORT, WED_2026_04_01);

    List<List<String>> rows =
        parse(write((out, o) -> CsvExports.tracker(tracker, out, o), ExportOptions.defaults()));

    assertThat(rows).hasSize(1 + tracker.rows().size());
    assertThat(rows.get(1))
        .containsExactly(
            "C1",
            "V2",
            "2026-03-02",
            "REUNIFICATION",
            "LONG_TERM_FOSTERING",
            "2026-03-20",
            "",
            "2026-03-02",
            "2026-03-30",
            "",
            "",
            "",
            "sample-panel",
            "2026-03-17",
            "Children new to care",
            "",
            "sample-panel",
            "2026-04-07",
            "Children new to care",
            "1",
            "C1-a1: convene-review, owner iro, due 2026-03-27",
            "REVIEW;ACTION_OVERDUE",
            "2",
            "2026-03-27 OVERDUE ACTION_OVERDUE: Convene a CLA review (action C1-a1)\n"
                + "2026-03-30 OVERDUE REVIEW: Initial review");
  }

  @Test
  void test_drift_itemsOfAChild() {
    DriftReport report = ENGINE.drift(COHORT, WED_2026_04_01);

    List<List<String>> rows =
        parse(write((out, o) -> CsvExports.drift(report, out, o), ExportOptions.defaults()));

    assertThat(rows).hasSize(1 + report.items().size() + report.history().size());
    assertThat(rows.stream().filter(row -> row.get(0).equals("C1")))
        .containsExactly(
            List.of(
                "C1",
                "ACTION_OVERDUE",
                "Convene a CLA review (action C1-a1)",
                "2026-03-27",
                "OVERDUE",
                "Sample ToR 4",
                "head-of-service"),
            List.of(
                "C1",
                "REVIEW",
                "Initial review",
                "2026-03-30",
                "OVERDUE",
                "Sample ToR 5.1",
                "iro"));
  }

  @Test
  void test_exclusions_ofAPlan() {
    AgendaPlan plan = ENGINE.agendas(COHORT, MON_2026_03_16, MON_2026_03_23);

    List<List<String>> rows =
        parse(write((out, o) -> CsvExports.exclusions(plan, out, o), ExportOptions.defaults()));

    assertThat(rows.subList(1, rows.size()))
        .containsExactly(
            List.of(
                "C3",
                "sample-panel",
                "2026-03-17",
                "new to care",
                "aged 17",
                "aged 17: considered at the leaving care panel",
                "Sample ToR 3.3"));
  }

  @Test
  void test_exclusions_ofAnExplanation() {
    Explanation explanation = ENGINE.explain(C3, MON_2026_03_09);

    List<List<String>> rows =
        parse(
            write(
                (out, o) -> CsvExports.exclusions(explanation, out, o), ExportOptions.defaults()));

    assertThat(rows.subList(1, rows.size()))
        .containsExactly(
            List.of(
                "C3",
                "sample-panel",
                "2026-03-17",
                "new to care",
                "aged 17",
                "aged 17: considered at the leaving care panel",
                "Sample ToR 3.3"));
  }

  @Test
  void test_findings_reviewBeforeCare() {
    AgendaPlan plan = ENGINE.agendas(COHORT, MON_2026_03_16, MON_2026_03_23);

    List<List<String>> rows =
        parse(
            write(
                (out, o) -> CsvExports.findings(plan.findings(), out, o),
                ExportOptions.defaults()));

    assertThat(rows.subList(1, rows.size()))
        .containsExactly(
            List.of(
                "C4",
                "consistency",
                "review on 2026-01-12 is dated before the child became looked after on 2026-02-02",
                "CPPCR 2010 reg 33"));
  }

  // ------------------------------------------------------------------ formula injection

  private static final String HOSTILE_ID = "=HYPERLINK(\"http://evil.example\",\"open\")";
  private static final ChildId HOSTILE_CHILD = ChildId.of(HOSTILE_ID);
  private static final Citation HOSTILE_CITATION = Citation.of("-cmd", "|' /C calc'!A0");
  private static final Role HOSTILE_ROLE = Role.of("-role", "@role");
  private static final PanelId HOSTILE_PANEL = PanelId.of("-panel");
  private static final ScheduledMeeting MEETING =
      ScheduledMeeting.of(TUE_2026_03_17, LocalTime.of(10, 0), Duration.ofHours(3));
  private static final Heading HOSTILE_HEADING =
      Heading.builder()
          .id("-heading")
          .title("=SUM(1+1)")
          .citation(HOSTILE_CITATION)
          .addAttendees(HOSTILE_ROLE)
          .addQuestions("@question")
          .addPaperwork(DocumentType.of("-paper", "+paper"))
          .build();
  private static final Exclusion HOSTILE_EXCLUSION =
      Exclusion.builder()
          .child(HOSTILE_CHILD)
          .panel(HOSTILE_PANEL)
          .remit("+remit")
          .policy("@policy")
          .reason("\t=reason")
          .citation(HOSTILE_CITATION)
          .build();
  private static final DriftItem HOSTILE_DRIFT =
      DriftItem.builder()
          .child(HOSTILE_CHILD)
          .kind(DriftKind.DEADLINE)
          .title("\r=title")
          .dueDate(MON_2026_03_16)
          .status(DeadlineStatus.OVERDUE)
          .citation(HOSTILE_CITATION)
          .escalateTo(HOSTILE_ROLE)
          .detail("=detail")
          .build();
  private static final DataQualityFinding HOSTILE_FINDING =
      DataQualityFinding.of(HOSTILE_CHILD, "=source", "+problem", HOSTILE_CITATION);

  private static AgendaPlan hostilePlan() {
    Referral referral =
        Referral.builder()
            .child(HOSTILE_CHILD)
            .siblingGroup(SiblingGroupId.of("=group"))
            .panel(HOSTILE_PANEL)
            .heading(HOSTILE_HEADING)
            .remit("=remit")
            .reason("-reason")
            .citation(HOSTILE_CITATION)
            .earliestMeeting(MON_2026_03_02)
            .latestMeetingExclusive(MON_2026_03_23)
            .build();
    AgendaItem item =
        AgendaItem.builder()
            .child(HOSTILE_CHILD)
            .siblingGroup(SiblingGroupId.of("=group"))
            .heading(HOSTILE_HEADING)
            .addReferrals(referral)
            .addPapers(PaperStatus.missing(DocumentType.of("-paper", "+paper")))
            .build();
    Agenda agenda =
        Agenda.builder()
            .panel(HOSTILE_PANEL)
            .meeting(MEETING)
            .referralCutOff(Instant.parse("2026-03-13T12:00:00Z"))
            .addSections(AgendaSection.of(HOSTILE_HEADING, List.of(item)))
            .addExclusions(
                Exclusion.builder()
                    .child(ChildId.of("@other"))
                    .panel(HOSTILE_PANEL)
                    .remit("+remit")
                    .policy("@policy")
                    .reason("\t=reason")
                    .citation(HOSTILE_CITATION)
                    .build())
            .build();
    return AgendaPlan.builder()
        .startInclusive(MON_2026_03_16)
        .endExclusive(MON_2026_03_23)
        .addAgendas(agenda)
        .addFindings(HOSTILE_FINDING)
        .build();
  }

  private static Tracker hostileTracker() {
    PanelAppearance appearance =
        PanelAppearance.builder()
            .panel(HOSTILE_PANEL)
            .meetingOn(TUE_2026_03_17)
            .heading("=heading")
            .outcome("+outcome")
            .build();
    PanelAction action =
        PanelAction.builder()
            .id(ActionId.of("-action"))
            .type(ActionType.of("-type", "=type"))
            .description("@description")
            .owner(HOSTILE_ROLE)
            .dueOn(FRI_2026_03_27)
            .build();
    return Tracker.builder()
        .asOf(WED_2026_04_01)
        .addRows(
            TrackerRow.builder()
                .child(HOSTILE_CHILD)
                .lastPanel(appearance)
                .nextPanel(appearance)
                .addOpenActions(action)
                .addDrift(HOSTILE_DRIFT)
                .build())
        .build();
  }

  static Stream<Arguments> hostileExports() {
    AgendaPlan plan = hostilePlan();
    Explanation explanation =
        Explanation.builder()
            .child(HOSTILE_CHILD)
            .asOf(MON_2026_03_09)
            .addPanels(
                PanelExplanation.builder()
                    .panel(HOSTILE_PANEL)
                    .meeting(MEETING)
                    .evaluatedOn(MON_2026_03_09)
                    .addExclusions(HOSTILE_EXCLUSION)
                    .build())
            .build();
    DriftReport report = DriftReport.builder().asOf(WED_2026_04_01).addItems(HOSTILE_DRIFT).build();
    return Stream.of(
        Arguments.of(
            "agenda",
            (Export) (out, o) -> CsvExports.agenda(AuthorityId.of("-authority"), plan, out, o),
            List.of("'-authority", "'-panel", "'-heading", "'=SUM(1+1)", "'=group", "'-reason")),
        Arguments.of(
            "tracker",
            (Export) (out, o) -> CsvExports.tracker(hostileTracker(), out, o),
            List.of(
                "'-panel",
                "'=heading",
                "'+outcome",
                "'-action: -type, owner -role, due 2026-03-27")),
        Arguments.of(
            "drift",
            (Export) (out, o) -> CsvExports.drift(report, out, o),
            List.of("'\r=title", "'-cmd |' /C calc'!A0", "'-role")),
        Arguments.of(
            "exclusions of a plan",
            (Export) (out, o) -> CsvExports.exclusions(plan, out, o),
            List.of("'@other", "'+remit", "'@policy", "'\t=reason")),
        Arguments.of(
            "exclusions of an explanation",
            (Export) (out, o) -> CsvExports.exclusions(explanation, out, o),
            List.of("'+remit", "'@policy", "'\t=reason")),
        Arguments.of(
            "findings",
            (Export) (out, o) -> CsvExports.findings(plan.findings(), out, o),
            List.of("'=source", "'+problem")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileExports")
  void test_export_neutralisesFormulaInjection(
      String name, Export export, List<String> neutralised) {
    List<List<String>> rows = parse(write(export, ExportOptions.defaults()));

    assertThat(rows).hasSizeGreaterThan(1);
    List<String> cells = rows.stream().flatMap(List::stream).toList();
    assertThat(cells).allSatisfy(cell -> assertThat(startsLikeAFormula(cell)).isFalse());
    assertThat(cells).containsAll(neutralised);
    if (!name.startsWith("exclusions of a plan")) {
      assertThat(rows.get(1)).contains("'" + HOSTILE_ID);
    }
  }

  private static boolean startsLikeAFormula(String cell) {
    return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
  }

  // ------------------------------------------------------------------ pseudonymisation

  static Stream<Arguments> syntheticExports() {
    List<CaseFile> cohort = SyntheticCohort.of(SampleAuthority.ID, WED_2026_04_01, 2026).list(3000);
    AgendaPlan plan = ENGINE.agendas(cohort, WED_2026_04_01, WED_2026_04_01.plusWeeks(5));
    // Two case files of the same child, as a careless merge gives: a data-quality finding.
    List<CaseFile> withRepeats = new ArrayList<>(cohort);
    withRepeats.addAll(cohort.subList(0, 3));
    DriftReport report = ENGINE.drift(withRepeats, WED_2026_04_01);
    List<DataQualityFinding> findings = new ArrayList<>(plan.findings());
    findings.addAll(report.findings());
    return Stream.of(
        Arguments.of(
            "agenda", (Export) (out, o) -> CsvExports.agenda(SampleAuthority.ID, plan, out, o)),
        Arguments.of(
            "tracker",
            (Export)
                (out, o) -> CsvExports.tracker(ENGINE.tracker(cohort, WED_2026_04_01), out, o)),
        Arguments.of("drift", (Export) (out, o) -> CsvExports.drift(report, out, o)),
        Arguments.of("exclusions", (Export) (out, o) -> CsvExports.exclusions(plan, out, o)),
        Arguments.of("findings", (Export) (out, o) -> CsvExports.findings(findings, out, o)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("syntheticExports")
  void test_export_pseudonymisedHoldsNoChildId(String name, Export export) {
    String plain = write(export, ExportOptions.defaults());
    String pseudonymised = write(export, ExportOptions.pseudonymised(PSEUDONYMISER));

    // The synthetic cohort's child ids are "sample-0000001" and so on; its action and decision
    // ids start with the child's id, so the plain export names children in free text too.
    assertThat(plain).contains("sample-0");
    assertThat(pseudonymised).doesNotContain("sample-0");
    List<List<String>> plainRows = parse(plain);
    List<List<String>> rows = parse(pseudonymised);
    assertThat(rows).hasSameSizeAs(plainRows);
    int childColumn = rows.get(0).indexOf("child_id");
    for (int i = 1; i < rows.size(); i++) {
      assertThat(rows.get(i).get(childColumn))
          .isEqualTo(PSEUDONYMISER.toPseudonym(plainRows.get(i).get(childColumn)));
    }
  }

  @Test
  void test_agenda_pseudonymisesSiblingGroups() {
    AgendaPlan plan = ENGINE.agendas(COHORT, MON_2026_03_16, MON_2026_03_23);

    List<List<String>> rows =
        parse(
            write(
                (out, o) -> CsvExports.agenda(SampleAuthority.ID, plan, out, o),
                ExportOptions.pseudonymised(PSEUDONYMISER)));

    assertThat(rows.get(3).get(8)).isEqualTo(PSEUDONYMISER.toPseudonym("C2"));
    assertThat(rows.get(3).get(9)).isEqualTo(PSEUDONYMISER.toPseudonym("G7"));
  }

  // ------------------------------------------------------------------ encoding and quoting

  @Test
  void test_agenda_multiLineQuotedCellsRoundTripThroughFastCsv() {
    Heading heading =
        Heading.builder()
            .id("new-to-care")
            .title("Children new to care, \"urgent\"")
            .citation(Citation.of("Sample ToR", "2.1"))
            .build();
    Referral.Builder first = Referral.builder();
    first
        .child(ChildId.of("Zoë-1"))
        .panel(SampleAuthority.PANEL)
        .heading(heading)
        .remit("new to care")
        .reason("became \"looked after\", on 2026-03-02")
        .citation(Citation.of("Sample ToR", "3.1"))
        .earliestMeeting(MON_2026_03_02)
        .latestMeetingExclusive(MON_2026_03_23);
    Referral.Builder second = Referral.builder();
    second
        .child(ChildId.of("Zoë-1"))
        .panel(SampleAuthority.PANEL)
        .heading(heading)
        .remit("placement ending")
        .reason("placement ends;\r\nplanning meeting due")
        .citation(Citation.of("Sample ToR", "3.4"))
        .earliestMeeting(MON_2026_03_02)
        .latestMeetingExclusive(MON_2026_03_23);
    AgendaPlan plan =
        AgendaPlan.builder()
            .startInclusive(MON_2026_03_16)
            .endExclusive(MON_2026_03_23)
            .addAgendas(
                Agenda.builder()
                    .panel(SampleAuthority.PANEL)
                    .meeting(MEETING)
                    .referralCutOff(Instant.parse("2026-03-13T12:00:00Z"))
                    .addSections(
                        AgendaSection.of(
                            heading,
                            List.of(
                                AgendaItem.builder()
                                    .child(ChildId.of("Zoë-1"))
                                    .heading(heading)
                                    .addReferrals(first.build(), second.build())
                                    .build())))
                    .build())
            .build();

    String csv =
        write(
            (out, o) -> CsvExports.agenda(SampleAuthority.ID, plan, out, o),
            ExportOptions.defaults());
    List<List<String>> rows = parse(csv);

    assertThat(rows).hasSize(2);
    assertThat(rows.get(1).get(7)).isEqualTo("Children new to care, \"urgent\"");
    assertThat(rows.get(1).get(8)).isEqualTo("Zoë-1");
    assertThat(rows.get(1).get(10))
        .isEqualTo(
            "became \"looked after\", on 2026-03-02\nplacement ends;\r\nplanning meeting due");
    assertThat(rows.get(1).get(11)).isEqualTo("Sample ToR 3.1\nSample ToR 3.4");
    assertThat(csv).contains("\"became \"\"looked after\"\", on 2026-03-02\n");
  }

  @Test
  void test_findings_withByteOrderMark() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    long rows =
        CsvExports.findings(
            List.of(DataQualityFinding.of(ChildId.of("C9"), "consistency", "café")),
            out,
            ExportOptions.defaults().withByteOrderMark(true));

    assertThat(rows).isEqualTo(1);
    byte[] bytes = out.toByteArray();
    assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
        .isEqualTo("child_id,source,problem,citation\r\nC9,consistency,café,\r\n");
  }

  @Test
  void test_tracker_returnsTheRowCount() {
    Tracker tracker = ENGINE.tracker(COHORT, WED_2026_04_01);

    long rows = CsvExports.tracker(tracker, new ByteArrayOutputStream(), ExportOptions.defaults());

    assertThat(rows).isEqualTo(tracker.rows().size()).isPositive();
  }

  // ------------------------------------------------------------------ helpers

  private static String write(Export export, ExportOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    export.write(out, options);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static List<List<String>> parse(String csv) {
    List<List<String>> rows = new ArrayList<>();
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv)) {
      reader.forEach(record -> rows.add(record.getFields()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return rows;
  }
}
