/**
 * A sixth authority, "Example Shire", assembled from the library's building blocks: the path a
 * vendor takes for any council whose terms of reference are not in {@code permanence-rules}.
 *
 * <p>{@link io.permanence.examples.shire.CustomAuthorityExample} is the whole authority in under a
 * page: a monthly panel from an RFC 5545 rule with a cut-off, two headings, two remits, one
 * exclusion and a statutory deadline rule. It is registered for {@link java.util.ServiceLoader} in
 * the examples' {@code META-INF/services}, so {@code permanence agenda --authority example-shire}
 * finds it. The terms of reference it cites are invented for the example.
 *
 * <p>Null policy: no method accepts or returns null.
 */
package io.permanence.examples.shire;
