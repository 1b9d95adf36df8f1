package io.permanence.rules.buckinghamshire;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Iterables;
import io.permanence.core.evaluation.Authorities;
import io.permanence.core.evaluation.Authority;
import io.permanence.core.evaluation.CaseDeadlineRule;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.evaluation.Remit;
import io.permanence.core.panel.Panel;
import io.permanence.core.panel.Role;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import io.permanence.rules.statutory.StatutoryTimescales;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BuckinghamshireAuthorityProviderTest {

  @Test
  void test_serviceLoader_findsBuckinghamshire() {
    assertThat(Authorities.get(BuckinghamshireAuthorityProvider.ID))
        .isInstanceOf(BuckinghamshireAuthorityProvider.class);
  }

  @Test
  void test_s1A_create_fivePanelsAndEveryRemitCited() {
    Authority authority = BucksFixture.AUTHORITY;
    assertThat(authority.panels())
        .extracting(Panel::name)
        .containsExactly(
            "Legal Planning and New Admissions Panel",
            "Court Progression Panel",
            "Permanency Panel",
            "Resource Panel",
            "Complex Needs Panel");
    assertThat(authority.remits()).hasSize(28);
    assertThat(authority.remits())
        .allSatisfy(
            r -> assertThat(r.citation().document()).isEqualTo(BuckinghamshireSettings.DOCUMENT));
    assertThat(authority.remits()).extracting(Remit::name).doesNotHaveDuplicates();
    assertThat(authority.escalation()).isEqualTo(Role.HEAD_OF_SERVICE);
    assertThat(authority.deadlineRules())
        .extracting(CaseDeadlineRule::name)
        .containsExactlyElementsOf(
            Iterables.transform(
                Iterables.concat(
                    StatutoryTimescales.standard(), BuckinghamshireDeadlineRules.all()),
                CaseDeadlineRule::name));
  }

  @Test
  void test_trackerScope_lookedAfterOrInPlo() {
    Authority authority = BucksFixture.AUTHORITY;
    LocalDate day = LocalDate.of(2026, 3, 16);
    EvaluationContext context =
        EvaluationContext.of(day, authority.calendar(), authority.settings());
    assertThat(
            authority
                .trackerScope()
                .includes(
                    BucksFixture.child("C1")
                        .lookedAfterFrom(day, LegalStatusCode.V2, PlacementCode.U4)
                        .build(),
                    context))
        .isTrue();
    assertThat(
            authority
                .trackerScope()
                .includes(BucksFixture.child("C2").preProceedingsFrom(day).build(), context))
        .isTrue();
    assertThat(authority.trackerScope().includes(BucksFixture.child("C3").build(), context))
        .isFalse();
  }

  @Test
  void test_explain_withoutMeeting_usesNextMeeting() {
    Authority authority = BucksFixture.AUTHORITY;
    var file =
        BucksFixture.child("C1")
            .lookedAfterFrom(LocalDate.of(2026, 3, 16), LegalStatusCode.C2, PlacementCode.U4)
            .build();
    var decision =
        BucksFixture.remit(authority, "new admission into care")
            .evaluate(
                file,
                EvaluationContext.of(
                    LocalDate.of(2026, 3, 16), authority.calendar(), authority.settings()));
    assertThat(decision.isMet()).isTrue();
    assertThat(decision.getReferral().acceptsMeetingOn(LocalDate.of(2026, 3, 17))).isTrue();
  }
}
