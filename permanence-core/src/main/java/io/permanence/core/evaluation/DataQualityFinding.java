package io.permanence.core.evaluation;

import static com.google.common.base.Preconditions.checkArgument;

import io.permanence.core.Citation;
import io.permanence.core.child.ChildId;
import java.util.Comparator;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something wrong with one child's case file, found while evaluating it: a rule that threw on it,
 * or a record that contradicts another where the model cannot prevent it (a review dated before the
 * child became looked after). The child's other results stand; the rest of the cohort is evaluated.
 *
 * <p>{@link #source()} names what found it ({@code "remit 'cohort 1'"}, {@code "deadline rule
 * 'Initial review'"}, {@code "consistency"}); {@link #problem()} says what is wrong, without
 * personal data. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class DataQualityFinding implements Comparable<DataQualityFinding> {

  /** Orders findings by child, source, then problem. */
  private static final Comparator<DataQualityFinding> ORDER =
      Comparator.comparing(DataQualityFinding::child)
          .thenComparing(DataQualityFinding::source)
          .thenComparing(DataQualityFinding::problem);

  /** The child whose case file is wrong. */
  public abstract ChildId child();

  /** What found the problem: a remit, rule or policy by name, or {@code "consistency"}. */
  public abstract String source();

  /** What is wrong. */
  public abstract String problem();

  /** The clause of the rule that could not be applied, if any. */
  public abstract Optional<Citation> citation();

  /**
   * A finding without a citation.
   *
   * @param child the child
   * @param source what found it
   * @param problem what is wrong
   * @return the finding
   */
  public static DataQualityFinding of(ChildId child, String source, String problem) {
    return ImmutableDataQualityFinding.builder()
        .child(child)
        .source(source)
        .problem(problem)
        .build();
  }

  /**
   * A finding about a rule with a citation.
   *
   * @param child the child
   * @param source what found it
   * @param problem what is wrong
   * @param citation the clause of the rule
   * @return the finding
   */
  public static DataQualityFinding of(
      ChildId child, String source, String problem, Citation citation) {
    return ImmutableDataQualityFinding.builder()
        .child(child)
        .source(source)
        .problem(problem)
        .citation(citation)
        .build();
  }

  @Value.Check
  final void check() {
    checkArgument(!source().isBlank(), "finding on child %s: source must not be blank", child());
    checkArgument(!problem().isBlank(), "finding on child %s: problem must not be blank", child());
  }

  /** Orders findings by child, source, then problem. */
  @Override
  public final int compareTo(DataQualityFinding other) {
    return ORDER.compare(this, other);
  }

  /** {@code DataQualityFinding{C7, consistency: review on 2025-01-03 before ...}}. */
  @Override
  public final String toString() {
    return "DataQualityFinding{"
        + child()
        + ", "
        + source()
        + ": "
        + problem()
        + citation().map(c -> " (" + c + ")").orElse("")
        + "}";
  }
}
