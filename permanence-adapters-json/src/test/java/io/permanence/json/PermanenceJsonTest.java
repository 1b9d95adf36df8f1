package io.permanence.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.permanence.core.AuthorityId;
import io.permanence.core.Citation;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.child.ChildId;
import io.permanence.core.child.SiblingGroupId;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.evaluation.Remit;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.panel.ActionId;
import io.permanence.core.panel.ActionType;
import io.permanence.core.panel.DecisionId;
import io.permanence.core.panel.DocumentType;
import io.permanence.core.panel.Exclusion;
import io.permanence.core.panel.Heading;
import io.permanence.core.panel.Panel;
import io.permanence.core.panel.PanelAction;
import io.permanence.core.panel.PanelDecision;
import io.permanence.core.panel.PanelId;
import io.permanence.core.panel.Referral;
import io.permanence.core.panel.Role;
import io.permanence.core.plan.PermanenceOption;
import io.permanence.core.port.ActorId;
import io.permanence.core.reference.CollectionYear;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import io.permanence.core.time.CutOff;
import io.permanence.core.time.Deadline;
import io.permanence.core.time.DeadlineRule;
import io.permanence.core.time.DeadlineStatus;
import io.permanence.core.time.PanelSchedule;
import io.permanence.core.time.Timescale;
import io.permanence.core.time.WorkingCalendars;
import io.permanence.testkit.Scenario;
import io.permanence.testkit.generators.Generators;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PermanenceJsonTest {

  private static final LocalDate WED_2015_01_07 = LocalDate.of(2015, 1, 7);
  private static final LocalDate MON_2024_01_15 = LocalDate.of(2024, 1, 15);
  private static final LocalDate TUE_2024_05_14 = LocalDate.of(2024, 5, 14);
  private static final LocalDate WED_2024_07_10 = LocalDate.of(2024, 7, 10);
  private static final LocalDate FRI_2025_03_14 = LocalDate.of(2025, 3, 14);
  private static final LocalDate TUE_2025_04_01 = LocalDate.of(2025, 4, 1);
  private static final LocalDate MON_2026_03_16 = LocalDate.of(2026, 3, 16);
  private static final LocalDate WED_2026_04_15 = LocalDate.of(2026, 4, 15);
  private static final LocalDate FRI_2026_04_17 = LocalDate.of(2026, 4, 17);

  private static final JsonMapper MAPPER = PermanenceJson.mapper();

  private static final Citation REG_33 =
      Citation.of("Care Planning, Placement and Case Review (England) Regulations 2010", "reg 33");

  private static final DeadlineRule INITIAL_REVIEW =
      DeadlineRule.of("Initial review", "Became looked after", Timescale.workingDays(20), REG_33);

  private static JsonNode tree(Object value) {
    return MAPPER.readTree(MAPPER.writeValueAsString(value));
  }

  private static List<String> names(JsonNode node) {
    return new ArrayList<>(node.propertyNames());
  }

  private static List<String> nullPaths(JsonNode node, String path) {
    List<String> found = new ArrayList<>();
    if (node.isNull()) {
      found.add(path);
    } else if (node.isObject()) {
      node.properties()
          .forEach(e -> found.addAll(nullPaths(e.getValue(), path + "." + e.getKey())));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        found.addAll(nullPaths(node.get(i), path + "[" + i + "]"));
      }
    }
    return found;
  }

  private static CaseFile caseFile() {
    return Scenario.child("C123")
        .bornOn(WED_2015_01_07)
        .inSiblingGroup("S7")
        .lookedAfterFrom(MON_2024_01_15, LegalStatusCode.C1, PlacementCode.U4)
        .legalStatusChange(TUE_2024_05_14, LegalStatusCode.C2)
        .review(WED_2024_07_10)
        .plan(WED_2024_07_10, PermanenceOption.ADOPTION, PermanenceOption.LONG_TERM_FOSTERING)
        .appearedAt("permanence-panel", FRI_2025_03_14, "tracking")
        .decision(decision())
        .action(action())
        .document(DocumentType.CARE_PLAN, FRI_2025_03_14)
        .build();
  }

  private static PanelDecision decision() {
    return PanelDecision.builder()
        .id(DecisionId.of("D1"))
        .panel(PanelId.of("permanence-panel"))
        .madeOn(FRI_2025_03_14)
        .signOffBy(Role.CHAIR)
        .text("Proceed with a plan of adoption")
        .build();
  }

  private static PanelAction action() {
    return PanelAction.builder()
        .id(ActionId.of("A1"))
        .decision(DecisionId.of("D1"))
        .type(ActionType.LEGAL_REFERRAL)
        .description("Refer for legal advice")
        .owner(Role.SOCIAL_WORKER)
        .dueOn(TUE_2025_04_01)
        .build();
  }

  // ---------------------------------------------------------------- case files

  @Test
  void test_mapper_caseFile_writesAttributesWithIsoDatesAndStringIds() {
    JsonNode json = tree(caseFile());

    assertThat(json.get("authority").stringValue()).isEqualTo("bcp");
    assertThat(json.get("child").get("id").stringValue()).isEqualTo("C123");
    assertThat(json.get("child").get("dateOfBirth").stringValue()).isEqualTo("2015-01-07");
    assertThat(json.get("child").get("siblingGroup").stringValue()).isEqualTo("S7");
    assertThat(json.get("child").get("isUasc").booleanValue()).isFalse();
    assertThat(json.get("child").has("expectedDateOfBirth")).isFalse();
    JsonNode statuses = json.get("legalStatusPeriods");
    assertThat(statuses.size()).isEqualTo(2);
    assertThat(statuses.get(0).get("code").stringValue()).isEqualTo("C1");
    assertThat(statuses.get(0).get("start").stringValue()).isEqualTo("2024-01-15");
    assertThat(statuses.get(0).get("end").stringValue()).isEqualTo("2024-05-14");
    assertThat(statuses.get(1).get("code").stringValue()).isEqualTo("C2");
    assertThat(statuses.get(1).has("end")).isFalse();
    assertThat(json.get("placements").get(0).get("code").stringValue()).isEqualTo("U4");
    assertThat(json.get("reviews").get(0).get("date").stringValue()).isEqualTo("2024-07-10");
    assertThat(json.get("plans").get(0).get("primary").stringValue()).isEqualTo("ADOPTION");
    assertThat(json.get("plans").get(0).get("contingency").stringValue())
        .isEqualTo("LONG_TERM_FOSTERING");
    assertThat(json.get("courtOrders").isArray()).isTrue();
    assertThat(json.get("courtOrders").size()).isZero();
  }

  @Test
  void test_mapper_caseFile_writesNoDerivedQuery() {
    JsonNode json = tree(caseFile());

    assertThat(names(json))
        .doesNotContain(
            "planHistory", "openActions", "childId", "toBuilder", "lookedAfter", "class")
        .contains("authority", "child", "plans", "actions", "documents", "careLeaverOutcomes");
    assertThat(names(json.get("actions").get(0))).doesNotContain("isOpen", "open");
    assertThat(names(json.get("decisions").get(0))).doesNotContain("isSignedOff", "signedOff");
    assertThat(names(json.get("periodsOfCare").get(0))).doesNotContain("isOpen", "isEmpty");
  }

  @Test
  void test_mapper_caseFile_propertiesAreAlphabetical() {
    JsonNode json = tree(caseFile());

    assertThat(names(json)).isSorted();
    assertThat(names(json.get("child"))).isSorted();
    assertThat(names(json.get("actions").get(0))).isSorted();
  }

  @Test
  void test_mapper_caseFile_panelRecords() {
    JsonNode json = tree(caseFile());

    JsonNode appearance = json.get("panelAppearances").get(0);
    assertThat(appearance.get("panel").stringValue()).isEqualTo("permanence-panel");
    assertThat(appearance.get("meetingOn").stringValue()).isEqualTo("2025-03-14");
    assertThat(appearance.get("heading").stringValue()).isEqualTo("tracking");
    JsonNode decision = json.get("decisions").get(0);
    assertThat(decision.get("id").stringValue()).isEqualTo("D1");
    assertThat(decision.get("signOffBy").get("id").stringValue()).isEqualTo("chair");
    assertThat(decision.get("signOffBy").get("name").stringValue()).isEqualTo("Panel Chair");
    assertThat(decision.has("signedOffOn")).isFalse();
    JsonNode action = json.get("actions").get(0);
    assertThat(action.get("id").stringValue()).isEqualTo("A1");
    assertThat(action.get("decision").stringValue()).isEqualTo("D1");
    assertThat(action.get("type").get("id").stringValue()).isEqualTo("legal-referral");
    assertThat(action.get("owner").get("id").stringValue()).isEqualTo("social-worker");
    assertThat(action.get("status").stringValue()).isEqualTo("OPEN");
    assertThat(action.get("dueOn").stringValue()).isEqualTo("2025-04-01");
    JsonNode document = json.get("documents").get(0);
    assertThat(document.get("type").get("id").stringValue()).isEqualTo("care-plan");
    assertThat(document.get("type").get("name").stringValue()).isEqualTo("Care plan");
    assertThat(document.get("dateOnFile").stringValue()).isEqualTo("2025-03-14");
  }

  @Test
  void test_mapper_caseFile_writesNoNull() {
    assertThat(nullPaths(tree(caseFile()), "$")).isEmpty();
  }

  @Test
  void test_mapper_generatedCaseFiles_serialiseWithTheirChildAndAuthority() {
    qt().withExamples(200)
        .forAll(Generators.caseFiles())
        .checkAssert(
            caseFile -> {
              JsonNode json = tree(caseFile);
              assertThat(json.get("child").get("id").stringValue())
                  .isEqualTo(caseFile.child().id().id());
              assertThat(json.get("authority").stringValue()).isEqualTo(caseFile.authority().id());
              assertThat(json.get("periodsOfCare").size())
                  .isEqualTo(caseFile.periodsOfCare().size());
              assertThat(nullPaths(json, "$")).isEmpty();
            });
  }

  // ---------------------------------------------------------------- deadlines

  @Test
  void test_mapper_deadline_writesTraceCitationAndCalendar() {
    Deadline deadline =
        INITIAL_REVIEW.deadlineFrom(MON_2026_03_16, WorkingCalendars.englandAndWales());

    JsonNode json = tree(deadline);

    assertThat(json.get("name").stringValue()).isEqualTo("Initial review");
    assertThat(json.get("startEvent").stringValue()).isEqualTo("Became looked after");
    assertThat(json.get("startDate").stringValue()).isEqualTo("2026-03-16");
    assertThat(json.get("dueDate").stringValue()).isEqualTo("2026-04-15");
    assertThat(json.get("timescale").stringValue()).isEqualTo("20 working days");
    assertThat(json.get("calendarId").stringValue()).isEqualTo("england-and-wales");
    assertThat(json.get("calendarVersion").stringValue())
        .isEqualTo(WorkingCalendars.ENGLAND_AND_WALES_VERSION);
    assertThat(json.get("trace").stringValue())
        .isEqualTo(deadline.trace())
        .contains("skipping Fri 2026-04-03 and Mon 2026-04-06");
    assertThat(json.get("citation").get("document").stringValue()).isEqualTo(REG_33.document());
    assertThat(json.get("citation").get("clause").stringValue()).isEqualTo("reg 33");
    assertThat(json.get("citation").get("status").stringValue()).isEqualTo("VERIFIED");
    assertThat(json.get("dueSoonDays").intValue()).isEqualTo(Deadline.DEFAULT_DUE_SOON_DAYS);
  }

  @Test
  void test_mapper_deadline_exactlyItsAttributesInOrder() {
    Deadline deadline =
        INITIAL_REVIEW
            .withDueTime(LocalTime.of(17, 0))
            .deadlineFrom(MON_2026_03_16, WorkingCalendars.englandAndWales())
            .withMetOn(FRI_2026_04_17);

    JsonNode json = tree(deadline);

    assertThat(names(json))
        .containsExactly(
            "calendarId",
            "calendarVersion",
            "citation",
            "dueDate",
            "dueSoonDays",
            "dueTime",
            "metOn",
            "name",
            "startDate",
            "startEvent",
            "timescale",
            "trace");
    assertThat(json.get("dueTime").stringValue()).isEqualTo("17:00:00");
    assertThat(json.get("metOn").stringValue()).isEqualTo("2026-04-17");
  }

  @Test
  void test_mapper_deadline_omitsEmptyOptionals() {
    JsonNode json =
        tree(INITIAL_REVIEW.deadlineFrom(MON_2026_03_16, WorkingCalendars.englandAndWales()));

    assertThat(names(json)).doesNotContain("dueTime", "metOn", "dueAt", "status");
    assertThat(nullPaths(json, "$")).isEmpty();
  }

  @Test
  void test_mapper_citation_exactlyDocumentClauseStatus() {
    Citation secondary =
        Citation.of("Children Act 1989", "s.32(1)(a)", Citation.SourceStatus.SECONDARY);

    JsonNode json = tree(secondary);

    assertThat(names(json)).containsExactly("clause", "document", "status");
    assertThat(json.get("status").stringValue()).isEqualTo("SECONDARY");
  }

  // ---------------------------------------------------------------- other shapes

  static Stream<Arguments> idsAsStrings() {
    return Stream.of(
        Arguments.of(AuthorityId.of("north-somerset"), "north-somerset"),
        Arguments.of(ChildId.of("C123"), "C123"),
        Arguments.of(SiblingGroupId.of("S7"), "S7"),
        Arguments.of(PanelId.of("permanence-panel"), "permanence-panel"),
        Arguments.of(DecisionId.of("D1"), "D1"),
        Arguments.of(ActionId.of("A1"), "A1"),
        Arguments.of(ActorId.of("system"), "system"),
        Arguments.of(Timescale.weeksBeginningWith(26), "26 weeks beginning with"),
        Arguments.of(CollectionYear.of(2024), "2023-24"),
        Arguments.of(LegalStatusCode.C2, "C2"),
        Arguments.of(DeadlineStatus.DUE_SOON, "DUE_SOON"),
        Arguments.of(Duration.ofMinutes(150), "PT2H30M"),
        Arguments.of(LocalTime.NOON, "12:00:00"));
  }

  @ParameterizedTest
  @MethodSource("idsAsStrings")
  void test_mapper_writesAsString(Object value, String expected) {
    JsonNode json = tree(value);

    assertThat(json.isString()).as("%s is a JSON string", value).isTrue();
    assertThat(json.stringValue()).isEqualTo(expected);
  }

  @Test
  void test_mapper_roleAndDocumentType_areIdAndName() {
    assertThat(names(tree(Role.IRO))).containsExactly("id", "name");
    assertThat(tree(Role.IRO).get("name").stringValue()).isEqualTo("Independent Reviewing Officer");
    assertThat(names(tree(DocumentType.SWET))).containsExactly("id", "name");
  }

  @Test
  void test_mapper_workingCalendar_isItsIdentity() {
    JsonNode json = tree(WorkingCalendars.englandAndWales());

    assertThat(names(json)).containsExactly("firstYear", "id", "lastYear", "version");
    assertThat(json.get("id").stringValue()).isEqualTo("england-and-wales");
    assertThat(json.get("version").stringValue())
        .isEqualTo(WorkingCalendars.ENGLAND_AND_WALES_VERSION);
    assertThat(json.get("firstYear").intValue())
        .isEqualTo(WorkingCalendars.englandAndWales().firstYear().getValue());
    assertThat(json.get("lastYear").intValue())
        .isEqualTo(WorkingCalendars.englandAndWales().lastYear().getValue());
  }

  @Test
  void test_mapper_panel_writesScheduleWithCalendarIdentity() {
    Citation tor = Citation.of("BCP Permanence Panel ToR", "section 4");
    Panel panel =
        Panel.builder()
            .id(PanelId.of("permanence-panel"))
            .name("Permanence Panel")
            .scheduleCitation(tor)
            .schedule(
                PanelSchedule.ofDates(
                    List.of(WED_2026_04_15),
                    LocalTime.of(9, 30),
                    Duration.ofHours(3),
                    WorkingCalendars.englandAndWales()))
            .referralCutOff(CutOff.afternoonBefore(DayOfWeek.FRIDAY))
            .addHeadings(heading(tor))
            .addCoreMembers(Role.CHAIR, Role.PANEL_ADMINISTRATOR)
            .build();

    JsonNode json = tree(panel);

    assertThat(json.get("id").stringValue()).isEqualTo("permanence-panel");
    JsonNode schedule = json.get("schedule");
    assertThat(schedule.get("dates").get(0).stringValue()).isEqualTo("2026-04-15");
    assertThat(schedule.get("startTime").stringValue()).isEqualTo("09:30:00");
    assertThat(schedule.get("duration").stringValue()).isEqualTo("PT3H");
    assertThat(schedule.get("bankHolidayPolicy").isString()).isTrue();
    assertThat(schedule.get("calendar").get("id").stringValue()).isEqualTo("england-and-wales");
    assertThat(schedule.get("calendar").has("holidays")).isFalse();
    assertThat(json.get("referralCutOff").get("dayOfWeek").stringValue()).isEqualTo("FRIDAY");
    assertThat(json.get("headings").get(0).get("paperwork").get(0).get("id").stringValue())
        .isEqualTo("care-plan");
    assertThat(json.get("coreMembers").get(1).get("id").stringValue())
        .isEqualTo("panel-administrator");
    assertThat(nullPaths(json, "$")).isEmpty();
  }

  @Test
  void test_mapper_referral_writesExtraPaperworkButNotTheDerivedList() {
    Citation tor = Citation.of("BCP Permanence Panel ToR", "section 5");
    Referral referral =
        Referral.builder()
            .child(ChildId.of("C123"))
            .panel(PanelId.of("permanence-panel"))
            .heading(heading(tor))
            .remit("tracking")
            .reason("plan of adoption")
            .citation(tor)
            .earliestMeeting(MON_2026_03_16)
            .latestMeetingExclusive(FRI_2026_04_17)
            .addExtraPaperwork(DocumentType.SWET)
            .build();

    JsonNode json = tree(referral);

    assertThat(names(json)).doesNotContain("paperwork").contains("extraPaperwork");
    assertThat(json.get("extraPaperwork").get(0).get("id").stringValue()).isEqualTo("swet");
    assertThat(json.get("child").stringValue()).isEqualTo("C123");
    assertThat(json.get("latestMeetingExclusive").stringValue()).isEqualTo("2026-04-17");
  }

  private static Heading heading(Citation citation) {
    return Heading.builder()
        .id("tracking")
        .title("Tracking")
        .citation(citation)
        .addPaperwork(DocumentType.CARE_PLAN)
        .build();
  }

  @Test
  void test_mapper_exclusionAndRemitDecision_writeNoQueries() {
    Exclusion exclusion =
        Exclusion.builder()
            .child(ChildId.of("C123"))
            .panel(PanelId.of("permanence-panel"))
            .remit("tracking")
            .policy("aged-17")
            .reason("aged 17: considered at the Placement and Resource Panel")
            .citation(Citation.of("BCP Permanence Panel ToR", "section 5"))
            .build();
    RemitDecision notMet = RemitDecision.notMet(new TrackingRemit(), "no plan recorded");

    JsonNode json = tree(notMet);

    assertThat(names(tree(exclusion)))
        .containsExactly("child", "citation", "panel", "policy", "reason", "remit");
    // getReferral() throws for a decision not met: it must not be called
    assertThat(names(json)).containsExactly("citation", "isMet", "reason", "remit");
    assertThat(json.get("isMet").booleanValue()).isFalse();
  }

  @Test
  void test_mapper_findings_listOfValueTypes() {
    List<SampleFinding> findings =
        List.of(
            SampleFinding.builder()
                .fileName("episodes.csv")
                .lineNumber(42)
                .column("DECOM")
                .value("31/02/2017")
                .reason("is not a valid date (expected dd/mm/yyyy or yyyy-mm-dd)")
                .severity(SampleFinding.Severity.ERROR)
                .build(),
            SampleFinding.builder()
                .fileName("header.csv")
                .lineNumber(1)
                .reason("extra column ignored")
                .severity(SampleFinding.Severity.WARNING)
                .isSensitive(true)
                .build());

    JsonNode json = tree(findings);

    assertThat(json.size()).isEqualTo(2);
    assertThat(names(json.get(0)))
        .containsExactly(
            "column", "fileName", "isSensitive", "lineNumber", "reason", "severity", "value");
    assertThat(json.get(0).get("lineNumber").longValue()).isEqualTo(42);
    assertThat(json.get(0).get("severity").stringValue()).isEqualTo("ERROR");
    assertThat(names(json.get(1)))
        .containsExactly("fileName", "isSensitive", "lineNumber", "reason", "severity");
    assertThat(json.get(1).get("isSensitive").booleanValue()).isTrue();
    assertThat(nullPaths(json, "$")).isEmpty();
  }

  @Test
  void test_mapper_handWrittenTypeWithoutSerializer_fails() {
    assertThatThrownBy(() -> MAPPER.writeValueAsString(new Unregistered()))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining(Unregistered.class.getName());
  }

  // ---------------------------------------------------------------- reading

  @Test
  void test_mapper_readsCitation() {
    Citation citation =
        Citation.of("Children Act 1989", "s.32(1)(a)", Citation.SourceStatus.UNVERIFIED);

    Citation read = MAPPER.readValue(MAPPER.writeValueAsString(citation), Citation.class);

    assertThat(read).isEqualTo(citation);
  }

  @Test
  void test_mapper_readsCitationWithoutStatusAsVerified() {
    Citation read =
        MAPPER.readValue(
            "{\"document\":\"Children Act 1989\",\"clause\":\"s.31\"}", Citation.class);

    assertThat(read).isEqualTo(Citation.of("Children Act 1989", "s.31"));
  }

  static Stream<Arguments> badCitations() {
    return Stream.of(
        Arguments.of("{\"clause\":\"s.31\"}", "citation.document must be a string but was missing"),
        Arguments.of("{\"document\":\"CA\",\"clause\":31}", "citation.clause must be a string"),
        Arguments.of(
            "{\"document\":\" \",\"clause\":\"s.31\"}", "document must not be blank but was ' '"),
        Arguments.of("{\"document\":\"CA\",\"clause\":\"s.31\",\"status\":\"CHECKED\"}", "CHECKED"),
        Arguments.of("[\"CA\"]", "citation must be an object"));
  }

  @ParameterizedTest
  @MethodSource("badCitations")
  void test_mapper_readsCitation_failsNamingTheField(String json, String message) {
    assertThatThrownBy(() -> MAPPER.readValue(json, Citation.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining(message);
  }

  static Stream<Arguments> readableIds() {
    return Stream.of(
        Arguments.of(AuthorityId.class, AuthorityId.of("bcp")),
        Arguments.of(ChildId.class, ChildId.of("C123")),
        Arguments.of(SiblingGroupId.class, SiblingGroupId.of("S7")),
        Arguments.of(PanelId.class, PanelId.of("permanence-panel")),
        Arguments.of(DecisionId.class, DecisionId.of("D1")),
        Arguments.of(ActionId.class, ActionId.of("A1")),
        Arguments.of(ActorId.class, ActorId.of("system")),
        Arguments.of(Timescale.class, Timescale.workingDays(20)));
  }

  @ParameterizedTest
  @MethodSource("readableIds")
  void test_mapper_readsBackWhatItWrites(Class<?> type, Object value) {
    Object read = MAPPER.readValue(MAPPER.writeValueAsString(value), type);

    assertThat(read).isEqualTo(value);
  }

  @Test
  void test_mapper_readsId_failsWithTheFactoryMessage() {
    assertThatThrownBy(() -> MAPPER.readValue("\"North Somerset\"", AuthorityId.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("authority id must match [a-z0-9-]+ but was 'North Somerset'");
  }

  @Test
  void test_mapper_readsId_failsOnANumber() {
    assertThatThrownBy(() -> MAPPER.readValue("123", ChildId.class))
        .isInstanceOf(DatabindException.class);
  }

  @Test
  void test_mapper_isShared() {
    assertThat(PermanenceJson.mapper()).isSameAs(PermanenceJson.mapper());
  }

  @Test
  void test_builder_configuredAsTheMapper() {
    JsonMapper indented =
        PermanenceJson.builder()
            .enable(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT)
            .build();

    String json = indented.writeValueAsString(ChildId.of("C123"));

    assertThat(json).isEqualTo("\"C123\"");
    assertThat(indented.writeValueAsString(Citation.of("CA", "s.31"))).contains("\n");
  }

  /** A remit that never lists a child, for a decision not met. */
  private static final class TrackingRemit implements Remit {
    private static final Citation TOR = Citation.of("BCP Permanence Panel ToR", "section 5");

    @Override
    public String name() {
      return "tracking";
    }

    @Override
    public PanelId panel() {
      return PanelId.of("permanence-panel");
    }

    @Override
    public Heading heading() {
      return Heading.builder().id("tracking").title("Tracking").citation(TOR).build();
    }

    @Override
    public Citation citation() {
      return TOR;
    }

    @Override
    public RemitDecision evaluate(CaseFile file, EvaluationContext context) {
      return RemitDecision.notMet(this, "never");
    }
  }
}
