package io.permanence.rules.statutory;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.permanence.core.Citation;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.CaseDeadlineRule;
import io.permanence.core.evaluation.DriftKind;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.time.Deadline;
import java.util.List;
import java.util.function.BiFunction;

/**
 * One timescale of the statutory catalogue as a {@link CaseDeadlineRule}: its name, citation, kind
 * and counting convention, and the deadlines it sets for a child.
 *
 * <p>{@link #track(CaseFile, EvaluationContext)} returns each deadline with the day it was met, as
 * known on the context's date (records dated after it are ignored); {@link #deadlinesFor} returns
 * the same deadlines without it. Deadlines start on or before the context's date; a rule that does
 * not apply to the child (not looked after, no proceedings) returns an empty list. Instances are
 * immutable, thread-safe and pure; equal only to themselves (each is a constant of {@link
 * StatutoryTimescales}).
 */
public final class StatutoryRule implements CaseDeadlineRule {

  private final String name;
  private final Citation citation;
  private final RuleKind kind;
  private final String convention;
  private final BiFunction<CaseFile, EvaluationContext, List<TrackedDeadline>> body;
  private final DriftKind driftKind;

  private StatutoryRule(
      String name,
      Citation citation,
      RuleKind kind,
      String convention,
      BiFunction<CaseFile, EvaluationContext, List<TrackedDeadline>> body,
      DriftKind driftKind) {
    checkArgument(!name.isBlank(), "name must not be blank but was '%s'", name);
    checkArgument(!convention.isBlank(), "convention must not be blank but was '%s'", convention);
    this.name = name;
    this.citation = citation;
    this.kind = kind;
    this.convention = convention;
    this.body = body;
    this.driftKind = driftKind;
  }

  static StatutoryRule of(
      String name,
      Citation citation,
      RuleKind kind,
      String convention,
      BiFunction<CaseFile, EvaluationContext, List<TrackedDeadline>> body) {
    return new StatutoryRule(name, citation, kind, convention, body, DriftKind.DEADLINE);
  }

  /** A copy whose drift is of the given kind (the review rules are {@link DriftKind#REVIEW}). */
  StatutoryRule withDriftKind(DriftKind kind) {
    return new StatutoryRule(name, citation, this.kind, convention, body, kind);
  }

  /** The rule's name, unique in the catalogue: {@code "Looked-after reviews"}. */
  @Override
  public String name() {
    return name;
  }

  /** The provision that sets the timescale, with how well its source has been checked. */
  @Override
  public Citation citation() {
    return citation;
  }

  /**
   * The kind of drift a missed deadline is: {@link DriftKind#REVIEW} for the looked-after and
   * adoption reviews (the tracker reads "next review due" from these), else {@link
   * DriftKind#DEADLINE}.
   */
  @Override
  public DriftKind driftKind() {
    return driftKind;
  }

  /** Whether the rule is statutory, guidance or an early-warning measure. */
  public RuleKind kind() {
    return kind;
  }

  /**
   * The counting convention in words: {@code "within 20 working days of becoming looked after: the
   * 20th working day after that day, which does not count"}.
   */
  public String convention() {
    return convention;
  }

  /**
   * The deadlines this rule sets for the child, each with the day it was met, as known on the
   * context's date.
   *
   * @param file the child's case file
   * @param context the date and working calendar
   * @return the deadlines in date order of their start, possibly empty
   * @throws IllegalArgumentException if a working-day timescale leaves the calendar's years
   */
  public List<TrackedDeadline> track(CaseFile file, EvaluationContext context) {
    return ImmutableList.copyOf(body.apply(file, context));
  }

  /**
   * The deadlines this rule sets for the child, met or not (see {@link #track}), each carrying the
   * day it was met in {@link Deadline#metOn()}.
   *
   * @param file the child's case file
   * @param context the date and working calendar
   * @return the deadlines, possibly empty
   */
  @Override
  public List<Deadline> deadlinesFor(CaseFile file, EvaluationContext context) {
    List<TrackedDeadline> tracked = body.apply(file, context);
    if (tracked.isEmpty()) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Deadline> deadlines =
        ImmutableList.builderWithExpectedSize(tracked.size());
    for (TrackedDeadline deadline : tracked) {
      deadlines.add(deadline.deadline().withMetOn(deadline.metOn()));
    }
    return deadlines.build();
  }

  /** The rule as text: its name, kind and citation. */
  @Override
  public String toString() {
    return name + " [" + kind + "] (" + citation + ")";
  }
}
