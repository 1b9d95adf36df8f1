package io.permanence.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDataTest {

  @Test
  void test_openSsda903_episodesStartsWithTheDfeHeader() throws IOException {
    try (InputStream in = SampleData.openSsda903("episodes.csv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(text)
          .startsWith(
              "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,"
                  + "HOME_POST,PL_POST,URN\n");
      assertThat(text.lines().count()).isEqualTo(5051);
    }
  }

  @Test
  void test_openSsda903_keepsTheByteOrderMarkOfSwEpisodes() throws IOException {
    try (InputStream in = SampleData.openSsda903("sw_episodes.csv")) {
      byte[] bytes = in.readAllBytes();
      assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    }
  }

  @Test
  void test_openSsda903_creditsTheSourceAndLicence() throws IOException {
    try (InputStream in = SampleData.openSsda903("README.md")) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .contains("csc-validator-be-903")
          .contains("MIT");
    }
  }

  @Test
  void test_openSsda903_unknownFile() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SampleData.openSsda903("../secret.csv"))
        .withMessageContaining("'../secret.csv'");
  }

  @Test
  void test_copySsda903To_copiesEveryFileByteForByte(@TempDir Path directory) throws IOException {
    SampleData.copySsda903To(directory);
    for (String fileName : SampleData.ssda903FileNames()) {
      try (InputStream in = SampleData.openSsda903(fileName)) {
        assertThat(Files.readAllBytes(directory.resolve(fileName))).isEqualTo(in.readAllBytes());
      }
    }
    try (var files = Files.list(directory)) {
      assertThat(files.count()).isEqualTo(14);
    }
  }

  @Test
  void test_copySsda903To_notADirectory(@TempDir Path directory) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SampleData.copySsda903To(directory.resolve("missing")))
        .withMessageContaining("directory must be a directory");
  }
}
