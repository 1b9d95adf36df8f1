package io.permanence.csv.casefile;

import io.permanence.csv.read.TableSchema;
import java.util.List;
import java.util.Locale;

/**
 * The files of a case-file CSV set: one per kind of record a {@link
 * io.permanence.core.casefile.CaseFile} holds, each keyed by {@code child_id}. Together they hold
 * everything in a case file, so that export and re-import are lossless; the module README shows the
 * columns of each with an example.
 *
 * <p>Conventions: dates are ISO {@code yyyy-mm-dd}; flags are {@code 0} or {@code 1}; codes and
 * enums are written by name (SSDA903 codes as returned, for example {@code C2} or {@code E4A});
 * lists in one cell are separated by {@code ;}; roles, action types and document types take two
 * columns (id and readable name). Text is written as it is, except that text which is empty, starts
 * with an apostrophe, starts or ends with white space, or starts like a spreadsheet formula is put
 * between apostrophes ({@code '=x'}), so that it survives the reader and stays safe in a
 * spreadsheet. Every column is required in the header; an empty cell is an absent value.
 */
public enum CaseFileTable {
  /** The children: one row each, with the authority, the child's fields and a record count. */
  CHILDREN("children.csv"),
  /** Periods of care. */
  PERIODS_OF_CARE("periods_of_care.csv"),
  /** Legal status periods. */
  LEGAL_STATUSES("legal_statuses.csv"),
  /** Placements. */
  PLACEMENTS("placements.csv"),
  /** Statutory reviews. */
  REVIEWS("reviews.csv"),
  /** Adoption milestones: at most one row per child. */
  ADOPTION("adoption.csv"),
  /** Previous permanence: at most one row per child. */
  PREVIOUS_PERMANENCE("previous_permanence.csv"),
  /** Missing and away episodes. */
  MISSING_EPISODES("missing_episodes.csv"),
  /** Social worker episodes. */
  SOCIAL_WORKER_EPISODES("social_worker_episodes.csv"),
  /** OC2 health outcomes, by collection year. */
  HEALTH_OUTCOMES("health_outcomes.csv"),
  /** OC3 care leaver outcomes, by collection year. */
  CARE_LEAVER_OUTCOMES("care_leaver_outcomes.csv"),
  /** Permanence plans. */
  PLANS("plans.csv"),
  /** Pre-proceedings (PLO) stages. */
  PRE_PROCEEDINGS("pre_proceedings.csv"),
  /** Care proceedings and their milestones. */
  CARE_PROCEEDINGS("care_proceedings.csv"),
  /** Court orders and their extensions. */
  COURT_ORDERS("court_orders.csv"),
  /** Case flags. */
  CASE_FLAGS("case_flags.csv"),
  /** Panel appearances. */
  PANEL_APPEARANCES("panel_appearances.csv"),
  /** Panel decisions. */
  PANEL_DECISIONS("panel_decisions.csv"),
  /** Panel actions. */
  PANEL_ACTIONS("panel_actions.csv"),
  /** Documents on file. */
  DOCUMENTS("documents.csv");

  private final String fileName;

  CaseFileTable(String fileName) {
    this.fileName = fileName;
  }

  /** The file's name, for example {@code placements.csv}. */
  public String fileName() {
    return fileName;
  }

  /** The file's columns, in the order written; the first is {@code child_id}. */
  public List<String> columns() {
    return CaseFileSections.of(this).columns();
  }

  /** The file's schema for the reader: every column required. */
  TableSchema schema() {
    TableSchema.Builder schema = TableSchema.builder();
    schema.name(name().toLowerCase(Locale.ROOT)).addAllRequiredColumns(columns());
    if (this == CHILDREN) {
      schema.addSensitiveColumns("date_of_birth", "expected_date_of_birth");
    }
    return schema.build();
  }
}
