package io.permanence.csv.ssda903;

import io.permanence.core.reference.CollectionYear;
import java.util.List;
import java.util.Set;

/**
 * The SSDA903 codes that the core keeps as returned text (so has no code list for), checked by the
 * import as they are read (from {@code shared/reference/ssda903.md} section 3).
 *
 * <p>Columns whose values a {@code CaseFile} keeps ({@code IN_TOUCH}, {@code ACTIV}, {@code ACCOM},
 * {@code SDQ_REASON}, {@code SW_REASON}) reject a row with an unknown code. Columns the model does
 * not keep ({@code SEX}, {@code MOTHER}, {@code FOSTER_CARE}, {@code NB_ADOPTR}, {@code
 * SEX_ADOPTR}, {@code LS_ADOPTR}) are checked too, but an unknown value there is only a warning: it
 * cannot change a case file.
 */
final class Ssda903Codes {

  /** OC3 {@code IN_TOUCH}. */
  static final List<String> IN_TOUCH = List.of("YES", "NO", "DIED", "REFU", "NREQ", "RHOM");

  /** OC3 {@code ACTIV}: F/P 1, 2, 4, 5, G4 to G6, 0. */
  static final List<String> ACTIV =
      List.of("F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5", "G4", "G5", "G6", "0");

  /** OC3 {@code ACCOM}: a letter B to Z with 1 (suitable) or 2 (unsuitable), or 0. */
  static final List<String> ACCOM =
      List.of(
          "B1", "B2", "C1", "C2", "D1", "D2", "E1", "E2", "G1", "G2", "H1", "H2", "K1", "K2", "R1",
          "R2", "S1", "S2", "T1", "T2", "U1", "U2", "V1", "V2", "W1", "W2", "X1", "X2", "Y1", "Y2",
          "Z1", "Z2", "0");

  /** OC2 {@code SDQ_REASON}. */
  static final List<String> SDQ_REASON = List.of("SDQ1", "SDQ2", "SDQ3", "SDQ4", "SDQ5");

  /** SWEpisodes {@code SW_REASON} (liia {@code _2024.diff.yml}); valid from 2023-24. */
  static final List<String> SW_REASON =
      List.of(
          "MANAGE", "FCONTA", "LEFTRL", "ORGRST", "TSPROC", "ABSENC", "CHCHAN", "PCCHAN", "SWDIED",
          "OTHERS");

  /** The first collection year of the SWEpisodes table and its {@code SW_REASON} codes. */
  static final CollectionYear SW_REASON_FROM = CollectionYear.of(2024);

  /** Header {@code SEX}: 1 and 2 until 2023-24, M, F and U from 2024-25. */
  static final Set<String> SEX = Set.of("1", "2", "M", "F", "U");

  /** AD1 {@code SEX_ADOPTR}. */
  static final Set<String> SEX_ADOPTR = Set.of("M1", "F1", "MM", "FF", "MF");

  /** AD1 {@code LS_ADOPTR}. */
  static final Set<String> LS_ADOPTR = Set.of("L0", "L11", "L12", "L2", "L3", "L4");

  /** AD1 {@code NB_ADOPTR}. */
  static final Set<String> NB_ADOPTR = Set.of("1", "2");

  /** Flags written 0 or 1 ({@code MOTHER}, {@code FOSTER_CARE}). */
  static final Set<String> FLAG = Set.of("0", "1");

  private Ssda903Codes() {}
}
