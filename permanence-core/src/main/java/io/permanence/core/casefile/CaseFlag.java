package io.permanence.core.casefile;

import io.permanence.core.DateSpan;
import io.permanence.core.panel.Role;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A flag on a case: a fact of a {@link CaseFlagType} that applies from a day, until an optional end
 * (exclusive), raised by an optional role, with an optional note.
 *
 * <p>The note is free text and may hold personal data; {@link #toString()} leaves it out. Instances
 * are immutable and thread-safe.
 */
@Value.Immutable
public abstract class CaseFlag implements DateSpan {

  /** The kind of flag. */
  public abstract CaseFlagType type();

  /** The first day the flag applies. */
  @Override
  public abstract LocalDate start();

  /** The first day it no longer applies; empty while it applies. */
  @Override
  public abstract Optional<LocalDate> end();

  /** The role that raised the flag, for example {@link Role#PERMANENCE_ASSURANCE_LEAD}. */
  public abstract Optional<Role> raisedBy();

  /** A note. */
  public abstract Optional<String> note();

  /**
   * A flag that applies from a day.
   *
   * @param type the kind
   * @param start the first day it applies
   * @return the flag
   */
  public static CaseFlag of(CaseFlagType type, LocalDate start) {
    return builder().type(type).start(start).build();
  }

  /** A builder; {@code type} and {@code start} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The builder of a {@link CaseFlag}; each attribute may be set once. */
  public static final class Builder extends ImmutableCaseFlag.Builder {}

  @Value.Check
  final void check() {
    DateSpan.checkEndNotBeforeStart("caseFlag(" + type() + ")", this);
  }

  /** The flag without its note. */
  @Override
  public final String toString() {
    return "CaseFlag{type="
        + type()
        + ", start="
        + start()
        + end().map(e -> ", end=" + e).orElse("")
        + raisedBy().map(r -> ", raisedBy=" + r).orElse("")
        + "}";
  }
}
