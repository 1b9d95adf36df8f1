package io.permanence.csv.ssda903;

import io.permanence.csv.read.TableSchema;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The twelve tables of the SSDA903 return, each with its CSV columns (headers from {@code
 * csc-validator-be-903/lac_validator/config.py}) and the file names it is recognised by.
 *
 * <p>Required columns are those the import turns into a {@code CaseFile}; the other DfE columns are
 * declared optional (a file without them still loads, and they raise no "ignored column" warning).
 * Dates of birth, the mother's child's date of birth, the UPN and postcodes are sensitive: findings
 * redact them.
 *
 * <p>A file is recognised by its name without the extension, compared without regard to case,
 * spaces, hyphens and underscores, and after dropping a leading {@code ssda903} or {@code 903}: for
 * example {@code Episodes.csv}, {@code SSDA903_episodes.csv} and {@code episodes.CSV} are all the
 * Episodes table. See {@link #fileNames()} for each table's names.
 */
public enum Ssda903Table {
  /** One row per child: the date of birth and the child's characteristics. */
  HEADER(
      "Header",
      schema("header", List.of("CHILD", "DOB"), List.of("SEX", "ETHNIC", "UPN", "MOTHER", "MC_DOB"))
          .addSensitiveColumns("DOB", "UPN", "MC_DOB")
          .build(),
      "header"),
  /** One row per episode of care: legal status and placement. */
  EPISODES(
      "Episodes",
      schema(
              "episodes",
              List.of(
                  "CHILD",
                  "DECOM",
                  "RNE",
                  "LS",
                  "CIN",
                  "PLACE",
                  "PLACE_PROVIDER",
                  "DEC",
                  "REC",
                  "REASON_PLACE_CHANGE"),
              List.of("HOME_POST", "PL_POST", "URN"))
          .addSensitiveColumns("HOME_POST", "PL_POST")
          .build(),
      "episodes",
      "episode"),
  /** One row per statutory review. */
  REVIEWS("Reviews", withDob("reviews", "REVIEW", "REVIEW_CODE"), "reviews", "review"),
  /** Unaccompanied asylum-seeking children and the date the status ceased. */
  UASC(
      "UASC",
      schema("uasc", List.of("CHILD", "DUC"), List.of("SEX", "DOB"))
          .addSensitiveColumns("DOB")
          .build(),
      "uasc"),
  /** Outcomes of children looked after for at least 12 months. */
  OC2(
      "OC2",
      withDob(
          "oc2",
          "SDQ_SCORE",
          "SDQ_REASON",
          "CONVICTED",
          "HEALTH_CHECK",
          "IMMUNISATIONS",
          "TEETH_CHECK",
          "HEALTH_ASSESSMENT",
          "SUBSTANCE_MISUSE",
          "INTERVENTION_RECEIVED",
          "INTERVENTION_OFFERED"),
      "oc2"),
  /** Care leavers' outcomes. */
  OC3("OC3", withDob("oc3", "IN_TOUCH", "ACTIV", "ACCOM"), "oc3"),
  /** Children adopted in the year: the adoption decision, the match and the adopters. */
  AD1(
      "AD1",
      schema(
              "ad1",
              List.of("CHILD", "DATE_INT", "DATE_MATCH"),
              List.of("DOB", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"))
          .addSensitiveColumns("DOB")
          .build(),
      "ad1"),
  /** The decision that a child should be placed for adoption, and its reversal. */
  PLACED_ADOPTION(
      "PlacedAdoption",
      withDob("placed_for_adoption", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"),
      "placedforadoption",
      "placedadoption"),
  /** Previous permanence before this period of care. */
  PREV_PERM(
      "PrevPerm",
      withDob("previous_permanence", "PREV_PERM", "LA_PERM", "DATE_PERM"),
      "previouspermanence",
      "prevperm"),
  /** Missing and away episodes. */
  MISSING("Missing", withDob("missing", "MISSING", "MIS_START", "MIS_END"), "missing"),
  /** Social worker episodes (from 2023-24). */
  SW_EPISODES(
      "SWEpisodes",
      withDob("sw_episodes", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"),
      "swepisodes",
      "socialworkerepisodes"),
  /** Deprivation of liberty orders (from 2026-27). */
  DOLO(
      "DoLo",
      withDob("dolo", "DOLO_START", "DOLO_END"),
      "dolo",
      "deprivationofliberty",
      "deprivationoflibertyorders");

  private final String validatorName;
  private final TableSchema schema;
  private final Set<String> fileNames;

  Ssda903Table(String validatorName, TableSchema schema, String... fileNames) {
    this.validatorName = validatorName;
    this.schema = schema;
    this.fileNames = Set.of(fileNames);
  }

  private static TableSchema.Builder schema(
      String name, List<String> required, List<String> optional) {
    return TableSchema.builder()
        .name(name)
        .addAllRequiredColumns(required)
        .addAllOptionalColumns(optional);
  }

  private static TableSchema withDob(String name, String... columns) {
    return TableSchema.builder()
        .name(name)
        .addRequiredColumns("CHILD")
        .addRequiredColumns(columns)
        .addOptionalColumns("DOB")
        .addSensitiveColumns("DOB")
        .build();
  }

  /** The table's name in the DfE validator, for example {@code PlacedAdoption}. */
  public String validatorName() {
    return validatorName;
  }

  /** The table's columns. */
  public TableSchema schema() {
    return schema;
  }

  /**
   * The names the table's file is recognised by, in the normalised form compared (lower case,
   * letters and digits only, no extension, no leading {@code ssda903} or {@code 903}); the
   * validator's name is always one of them.
   */
  public Set<String> fileNames() {
    return fileNames;
  }

  /**
   * The table a file name stands for.
   *
   * @param fileName a file name, with or without a directory or extension
   * @return the table, or empty if the name is not one of an SSDA903 table
   */
  public static Optional<Ssda903Table> fromFileName(String fileName) {
    String key = normalise(fileName);
    for (Ssda903Table table : values()) {
      if (table.fileNames.contains(key)
          || table.validatorName.toLowerCase(Locale.ROOT).equals(key)) {
        return Optional.of(table);
      }
    }
    return Optional.empty();
  }

  /** A file name in the compared form: see {@link #fileNames()}. */
  static String normalise(String fileName) {
    String name = fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    if (dot > 0) {
      name = name.substring(0, dot);
    }
    StringBuilder key = new StringBuilder(name.length());
    for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        key.append(c);
      }
    }
    String result = key.toString();
    if (result.startsWith("ssda903") && result.length() > 7) {
      return result.substring(7);
    }
    if (result.startsWith("903") && result.length() > 3) {
      return result.substring(3);
    }
    return result;
  }
}
