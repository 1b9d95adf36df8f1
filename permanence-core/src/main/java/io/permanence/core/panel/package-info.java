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
 * the common constants. The panel engine (panels, meetings, agendas) will join these types here.
 *
 * <p>No method accepts or returns {@code null}; absent values are {@link java.util.Optional}.
 */
@PermanenceStyle
package io.permanence.core.panel;

import io.permanence.core.PermanenceStyle;
