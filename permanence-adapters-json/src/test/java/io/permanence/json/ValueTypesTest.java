package io.permanence.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.permanence.core.Citation;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.child.ChildId;
import io.permanence.core.evaluation.DriftItem;
import io.permanence.core.panel.Referral;
import io.permanence.core.panel.Role;
import io.permanence.core.time.Deadline;
import io.permanence.core.time.Timescale;
import io.permanence.core.time.WorkingCalendar;
import org.junit.jupiter.api.Test;

class ValueTypesTest {

  @Test
  void test_attributes_abstractAndDefaultAccessors() {
    assertThat(ValueTypes.attributes(Citation.class))
        .containsExactly("clause", "document", "status");
  }

  @Test
  void test_attributes_sameFromTheGeneratedClass() {
    Class<?> generated = Citation.of("CA", "s.31").getClass();

    assertThat(generated).isNotEqualTo(Citation.class);
    assertThat(ValueTypes.attributes(generated)).isEqualTo(ValueTypes.attributes(Citation.class));
  }

  @Test
  void test_attributes_excludeLazyAndQueries() {
    assertThat(ValueTypes.attributes(CaseFile.class))
        .contains("authority", "child", "adoptionMilestones", "careLeaverOutcomes")
        .doesNotContain("planHistory", "openActions", "childId", "toBuilder", "toString");
    assertThat(ValueTypes.attributes(Referral.class))
        .contains("extraPaperwork", "heading")
        .doesNotContain("paperwork");
  }

  @Test
  void test_attributes_driftItem_includeDetailBuiltOnFirstRead() {
    assertThat(ValueTypes.attributes(DriftItem.class))
        .containsExactly(
            "child", "citation", "detail", "dueDate", "escalateTo", "kind", "status", "title");
  }

  @Test
  void test_attributes_deadline_includeMetOnAndDefaults() {
    assertThat(ValueTypes.attributes(Deadline.class))
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
  }

  @Test
  void test_attributes_isPrefixKept() {
    assertThat(ValueTypes.attributes(Timescale.class))
        .containsExactly("amount", "isBeginningWith", "unit");
  }

  @Test
  void test_attributes_noneForHandWrittenOrForeignTypes() {
    assertThat(ValueTypes.attributes(WorkingCalendar.class)).isEmpty();
    assertThat(ValueTypes.attributes(String.class)).isEmpty();
    assertThat(ValueTypes.attributes(Unregistered.class)).isEmpty();
  }

  @Test
  void test_idAccessor_onlyForStringIdTypes() {
    assertThat(ValueTypes.idAccessor(ChildId.class)).isPresent();
    assertThat(ValueTypes.idAccessor(ChildId.of("C1").getClass())).isPresent();
    assertThat(ValueTypes.idAccessor(Role.class)).isEmpty();
    assertThat(ValueTypes.idAccessor(Citation.class)).isEmpty();
  }

  @Test
  void test_isPermanenceType() {
    assertThat(ValueTypes.isPermanenceType(CaseFile.class)).isTrue();
    assertThat(ValueTypes.isPermanenceType(String.class)).isFalse();
  }
}
