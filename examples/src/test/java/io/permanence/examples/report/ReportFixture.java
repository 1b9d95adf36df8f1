package io.permanence.examples.report;

import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.AgendaPlan;
import io.permanence.core.evaluation.Authority;
import io.permanence.core.evaluation.Evaluator;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import io.permanence.examples.shire.CustomAuthorityExample;
import io.permanence.testkit.Scenario;
import java.time.LocalDate;
import java.util.List;

/** A report whose data carries hostile text in every free-text field a child's record has. */
final class ReportFixture {

  static final LocalDate MON_2026_03_02 = LocalDate.of(2026, 3, 2);
  static final LocalDate MON_2026_03_16 = LocalDate.of(2026, 3, 16);

  /** Would run as script if written unescaped. */
  static final String HOSTILE_ID = "<script>alert('id')</script>&\"";

  /** Would break out of an attribute if written unescaped. */
  static final String HOSTILE_GROUP = "\"><img src=x onerror=alert(1)>";

  /** Would start a comment and an element if written unescaped. */
  static final String HOSTILE_HEADING = "<!-- <b>heading</b> & 'quoted'";

  private ReportFixture() {}

  static Authority shire() {
    return new CustomAuthorityExample().create();
  }

  static CaseFile hostileChild() {
    return Scenario.child(HOSTILE_ID)
        .bornOn(LocalDate.of(2019, 6, 1))
        .inSiblingGroup(HOSTILE_GROUP)
        .lookedAfterFrom(MON_2026_03_02, LegalStatusCode.C2, PlacementCode.U1)
        .appearedAt(CustomAuthorityExample.PANEL.id(), MON_2026_03_02, HOSTILE_HEADING)
        .build();
  }

  /** The whole page: agendas, tracker, drift, explanation and timeline of the hostile child. */
  static String page() {
    Authority shire = shire();
    Evaluator engine = Evaluator.of(shire);
    List<CaseFile> files = List.of(hostileChild());
    AgendaPlan plan = engine.agendas(files, MON_2026_03_16, MON_2026_03_16.plusWeeks(8));
    return HtmlReport.builder(shire, MON_2026_03_16)
        .source("test <source>")
        .agendas(plan)
        .tracker(engine.tracker(files, MON_2026_03_16))
        .drift(engine.drift(files, MON_2026_03_16))
        .explanation(engine.explain(files.get(0), MON_2026_03_16))
        .timelines(files)
        .render();
  }
}
