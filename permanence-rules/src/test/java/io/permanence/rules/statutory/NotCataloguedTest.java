package io.permanence.rules.statutory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NotCataloguedTest {

  @Test
  void test_isLawSilent_lawSilentVersusModelGaps() {
    assertThat(NotCatalogued.values())
        .filteredOn(NotCatalogued::isLawSilent)
        .containsExactly(NotCatalogued.PRE_PROCEEDINGS_LENGTH, NotCatalogued.SECTION_20_DURATION);
    assertThat(NotCatalogued.values())
        .filteredOn(item -> !item.isLawSilent())
        .containsExactly(
            NotCatalogued.SOCIAL_WORKER_VISITS,
            NotCatalogued.TEMPORARY_APPROVAL_OF_CONNECTED_PERSONS);
  }

  @Test
  void test_reason_modelGapsAreNotInTheCatalogue() {
    assertThat(NotCatalogued.SOCIAL_WORKER_VISITS.reason()).contains("reg 28");
    assertThat(NotCatalogued.TEMPORARY_APPROVAL_OF_CONNECTED_PERSONS.reason())
        .contains("regs 24-25");
    assertThat(StatutoryTimescales.catalogue())
        .extracting(rule -> rule.citation().clause())
        .noneMatch(clause -> clause.contains("reg 28") || clause.contains("reg 24"));
  }
}
