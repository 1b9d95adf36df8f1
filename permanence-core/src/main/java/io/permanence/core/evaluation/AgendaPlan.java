package io.permanence.core.evaluation;

import com.google.common.collect.ImmutableList;
import io.permanence.core.PermanenceStyle;
import io.permanence.core.panel.Agenda;
import io.permanence.core.panel.PanelId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The agendas of every panel's meetings in {@code [startInclusive, endExclusive)}, as planned by
 * {@link Evaluator#agendas}, with the data-quality findings met on the way.
 *
 * <p>Agendas are ordered by meeting start, then by the authority's order of panels. Findings are
 * sorted by child. Instances are immutable and thread-safe.
 */
@Value.Immutable
@PermanenceStyle
public abstract class AgendaPlan {

  /** The first date of the range (inclusive). */
  public abstract LocalDate startInclusive();

  /** The end of the range (exclusive). */
  public abstract LocalDate endExclusive();

  /** The agendas, by meeting start then panel order. */
  public abstract ImmutableList<Agenda> agendas();

  /** The findings on children's case files, sorted. */
  public abstract ImmutableList<DataQualityFinding> findings();

  /** A builder of plans. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AgendaPlan}. */
  public static final class Builder extends ImmutableAgendaPlan.Builder {}

  /**
   * The agenda of a panel's meeting on a date.
   *
   * @param panel the panel
   * @param meetingDate the date of the meeting
   * @return the agenda, or empty if the panel does not meet that day within the range
   */
  public final Optional<Agenda> findAgenda(PanelId panel, LocalDate meetingDate) {
    return agendas().stream()
        .filter(a -> a.panel().equals(panel) && a.meetingDate().equals(meetingDate))
        .findFirst();
  }

  /**
   * The agendas of one panel, by date.
   *
   * @param panel the panel
   * @return the agendas
   */
  public final ImmutableList<Agenda> agendasOf(PanelId panel) {
    return agendas().stream()
        .filter(a -> a.panel().equals(panel))
        .collect(ImmutableList.toImmutableList());
  }

  /** {@code AgendaPlan{[2026-04-01, 2026-05-06): 5 agendas, 12 listed, 0 findings}}. */
  @Override
  public final String toString() {
    return "AgendaPlan{["
        + startInclusive()
        + ", "
        + endExclusive()
        + "): "
        + agendas().size()
        + " agendas, "
        + agendas().stream().mapToInt(a -> a.items().size()).sum()
        + " listed, "
        + findings().size()
        + " findings}";
  }
}
