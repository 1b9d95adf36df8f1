/**
 * JMH benchmarks of Permanence: calendars, evaluation, import and storage. Never deployed; built
 * into {@code target/benchmarks.jar}.
 */
package io.permanence.benchmarks;
