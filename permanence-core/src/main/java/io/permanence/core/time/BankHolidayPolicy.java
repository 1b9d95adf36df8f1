package io.permanence.core.time;

/** What a {@link PanelSchedule} does with a meeting whose date is not a working day. */
public enum BankHolidayPolicy {
  /** The meeting moves to the next working day (the default; Barnet, BCP, Knowsley ToR). */
  MOVE_TO_NEXT_WORKING_DAY,
  /** The meeting does not take place. */
  SKIP,
  /** The meeting takes place on its date anyway. */
  KEEP
}
