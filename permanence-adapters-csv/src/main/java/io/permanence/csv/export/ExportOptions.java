package io.permanence.csv.export;

import io.permanence.csv.write.Pseudonymiser;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How an export is written: pseudonymised or not, with or without a UTF-8 byte order mark.
 *
 * <p>With a {@link Pseudonymiser}, every child id becomes its keyed pseudonym ({@code P-<16 hex
 * digits>}), a sibling group id likewise, and the child's own id is replaced by the pseudonym
 * wherever it appears as a whole word inside the row's free text (drift titles name action and
 * decision ids, which case management systems often derive from the child's id). Dates of birth,
 * where an export has them, are reduced to the month. The byte order mark makes Excel read the file
 * as UTF-8 when it is opened by double-click. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ExportOptions {

  /** The pseudonymiser, if the export is pseudonymised. */
  public abstract Optional<Pseudonymiser> pseudonymiser();

  /** Whether the file starts with a UTF-8 byte order mark; {@code false} unless set. */
  @Value.Default
  public boolean byteOrderMark() {
    return false;
  }

  /**
   * Plain UTF-8 without a byte order mark, not pseudonymised.
   *
   * @return the options
   */
  public static ExportOptions defaults() {
    return ImmutableExportOptions.builder().build();
  }

  /**
   * Pseudonymised with a key, without a byte order mark.
   *
   * @param pseudonymiser the pseudonymiser
   * @return the options
   */
  public static ExportOptions pseudonymised(Pseudonymiser pseudonymiser) {
    return ImmutableExportOptions.builder().pseudonymiser(pseudonymiser).build();
  }

  /**
   * A copy of these options that pseudonymises.
   *
   * @param pseudonymiser the pseudonymiser
   * @return the options
   */
  public abstract ExportOptions withPseudonymiser(Pseudonymiser pseudonymiser);

  /**
   * A copy of these options with or without a byte order mark.
   *
   * @param byteOrderMark whether to write one
   * @return the options
   */
  public abstract ExportOptions withByteOrderMark(boolean byteOrderMark);

  /** {@code ExportOptions{pseudonymised, byteOrderMark}}; never shows the key. */
  @Override
  public final String toString() {
    return "ExportOptions{"
        + (pseudonymiser().isPresent() ? "pseudonymised" : "not pseudonymised")
        + (byteOrderMark() ? ", byteOrderMark" : "")
        + "}";
  }
}
