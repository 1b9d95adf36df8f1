/**
 * Permanence rules: England's statutory timescales ({@code rules.statutory}) and one package per
 * local authority's terms of reference, each rule citing its clause. To be filled by the deadline
 * engine and evaluation engine issues.
 */
package io.permanence.rules;
