/**
 * SSDA903 reference data: code lists with their DfE descriptions and their validity by collection
 * year.
 *
 * <p>{@link io.permanence.core.reference.CollectionYear} is the 1 April to 31 March year a return
 * covers ({@code 2023-24}). {@link io.permanence.core.reference.Code} is what every code enum
 * implements: the code as returned, its description and its {@link
 * io.permanence.core.reference.Validity}. One enum per list: {@link
 * io.permanence.core.reference.LegalStatusCode} ({@code LS}), {@link
 * io.permanence.core.reference.PlacementCode} ({@code PLACE}), {@link
 * io.permanence.core.reference.ReasonEpisodeCeasedCode} ({@code REC}) and the others; each carries
 * the classifications rules need ({@code isSection20()}, {@code isResidential()}, {@code
 * findPermanenceOutcome()}).
 *
 * <p>{@link io.permanence.core.reference.CodeList} looks codes up by text and year; {@link
 * io.permanence.core.reference.CodeLists} holds one list per SSDA903 field; an unknown code, or one
 * not valid in the year, fails with {@link io.permanence.core.reference.UnknownCodeException}
 * naming the list, code, year and the codes valid that year.
 *
 * <p>No method accepts or returns {@code null}; absent values are {@link java.util.Optional}.
 */
package io.permanence.core.reference;
