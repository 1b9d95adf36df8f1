package io.permanence.csv.read;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RecordHandlerTest {

  /** The cells of each record (the handler reuses its record, so each is copied as read). */
  private static List<String[]> records(String csv) throws IOException {
    List<String[]> records = new ArrayList<>();
    try (CsvReader<RawRecord> reader =
        CsvReader.builder()
            .ignoreDifferentFieldCount(true)
            .build(new RecordHandler(64, 16), new StringReader(csv))) {
      reader.forEach(record -> records.add(record.cells()));
    }
    return records;
  }

  @Test
  void test_handleField_shortCellsSharedOnlyWhenTheirTextIsEqual() throws IOException {
    // Thousands of distinct cells of one to three characters, so the cache's slots are reused by
    // different texts, each written several times.
    Random random = new Random(903);
    String alphabet = "AB01\u0000\u00e9\uFFFF\u4e2d";
    List<String> expected = new ArrayList<>();
    StringBuilder csv = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      StringBuilder cell = new StringBuilder();
      int length = 1 + random.nextInt(3);
      for (int k = 0; k < length; k++) {
        cell.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      expected.add(cell.toString());
      csv.append(cell).append(i % 4 == 3 ? "\n" : ",");
    }

    List<String> cells = new ArrayList<>();
    for (String[] record : records(csv.toString())) {
      cells.addAll(List.of(record));
    }

    assertThat(cells).isEqualTo(expected);
  }

  @Test
  void test_handleField_equalShortCellsAreOneString() throws IOException {
    List<String[]> records = records("C2,PR1,\nC2,PR1,\n");

    assertThat(records.get(1)[0]).isSameAs(records.get(0)[0]);
    assertThat(records.get(1)[1]).isSameAs(records.get(0)[1]);
    assertThat(records.get(1)[2]).isEmpty();
  }
}
