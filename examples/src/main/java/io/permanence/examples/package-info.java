/**
 * Examples: the {@code permanence} command line program and programs that show how to embed the
 * library.
 */
package io.permanence.examples;
