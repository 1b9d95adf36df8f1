package io.permanence.rules.buckinghamshire;

/**
 * The events that can start PLO week 1, tried in the order the setting lists them (interpretation
 * I-COM-04); the first recorded one is the PLO start date.
 */
public enum PloStartEvent {
  /** The initial pre-proceedings (PLO) meeting: the first meeting recorded. */
  INITIAL_PLO_MEETING,
  /** The letter before proceedings. */
  LETTER_BEFORE_PROCEEDINGS,
  /** The decision to enter pre-proceedings (the start of the pre-proceedings record). */
  DECISION
}
