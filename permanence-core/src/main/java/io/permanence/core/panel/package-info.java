/**
 * Panels and their records.
 *
 * <p>This package holds the records a panel leaves on a child's file: {@link
 * io.permanence.core.panel.PanelAppearance} (the child was discussed at a meeting, under a
 * heading), {@link io.permanence.core.panel.PanelDecision} (a decision and its sign-off), {@link
 * io.permanence.core.panel.PanelAction} (an action with its owner, due date and status) and {@link
 * io.permanence.core.panel.DocumentOnFile} (paperwork on file, by {@link
 * io.permanence.core.panel.DocumentType}). Panels are named by {@link
 * io.permanence.core.panel.PanelId}; people are never named, only their {@link
 * io.permanence.core.panel.Role}. {@link io.permanence.core.panel.ActionType} and {@link
 * io.permanence.core.panel.DocumentType} are open value types: authorities define their own beside
 * the common constants.
 *
 * <p>{@link io.permanence.core.panel.Panel} and {@link io.permanence.core.panel.Heading} describe a
 * panel as its terms of reference do; a {@link io.permanence.core.panel.Referral} says why a child
 * must go to it and an {@link io.permanence.core.panel.Exclusion} why a child who matched is not
 * listed. The engine's output is an {@link io.permanence.core.panel.Agenda} per meeting: its
 * referral cut-off and circulation instants, one {@link io.permanence.core.panel.AgendaSection} per
 * heading in the panel's order, each holding {@link io.permanence.core.panel.AgendaItem}s (child,
 * sibling group, referrals with reasons and citations, questions, attendees, and a {@link
 * io.permanence.core.panel.PaperStatus} per required paper), and the exclusions. Their {@code
 * toString()}s name ids only.
 *
 * <p>No method accepts or returns {@code null}; absent values are {@link java.util.Optional}.
 */
@PermanenceStyle
package io.permanence.core.panel;

import io.permanence.core.PermanenceStyle;
