package io.permanence.rules.statutory;

import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.Citation;
import io.permanence.core.time.Deadline;
import io.permanence.core.time.DeadlineRule;
import io.permanence.core.time.DeadlineStatus;
import io.permanence.core.time.Timescale;
import io.permanence.core.time.WorkingCalendars;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrackedDeadlineTest {

  private static final LocalDate MON_2026_03_16 = LocalDate.of(2026, 3, 16);
  private static final LocalDate TUE_2026_04_14 = LocalDate.of(2026, 4, 14);
  private static final LocalDate WED_2026_04_15 = LocalDate.of(2026, 4, 15);
  private static final LocalDate THU_2026_04_16 = LocalDate.of(2026, 4, 16);

  private static final Deadline FIRST_REVIEW =
      DeadlineRule.of(
              "First looked-after review",
              "Became looked after",
              Timescale.workingDays(20),
              Citation.of("CPPCR 2010", "reg 33(1)"))
          .deadlineFrom(MON_2026_03_16, WorkingCalendars.englandAndWales());

  @Test
  void test_status_metOnOrBeforeDue() {
    TrackedDeadline met = TrackedDeadline.of(FIRST_REVIEW, Optional.of(TUE_2026_04_14));
    TrackedDeadline late = TrackedDeadline.of(FIRST_REVIEW, Optional.of(THU_2026_04_16));
    TrackedDeadline unmet = TrackedDeadline.of(FIRST_REVIEW, Optional.empty());

    assertThat(met.status(THU_2026_04_16)).isEqualTo(DeadlineStatus.MET);
    assertThat(late.status(THU_2026_04_16)).isEqualTo(DeadlineStatus.MET_LATE);
    assertThat(unmet.status(WED_2026_04_15)).isEqualTo(DeadlineStatus.DUE_SOON);
    assertThat(unmet.status(THU_2026_04_16)).isEqualTo(DeadlineStatus.OVERDUE);
  }

  @Test
  void test_toString_readsAsTheDeadlineAndWhenMet() {
    assertThat(TrackedDeadline.of(FIRST_REVIEW, Optional.of(TUE_2026_04_14)).toString())
        .isEqualTo(
            "First looked-after review due Wed 2026-04-15 (20 working days after Mon 2026-03-16,"
                + " skipping Fri 2026-04-03 and Mon 2026-04-06 → Wed 2026-04-15; CPPCR 2010 reg"
                + " 33(1)), met 2026-04-14");
  }
}
