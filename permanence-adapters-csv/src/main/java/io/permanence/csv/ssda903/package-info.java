/**
 * SSDA903 import: the twelve tables of the children looked after return, read into one {@link
 * io.permanence.core.casefile.CaseFile} per child.
 *
 * <p>{@link io.permanence.csv.ssda903.Ssda903Table} names the tables, their columns and the file
 * names they are recognised by. {@link io.permanence.csv.ssda903.Ssda903Files} is the set of files
 * of one return, from a directory or named one by one. {@link
 * io.permanence.csv.ssda903.Ssda903Import} reads them with the module's one {@link
 * io.permanence.csv.read.TableReader}, checks codes against the collection year (given or inferred,
 * and stated in the result), and assembles each child's case file, rejecting a child as a whole
 * when any of its rows is rejected or its record breaks an invariant. It streams: rows are kept as
 * a few integers each and case files are built one child at a time.
 *
 * <p>No method accepts or returns {@code null}; absent values are {@link java.util.Optional}.
 */
package io.permanence.csv.ssda903;
