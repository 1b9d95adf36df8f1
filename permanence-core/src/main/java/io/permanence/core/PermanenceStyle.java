package io.permanence.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied in {@code package-info.java} of every package
 * that declares value types.
 *
 * <p>Generated classes are package-private and hidden behind {@code of(...)} and {@code builder()}
 * on the abstract type; builders are strict (an attribute may be set once); a missing required
 * attribute or a null fails with an {@link IllegalArgumentException} that names the attribute.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    depluralize = true,
    defaults = @Value.Immutable(copy = true),
    throwForInvalidImmutableState = IllegalArgumentException.class,
    throwForNullPointer = IllegalArgumentException.class)
public @interface PermanenceStyle {}
