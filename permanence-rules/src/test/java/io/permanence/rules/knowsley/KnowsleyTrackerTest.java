package io.permanence.rules.knowsley;

import static io.permanence.rules.knowsley.KnowsleyFixtures.MON_2026_01_05;
import static io.permanence.rules.knowsley.KnowsleyFixtures.TUE_2026_02_17;
import static io.permanence.rules.knowsley.KnowsleyFixtures.TUE_2026_03_17;
import static io.permanence.rules.knowsley.KnowsleyFixtures.child;
import static io.permanence.rules.knowsley.KnowsleyFixtures.on;
import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import io.permanence.core.reference.ReasonEpisodeCeasedCode;
import org.junit.jupiter.api.Test;

class KnowsleyTrackerTest {

  private final KnowsleyTracker tracker = new KnowsleyTracker();

  @Test
  void test_Knowsley_Admin_role_c_placementOrderChild_tracked() {
    var file =
        child("C1").lookedAfterFrom(MON_2026_01_05, LegalStatusCode.E1, PlacementCode.U5).build();
    assertThat(tracker.includes(file, on(TUE_2026_03_17))).isTrue();
  }

  @Test
  void test_Knowsley_Admin_role_c_heardAtPanel_trackedWhileLookedAfter() {
    var heard =
        child("C1")
            .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C2, PlacementCode.K2)
            .appearedAt(Knowsley.PANEL.id(), TUE_2026_02_17, "part-4")
            .build();
    var notHeard =
        child("C2").lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C2, PlacementCode.K2).build();
    var left =
        child("C3")
            .lookedAfterFrom(MON_2026_01_05, LegalStatusCode.C2, PlacementCode.K2)
            .appearedAt(Knowsley.PANEL.id(), TUE_2026_02_17, "part-4")
            .ceasedToBeLookedAfter(TUE_2026_02_17.plusDays(1), ReasonEpisodeCeasedCode.E4A)
            .build();
    assertThat(tracker.includes(heard, on(TUE_2026_03_17))).isTrue();
    assertThat(tracker.includes(notHeard, on(TUE_2026_03_17))).isFalse();
    assertThat(tracker.includes(left, on(TUE_2026_03_17))).isFalse();
  }
}
