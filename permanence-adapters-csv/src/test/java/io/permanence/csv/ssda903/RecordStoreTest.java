package io.permanence.csv.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecordStoreTest {

  @Test
  void test_indexByChild_groupsRecordsInFileOrderAcrossChunks() {
    RecordStore store = new RecordStore(2);
    int records = 10_000;
    for (int r = 0; r < records; r++) {
      store.add(r % 3, r + 2, new int[] {r, r == 5 ? RecordStore.NONE : -r});
    }

    store.indexByChild(4);

    assertThat(store.size()).isEqualTo(records);
    assertThat(store.count(0)).isEqualTo(3334);
    assertThat(store.count(2)).isEqualTo(3333);
    assertThat(store.count(3)).isZero();
    assertThat(store.count(7)).isZero();
    int previous = -1;
    for (int k = 0; k < store.count(1); k++) {
      int record = store.recordOf(1, k);
      assertThat(store.child(record)).isEqualTo(1);
      assertThat(store.line(record)).isEqualTo(record + 2);
      assertThat(store.field(record, 0)).isEqualTo(record).isGreaterThan(previous);
      previous = record;
    }
    assertThat(store.field(5, 1)).isEqualTo(RecordStore.NONE);
  }
}
