package io.permanence.jdbc;

/**
 * The tables of a case file (V2 migration), with the columns written by COPY and read back.
 *
 * <p>Array columns are read as comma-separated text ({@code array_to_string}); they hold only
 * dates, numbers, booleans and enum names. Panel tables are ordered by {@code seq} (assigned from a
 * sequence when the row is stored), the others by {@code ordinal} (the position in the case file's
 * list).
 */
enum Table {
  CHILD(
      "child",
      "child_id, authority_id, date_of_birth, expected_date_of_birth, uasc, uasc_ceased_on,"
          + " sibling_group_id, disability",
      null),
  LEGAL_STATUS_PERIOD(
      "legal_status_period", "child_id, ordinal, code, start_on, end_on", "ordinal"),
  COURT_ORDER(
      "court_order",
      "child_id, ordinal, order_type, made_on, original_end, extension_granted_on,"
          + " extension_new_end",
      "ordinal"),
  PRE_PROCEEDINGS(
      "pre_proceedings",
      "child_id, ordinal, start_on, end_on, letter_before_proceedings_on, review_meetings,"
          + " fgc_offered_on, fgc_held_on, outcome",
      "ordinal"),
  CARE_PROCEEDINGS(
      "care_proceedings",
      "child_id, ordinal, decision_to_issue_on, decision_forum, issued_on,"
          + " case_management_hearing_on, checkpoints, final_evidence_due_on,"
          + " issues_resolution_hearing_on, final_hearing_on, final_order_on, final_order_types,"
          + " extension_granted_on, extension_weeks",
      "ordinal"),
  PERIOD_OF_CARE(
      "period_of_care",
      "child_id, ordinal, start_on, end_on, reason_ceased, category_of_need",
      "ordinal"),
  PLACEMENT(
      "placement",
      "child_id, ordinal, code, provider, start_on, end_on, reason_for_change, long_term_match_on,"
          + " arrangement",
      "ordinal"),
  REVIEW("review", "child_id, ordinal, held_on, participation", "ordinal"),
  ADOPTION_MILESTONES(
      "adoption_milestones",
      "child_id, decision_to_place_on, placement_order_on, matched_on, placed_on,"
          + " adoption_order_on, reversed_on, reversal_reason",
      null),
  PREVIOUS_PERMANENCE(
      "previous_permanence", "child_id, code, local_authority, permanence_on", null),
  MISSING_EPISODE(
      "missing_episode", "child_id, ordinal, missing_type, start_on, end_on", "ordinal"),
  SOCIAL_WORKER_EPISODE(
      "social_worker_episode",
      "child_id, ordinal, worker_id, start_on, end_on, reason_code",
      "ordinal"),
  PERMANENCE_PLAN(
      "permanence_plan",
      "child_id, ordinal, primary_option, contingency_option, recorded_on, ratified_on",
      "ordinal"),
  CASE_FLAG(
      "case_flag",
      "child_id, ordinal, flag_type, start_on, end_on, raised_by_id, raised_by_name, note",
      "ordinal"),
  HEALTH_OUTCOMES(
      "health_outcomes",
      "child_id, ordinal, collection_year, sdq_score, sdq_reason, indicator_names,"
          + " indicator_values",
      "ordinal"),
  CARE_LEAVER_OUTCOME(
      "care_leaver_outcome",
      "child_id, ordinal, collection_year, in_touch, activity, accommodation",
      "ordinal"),
  PANEL_APPEARANCE("panel_appearance", "child_id, panel_id, meeting_on, heading, outcome", "seq"),
  PANEL_DECISION(
      "panel_decision",
      "decision_id, child_id, panel_id, made_on, signed_off_on, sign_off_by_id, sign_off_by_name,"
          + " decision_text, version",
      "seq"),
  PANEL_ACTION(
      "panel_action",
      "action_id, child_id, decision_id, type_id, type_name, description, owner_id, owner_name,"
          + " due_on, status, completed_on, version",
      "seq"),
  PANEL_DOCUMENT("panel_document", "child_id, type_id, type_name, date_on_file", "seq");

  private static final java.util.Set<String> ARRAYS =
      java.util.Set.of(
          "extension_granted_on",
          "extension_new_end",
          "review_meetings",
          "checkpoints",
          "final_order_types",
          "extension_weeks",
          "indicator_names",
          "indicator_values");

  private final String name;
  private final String columns;
  private final String orderColumn;

  Table(String name, String columns, String orderColumn) {
    this.name = name;
    this.columns = columns;
    this.orderColumn = orderColumn;
  }

  /** The qualified name, e.g. {@code permanence.child}. */
  String qualified() {
    return PermanenceSchema.SCHEMA + "." + name;
  }

  /** The staging table's name (a temporary table of the import's transaction). */
  String staging() {
    return "staging_" + name;
  }

  /** The columns written by COPY, comma-separated. */
  String columns() {
    return columns;
  }

  /** Whether rows are ordered by a sequence number assigned on insert. */
  boolean isPanelRecord() {
    return "seq".equals(orderColumn);
  }

  /** The SELECT list that reads the columns back, arrays as comma-separated text. */
  String selectList() {
    StringBuilder select = new StringBuilder();
    for (String column : columns.split(",\\s*")) {
      if (select.length() > 0) {
        select.append(", ");
      }
      select.append(
          ARRAYS.contains(column) ? "array_to_string(" + column + ", ',') AS " + column : column);
    }
    return select.toString();
  }

  /** The ORDER BY list within one child. */
  String order() {
    return orderColumn == null ? "child_id" : "child_id, " + orderColumn;
  }
}
