/** The child. */
@PermanenceStyle
package io.permanence.core.child;

import io.permanence.core.PermanenceStyle;
