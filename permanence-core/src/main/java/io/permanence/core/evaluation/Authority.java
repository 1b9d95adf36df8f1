package io.permanence.core.evaluation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.permanence.core.AuthorityId;
import io.permanence.core.Citation;
import io.permanence.core.PermanenceStyle;
import io.permanence.core.panel.Panel;
import io.permanence.core.panel.PanelId;
import io.permanence.core.panel.Role;
import io.permanence.core.time.WorkingCalendar;
import java.util.HashSet;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A local authority's terms of reference made executable: its panels, the remits that refer
 * children to them, the policies that exclude children, the deadline rules (statutory and its own),
 * the tracker's scope, the role drift escalates to, and its settings.
 *
 * <p>Authorities are assembled from these building blocks with {@link #builder()}, usually by an
 * {@link AuthorityProvider} found with {@link java.util.ServiceLoader}. Instances are immutable and
 * thread-safe.
 */
@Value.Immutable
@PermanenceStyle
public abstract class Authority {

  /** The authority's id, for example {@code bcp}. */
  public abstract AuthorityId id();

  /** The authority's name, for example "Bournemouth, Christchurch and Poole". */
  public abstract String name();

  /** The working calendar: England and Wales bank holidays plus any closure days. */
  public abstract WorkingCalendar calendar();

  /** The settings in force (the authority's interpretations of ambiguous clauses). */
  public abstract AuthoritySettings settings();

  /** The panels, in the order the authority lists them. */
  public abstract ImmutableList<Panel> panels();

  /** The remits that refer children to the panels. */
  public abstract ImmutableList<Remit> remits();

  /** The exclusion policies, evaluated in order; the first that applies wins. */
  public abstract ImmutableList<ExclusionPolicy> exclusions();

  /**
   * The deadline rules: the statutory catalogue the authority applies and its own; names unique.
   */
  public abstract ImmutableList<CaseDeadlineRule> deadlineRules();

  /** Which children the authority's tracker follows. */
  public abstract TrackerScope trackerScope();

  /** The role that drift is escalated to when a rule names no other. */
  public abstract Role escalation();

  /**
   * The clause that makes actions agreed at panel binding with an owner and a due day (for example
   * BCP Permanence Panel ToR section 6), cited by the drift report on overdue actions. Unless set,
   * a citation of the authority's terms of reference marked {@code UNVERIFIED}, so that the gap
   * shows.
   */
  @Value.Default
  public Citation actionsCitation() {
    return Citation.of(
        name() + " terms of reference",
        "actions agreed at panel",
        Citation.SourceStatus.UNVERIFIED);
  }

  /**
   * The panel with the given id.
   *
   * @param panelId the id
   * @return the panel
   * @throws IllegalArgumentException if the authority has no such panel; the message lists them
   */
  public final Panel getPanel(PanelId panelId) {
    return panels().stream()
        .filter(p -> p.id().equals(panelId))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "authority "
                        + id()
                        + " has no panel "
                        + panelId
                        + "; its panels are "
                        + panels().stream().map(Panel::id).toList()));
  }

  /** A builder of authorities. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Authority}. */
  public static final class Builder extends ImmutableAuthority.Builder {}

  @Value.Check
  final void check() {
    checkArgument(!panels().isEmpty(), "authority %s must have at least one panel", id());
    Set<PanelId> panelIds = new HashSet<>();
    for (Panel panel : panels()) {
      checkArgument(panelIds.add(panel.id()), "authority %s has panel %s twice", id(), panel.id());
    }
    Set<String> names = new HashSet<>();
    for (Remit remit : remits()) {
      checkArgument(
          names.add(remit.name()), "authority %s has two remits named '%s'", id(), remit.name());
      Panel panel = getPanel(remit.panel());
      checkArgument(
          panel.headings().contains(remit.heading()),
          "remit '%s' lists under heading '%s', which panel %s does not have",
          remit.name(),
          remit.heading().id(),
          panel.id());
    }
    for (ExclusionPolicy policy : exclusions()) {
      getPanel(policy.panel());
    }
    Set<String> ruleNames = new HashSet<>();
    for (CaseDeadlineRule rule : deadlineRules()) {
      checkArgument(
          ruleNames.add(rule.name()),
          "authority %s has two deadline rules named '%s'",
          id(),
          rule.name());
    }
  }

  @Override
  public final String toString() {
    return "Authority{" + id() + ": " + name() + "}";
  }
}
