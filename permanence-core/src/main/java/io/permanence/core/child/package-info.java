/**
 * The child whose permanence is planned.
 *
 * <p>{@link io.permanence.core.child.ChildId} is the authority's identifier of the child's record
 * (not personal data). {@link io.permanence.core.child.Child} holds the date of birth, or the
 * expected date of birth of an unborn child, unaccompanied asylum-seeking child (UASC) status, the
 * sibling group ({@link io.permanence.core.child.SiblingGroupId}) and a disability flag; its {@code
 * toString()} redacts the dates of birth.
 *
 * <p>No method accepts or returns {@code null}; absent values are {@link java.util.Optional}.
 */
@PermanenceStyle
package io.permanence.core.child;

import io.permanence.core.PermanenceStyle;
