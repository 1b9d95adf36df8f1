package io.permanence.csv.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.permanence.csv.read.ImportFinding;
import io.permanence.testkit.SampleData;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Ssda903FilesTest {

  @Test
  void test_fromDirectory_recognisesEveryTableOfTheSample(@TempDir Path dir) {
    Ssda903Files files = Ssda903Files.fromDirectory(SampleData.copySsda903To(dir));

    assertThat(files.tables()).containsExactly(Ssda903Table.values());
    assertThat(files.findFileName(Ssda903Table.PLACED_ADOPTION))
        .contains("placed_for_adoption.csv");
    assertThat(files.directoryFindings())
        .extracting(ImportFinding::toString)
        .containsExactly(
            "placed_for_adoption_errors.csv:1: warning: is not the name of an SSDA903 table file"
                + " (for example header.csv, episodes.csv, placed_for_adoption.csv); not read");
  }

  @Test
  void test_fromDirectory_aSecondFileForATableIsAnError(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("episodes.csv"), "CHILD\n");
    Files.writeString(dir.resolve("SSDA903_Episodes.csv"), "CHILD\n");

    Ssda903Files files = Ssda903Files.fromDirectory(dir);

    assertThat(files.findFileName(Ssda903Table.EPISODES)).contains("SSDA903_Episodes.csv");
    assertThat(files.directoryFindings())
        .singleElement()
        .hasToString(
            "episodes.csv:1: is a second file for the Episodes table (the first is"
                + " SSDA903_Episodes.csv); not read");
  }

  @Test
  void test_builder_namesFilesOneByOne() {
    Ssda903Files files =
        Ssda903Files.builder()
            .add(Ssda903Table.HEADER, "h.csv", () -> new ByteArrayInputStream(new byte[0]))
            .build();

    assertThat(files.tables()).containsExactly(Ssda903Table.HEADER);
    assertThat(files.findFileName(Ssda903Table.EPISODES)).isEmpty();
    assertThat(files).hasToString("Ssda903Files[Header=h.csv]");
    assertThatThrownBy(
            () ->
                Ssda903Files.builder()
                    .add(Ssda903Table.HEADER, "a.csv", () -> null)
                    .add(Ssda903Table.HEADER, "b.csv", () -> null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be given one file");
  }
}
