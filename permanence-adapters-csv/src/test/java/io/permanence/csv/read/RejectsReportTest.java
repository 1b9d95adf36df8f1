package io.permanence.csv.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RejectsReportTest {

  @Test
  void test_toCsv_oneLinePerFindingWithTheOriginalRow() {
    String csv =
        "CHILD,DECOM,NOTE,EXTRA\n"
            + "566910,15/02/2016,\"fine, really\",x\n"
            + "=cmd(),31/02/2017,\"said \"\"hi\"\"\",y\n";
    ImportResult<String> result =
        TableReader.of(TableSchema.of("episodes", "CHILD", "DECOM", "NOTE"))
            .read(
                "episodes.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                ImportMode.LENIENT,
                row -> {
                  row.date("DECOM");
                  return row.text("CHILD");
                });
    assertThat(RejectsReport.toCsv(result))
        .isEqualTo(
            "file,line,severity,column,value,reason,original_row\r\n"
                + "episodes.csv,1,WARNING,,,columns not used by the episodes table were ignored:"
                + " EXTRA,\r\n"
                + "episodes.csv,3,ERROR,DECOM,31/02/2017,is not a valid date"
                + " (expected dd/mm/yyyy or yyyy-mm-dd),"
                + "\"'=cmd(),31/02/2017,\"\"said \"\"\"\"hi\"\"\"\"\"\",y\"\r\n");
  }
}
