package io.permanence.rules.bcp;

import io.permanence.core.panel.DocumentType;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The records the BCP terms of reference ask for after a panel, as document types on the child's
 * file (BCP ToR §6 ¶2 s1, §6 ¶3, §6 ¶4 s2).
 */
public final class BcpRecords {

  /**
   * The case note "Permanence Panel Actions (date)", type of note "Management Oversight &amp;
   * Decision", recorded by the panel administrator (§6 ¶2 s1); dated the day it was recorded.
   */
  public static final DocumentType PANEL_ACTIONS_NOTE =
      DocumentType.of(
          "permanence-panel-actions", "Permanence Panel Actions (Management Oversight & Decision)");

  /**
   * A progress update on the Permanence Tracker against actions previously agreed (§6 ¶3, §6 ¶4
   * s2); dated the day it was made.
   */
  public static final DocumentType TRACKER_UPDATE =
      DocumentType.of("permanence-tracker-update", "Permanence Tracker progress update");

  /** The type of note of the case note (§6 ¶2 s1). */
  public static final String CASE_NOTE_TYPE = "Management Oversight & Decision";

  private BcpRecords() {}

  /**
   * The title of the case note for a meeting: {@code "Permanence Panel Actions (19/03/2026)"}.
   *
   * @param meetingDate the date of the meeting
   * @param datePattern the date pattern, {@link BcpSettings#CASE_NOTE_DATE_FORMAT} (I-BCP-15)
   * @return the title
   */
  public static String caseNoteTitle(LocalDate meetingDate, String datePattern) {
    return "Permanence Panel Actions ("
        + DateTimeFormatter.ofPattern(datePattern, Locale.ROOT).format(meetingDate)
        + ")";
  }
}
