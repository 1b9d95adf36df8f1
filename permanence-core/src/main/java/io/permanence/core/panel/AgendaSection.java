package io.permanence.core.panel;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.permanence.core.child.ChildId;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The children listed under one heading of a meeting's agenda, in listing order: siblings (same
 * sibling group) together, groups and single children by the smallest child id, then by child id.
 *
 * <p>A section may be empty: an agenda shows every heading of its panel. Instances are immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class AgendaSection {

  /** The heading. */
  @Value.Parameter
  public abstract Heading heading();

  /** The items, in listing order; a child appears at most once. */
  @Value.Parameter
  public abstract ImmutableList<AgendaItem> items();

  /**
   * A section.
   *
   * @param heading the heading
   * @param items the items in listing order, all under this heading
   * @return the section
   */
  public static AgendaSection of(Heading heading, Iterable<? extends AgendaItem> items) {
    return ImmutableAgendaSection.of(heading, items);
  }

  /** Whether no child is listed under the heading. */
  public final boolean isEmpty() {
    return items().isEmpty();
  }

  @Value.Check
  final void check() {
    for (AgendaItem item : items()) {
      checkArgument(
          item.heading().equals(heading()),
          "section '%s' holds an item of child %s under heading '%s'",
          heading().id(),
          item.child(),
          item.heading().id());
    }
    Set<ChildId> children = new HashSet<>(items().size() * 2);
    for (AgendaItem item : items()) {
      children.add(item.child());
    }
    checkArgument(
        children.size() == items().size(),
        "section '%s' lists a child twice: %s",
        heading().id(),
        items().stream().map(AgendaItem::child).toList());
  }

  /** {@code AgendaSection{cohort-1: [C1, C2]}}: the heading id and the child ids in order. */
  @Override
  public final String toString() {
    return "AgendaSection{"
        + heading().id()
        + ": "
        + items().stream()
            .map(item -> item.child().toString())
            .collect(Collectors.joining(", ", "[", "]"))
        + "}";
  }
}
