package io.permanence.csv.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class PseudonymiserTest {

  private static final byte[] KEY =
      "a key of thirty-two bytes long!!".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] OTHER_KEY =
      "another key, also 32 bytes long.".getBytes(StandardCharsets.US_ASCII);
  private static final LocalDate THU_2008_03_27 = LocalDate.of(2008, 3, 27);

  @Test
  void test_toPseudonym_format() {
    assertThat(Pseudonymiser.of(KEY).toPseudonym("566910")).matches("P-[0-9a-f]{16}");
  }

  @Test
  void test_toPseudonym_rfc4231TestCase6() {
    // RFC 4231 test case 6: a 131-byte key of 0xaa and the data below; HMAC-SHA256 starts
    // 60e431591ee0b67f. An independent oracle for the keyed hash and its hex encoding.
    byte[] key = new byte[131];
    java.util.Arrays.fill(key, (byte) 0xaa);
    assertThat(
            Pseudonymiser.of(key)
                .toPseudonym("Test Using Larger Than Block-Size Key - Hash Key First"))
        .isEqualTo("P-60e431591ee0b67f");
  }

  @Test
  void test_toPseudonym_sameKeySameOutput() {
    qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(1, 20))
        .assuming(id -> !id.isBlank())
        .checkAssert(
            id ->
                assertThat(Pseudonymiser.of(KEY).toPseudonym(id))
                    .isEqualTo(Pseudonymiser.of(KEY.clone()).toPseudonym(id)));
  }

  @Test
  void test_toPseudonym_differentKeyDifferentOutput() {
    qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(1, 20))
        .assuming(id -> !id.isBlank())
        .checkAssert(
            id ->
                assertThat(Pseudonymiser.of(KEY).toPseudonym(id))
                    .isNotEqualTo(Pseudonymiser.of(OTHER_KEY).toPseudonym(id)));
  }

  @Test
  void test_toPseudonym_noOriginalIdInOutput() {
    // Six or more digits: the chance that they appear among 16 random hex digits is about 1e-6.
    qt().forAll(strings().numericBetween(100_000, Integer.MAX_VALUE))
        .checkAssert(
            id -> {
              String pseudonym = Pseudonymiser.of(KEY).toPseudonym(id);
              assertThat(pseudonym).matches("P-[0-9a-f]{16}");
              assertThat(pseudonym).doesNotContain(id);
            });
    assertThat(Pseudonymiser.of(KEY).toPseudonym("CHILD10")).doesNotContain("CHILD10");
  }

  @Test
  void test_toPseudonym_differentIdsDiffer() {
    Pseudonymiser pseudonymiser = Pseudonymiser.of(KEY);
    assertThat(pseudonymiser.toPseudonym("566910"))
        .isNotEqualTo(pseudonymiser.toPseudonym("566911"));
  }

  @Test
  void test_of_keyIsCopied() {
    byte[] key = KEY.clone();
    Pseudonymiser pseudonymiser = Pseudonymiser.of(key);
    String before = pseudonymiser.toPseudonym("566910");
    key[0] ^= 1;
    assertThat(pseudonymiser.toPseudonym("566910")).isEqualTo(before);
  }

  @Test
  void test_of_shortKey() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Pseudonymiser.of(new byte[8]))
        .withMessageContaining("key must have at least 16 bytes but had 8");
  }

  @Test
  void test_toPseudonym_blankId() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Pseudonymiser.of(KEY).toPseudonym(" "))
        .withMessageContaining("childId must not be blank");
  }

  @Test
  void test_toMonthOfBirth_keepsYearAndMonth() {
    assertThat(Pseudonymiser.of(KEY).toMonthOfBirth(THU_2008_03_27))
        .isEqualTo(YearMonth.of(2008, 3));
  }

  @Test
  void test_toString_hidesTheKey() {
    assertThat(Pseudonymiser.of(KEY).toString())
        .isEqualTo("Pseudonymiser{HmacSHA256, key=<redacted>}")
        .doesNotContain("thirty");
  }
}
