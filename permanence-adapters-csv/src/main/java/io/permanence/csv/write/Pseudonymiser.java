package io.permanence.csv.write;

import static com.google.common.base.Preconditions.checkArgument;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Pseudonymises children's records for exports that leave the case management system (research,
 * benchmarking, sharing with a regional adoption agency): a child's id becomes a keyed hash, a date
 * of birth becomes its month.
 *
 * <p>The pseudonym is {@code "P-"} followed by the first 16 hexadecimal digits (64 bits) of
 * HMAC-SHA256 of the id's UTF-8 bytes under the caller's key. The same key always gives the same
 * pseudonym, so exports made with one key can be joined; without the key an id cannot be checked
 * against a pseudonym, unlike a plain hash of a guessable id. Keep the key secret, and use a new
 * key for each recipient who must not be able to join exports.
 *
 * <p>This is pseudonymisation, not anonymisation: the output is still personal data under UK GDPR.
 * Instances are immutable and thread-safe; {@link #toString()} never shows the key.
 */
public final class Pseudonymiser {

  /** The shortest key accepted, in bytes (128 bits). */
  public static final int MIN_KEY_BYTES = 16;

  private static final String ALGORITHM = "HmacSHA256";
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final SecretKeySpec key;

  private Pseudonymiser(byte[] key) {
    this.key = new SecretKeySpec(key, ALGORITHM);
  }

  /**
   * A pseudonymiser with a secret key.
   *
   * @param key the secret key, at least {@value #MIN_KEY_BYTES} bytes (copied)
   * @return the pseudonymiser
   */
  public static Pseudonymiser of(byte[] key) {
    checkArgument(key != null, "key must not be null");
    checkArgument(
        key.length >= MIN_KEY_BYTES,
        "key must have at least %s bytes but had %s",
        MIN_KEY_BYTES,
        key.length);
    return new Pseudonymiser(Arrays.copyOf(key, key.length));
  }

  /**
   * The pseudonym of a child's id: {@code "P-"} and 16 hexadecimal digits.
   *
   * @param childId the id as recorded, not blank; not normalised (case and spaces count)
   * @return the pseudonym
   */
  public String toPseudonym(String childId) {
    checkArgument(
        childId != null && !childId.isBlank(), "childId must not be blank but was '%s'", childId);
    byte[] hash;
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      hash = mac.doFinal(childId.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 must be available in every Java runtime", e);
    }
    char[] text = new char[2 + 16];
    text[0] = 'P';
    text[1] = '-';
    for (int i = 0; i < 8; i++) {
      text[2 + 2 * i] = HEX[(hash[i] >> 4) & 0xF];
      text[3 + 2 * i] = HEX[hash[i] & 0xF];
    }
    return new String(text);
  }

  /**
   * A date of birth reduced to its month, which keeps ages right to within a month.
   *
   * @param dateOfBirth the date of birth
   * @return its year and month
   */
  public YearMonth toMonthOfBirth(LocalDate dateOfBirth) {
    checkArgument(dateOfBirth != null, "dateOfBirth must not be null");
    return YearMonth.from(dateOfBirth);
  }

  /** {@code Pseudonymiser{HmacSHA256, key=<redacted>}}. */
  @Override
  public String toString() {
    return "Pseudonymiser{" + ALGORITHM + ", key=<redacted>}";
  }
}
