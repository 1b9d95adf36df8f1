package io.permanence.core.panel;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.permanence.core.child.ChildId;
import io.permanence.core.time.ScheduledMeeting;
import io.permanence.core.time.WorkingCalendars;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The agenda of one meeting of a panel: the meeting, its referral cut-off, when the agenda is
 * circulated, the sections in the panel's heading order, and the children who matched a remit but
 * are excluded (reported, not listed).
 *
 * <p>Every heading of the panel has a section, empty or not. A child listed at the meeting is never
 * also among its exclusions. {@link #toString()} names ids only. Instances are immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Agenda {

  /** The panel. */
  public abstract PanelId panel();

  /** The meeting. */
  public abstract ScheduledMeeting meeting();

  /** The instant of the referral cut-off: referrals evaluated on its date in Europe/London. */
  public abstract Instant referralCutOff();

  /** The instant the agenda is circulated, where the terms of reference say. */
  public abstract Optional<Instant> agendaCirculated();

  /** The sections, one per heading of the panel, in the panel's heading order. */
  public abstract ImmutableList<AgendaSection> sections();

  /** The children who matched a remit for this meeting but are excluded, by child id. */
  public abstract ImmutableList<Exclusion> exclusions();

  /** A builder; panel, meeting and cut-off are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Agenda}. */
  public static final class Builder extends ImmutableAgenda.Builder {}

  /** The day of the meeting. */
  public final LocalDate meetingDate() {
    return meeting().date();
  }

  /** The date of the referral cut-off in Europe/London: the date remits are evaluated on. */
  public final LocalDate referralCutOffDate() {
    return LocalDate.ofInstant(referralCutOff(), WorkingCalendars.LONDON);
  }

  /** The items of every section, in agenda order. */
  public final ImmutableList<AgendaItem> items() {
    return sections().stream()
        .flatMap(section -> section.items().stream())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The items of a child, one per heading the child is listed under.
   *
   * @param child the child
   * @return the items, in agenda order; empty if the child is not listed
   */
  public final ImmutableList<AgendaItem> itemsOf(ChildId child) {
    return items().stream()
        .filter(item -> item.child().equals(child))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Whether the child is listed under any heading.
   *
   * @param child the child
   * @return true if listed
   */
  public final boolean isListed(ChildId child) {
    return sections().stream()
        .anyMatch(s -> s.items().stream().anyMatch(item -> item.child().equals(child)));
  }

  @Value.Check
  final void check() {
    checkArgument(
        !referralCutOff().isAfter(meeting().startInstant()),
        "agenda of %s on %s: the referral cut-off %s is after the meeting starts",
        panel(),
        meeting().date(),
        referralCutOff());
    Set<ChildId> listed = new HashSet<>();
    sections().forEach(section -> section.items().forEach(item -> listed.add(item.child())));
    for (Exclusion exclusion : exclusions()) {
      checkArgument(
          !listed.contains(exclusion.child()),
          "agenda of %s on %s: child %s is both listed and excluded",
          panel(),
          meeting().date(),
          exclusion.child());
    }
  }

  /** {@code Agenda{bcp-permanence Thu 2026-04-02 14:00 (PT3H): 3 listed, 1 excluded}}. */
  @Override
  public final String toString() {
    return "Agenda{"
        + panel()
        + " "
        + meeting()
        + ": "
        + sections()
        + (exclusions().isEmpty() ? "" : ", excluded " + exclusions().size())
        + "}";
  }
}
