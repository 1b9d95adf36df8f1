package io.permanence.csv.read;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The columns of one CSV table: which must be in the header, which may be, and which hold personal
 * data.
 *
 * <p>"Required" is about the header: a file without a required column is rejected as a whole. It
 * says nothing about the cells: a required column may have blank cells, and whether a blank is
 * allowed is decided by the accessor the mapping uses ({@link Row#text} or {@link
 * Row#optionalText}). Optional columns (for example those added in a later collection year) may be
 * absent; their cells then read as blank. Columns in the file that the schema does not declare are
 * ignored, with one warning per file.
 *
 * <p>Column names are compared without regard to case or surrounding whitespace; they are reported
 * as declared here. Values of {@linkplain #sensitiveColumns() sensitive} columns (dates of birth,
 * postcodes) are redacted in the {@code toString()} of findings.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class TableSchema {

  /** The table's name, used in messages: for example {@code "episodes"}. */
  public abstract String name();

  /** The columns the header must contain, in the usual order of the file. */
  public abstract List<String> requiredColumns();

  /** The columns the header may contain. */
  public abstract List<String> optionalColumns();

  /** The declared columns whose values are personal data. */
  public abstract Set<String> sensitiveColumns();

  /**
   * A builder of schemas.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A schema whose columns are all required and none sensitive.
   *
   * @param name the table's name
   * @param requiredColumns the columns, at least one
   * @return the schema
   */
  public static TableSchema of(String name, String... requiredColumns) {
    return builder().name(name).addRequiredColumns(requiredColumns).build();
  }

  /** The required columns, then the optional ones. */
  @Value.Derived
  public List<String> declaredColumns() {
    List<String> all = new ArrayList<>(requiredColumns());
    all.addAll(optionalColumns());
    return List.copyOf(all);
  }

  /**
   * Whether a column is declared, whatever its case and surrounding whitespace.
   *
   * @param column a column name
   * @return whether it is declared
   */
  public final boolean isDeclared(String column) {
    String key = normalize(column);
    return declaredColumns().stream().anyMatch(c -> normalize(c).equals(key));
  }

  /**
   * Whether a column is declared as sensitive.
   *
   * @param column a declared column name, in any case
   * @return whether its values are personal data
   */
  public final boolean isSensitive(String column) {
    String key = normalize(column);
    return sensitiveColumns().stream().anyMatch(c -> normalize(c).equals(key));
  }

  /** A column name as compared: stripped, upper case, without a byte order mark. */
  static String normalize(String column) {
    return column.replace("\uFEFF", "").strip().toUpperCase(Locale.ROOT);
  }

  @Value.Check
  final void check() {
    checkArgument(!name().isBlank(), "name must not be blank but was '%s'", name());
    checkArgument(
        !requiredColumns().isEmpty(), "requiredColumns must not be empty in table %s", name());
    Set<String> seen = new HashSet<>();
    for (String column : declaredColumns()) {
      checkArgument(
          !normalize(column).isEmpty(), "column names must not be blank in table %s", name());
      checkArgument(
          seen.add(normalize(column)),
          "column %s must be declared once but was declared twice in table %s",
          column,
          name());
    }
    for (String column : sensitiveColumns()) {
      checkArgument(
          seen.contains(normalize(column)),
          "sensitive column %s must be declared in table %s",
          column,
          name());
    }
  }

  /** The schema as text: {@code episodes(CHILD, DECOM, ... ; optional: ...)}. */
  @Override
  public final String toString() {
    return name()
        + requiredColumns()
        + (optionalColumns().isEmpty() ? "" : " optional " + optionalColumns());
  }

  /** Builds schemas; the name and at least one required column are needed. */
  public static final class Builder extends ImmutableTableSchema.Builder {}
}
