package io.permanence.core.panel;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An action agreed at a panel: what, who is responsible (a role), by when, and its status (BCP ToR
 * section 6: "All actions should include who is responsible for undertaking each action with a
 * specified date by which each action is to be achieved").
 *
 * <p>An open action has no completion day; a done action has one. A cancelled action may have one
 * (the day cancelled). The description may hold personal data and is never logged. Instances are
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class PanelAction {

  /** The action's id. */
  public abstract ActionId id();

  /** The decision the action follows from, if recorded. */
  public abstract Optional<DecisionId> decision();

  /** The kind of action. */
  public abstract ActionType type();

  /** What is to be done. */
  public abstract String description();

  /** The role responsible. */
  public abstract Role owner();

  /** The day by which it is to be done (inclusive: due on that day). */
  public abstract LocalDate dueOn();

  /** The status. */
  @Value.Default
  public ActionStatus status() {
    return ActionStatus.OPEN;
  }

  /** The day it was completed or cancelled. */
  public abstract Optional<LocalDate> completedOn();

  /**
   * A builder; {@code id}, {@code type}, {@code description}, {@code owner}, {@code dueOn}
   * required.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The builder of a {@link PanelAction}; each attribute may be set once. */
  public static final class Builder extends ImmutablePanelAction.Builder {}

  /** Whether the action is open. */
  public final boolean isOpen() {
    return status() == ActionStatus.OPEN;
  }

  /**
   * Whether the action is open and past its due day on the date.
   *
   * @param date the date
   * @return true if open and {@code date > dueOn}
   */
  public final boolean isOverdueOn(LocalDate date) {
    return isOpen() && date.isAfter(dueOn());
  }

  /**
   * The action marked done on a day.
   *
   * @param day the day completed
   * @return a copy with status DONE and the completion day
   */
  public final PanelAction withDone(LocalDate day) {
    return ((ImmutablePanelAction) this).withStatus(ActionStatus.DONE).withCompletedOn(day);
  }

  @Value.Check
  final void check() {
    checkArgument(!description().isBlank(), "panelAction %s: description must not be blank", id());
    checkArgument(
        status() != ActionStatus.OPEN || completedOn().isEmpty(),
        "panelAction %s: an OPEN action must not have completedOn but had %s",
        id(),
        completedOn().map(Object::toString).orElse(""));
    checkArgument(
        status() != ActionStatus.DONE || completedOn().isPresent(),
        "panelAction %s: a DONE action must have completedOn but it was empty",
        id());
  }

  /** The action without its description. */
  @Override
  public final String toString() {
    return "PanelAction{id="
        + id()
        + ", type="
        + type()
        + ", owner="
        + owner()
        + ", dueOn="
        + dueOn()
        + ", status="
        + status()
        + completedOn().map(d -> ", completedOn=" + d).orElse("")
        + "}";
  }
}
