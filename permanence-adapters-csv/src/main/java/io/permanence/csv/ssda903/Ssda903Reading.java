package io.permanence.csv.ssda903;

import static io.permanence.csv.ssda903.RecordStore.NONE;

import io.permanence.core.child.ChildId;
import io.permanence.core.reference.Code;
import io.permanence.core.reference.CodeList;
import io.permanence.core.reference.CodeLists;
import io.permanence.csv.read.FileCounts;
import io.permanence.csv.read.ImportFinding;
import io.permanence.csv.read.ImportListener;
import io.permanence.csv.read.RejectedRow;
import io.permanence.csv.read.Row;
import io.permanence.csv.read.TableReader;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The first phase of an SSDA903 import: reads every table's file row by row, checks each cell and
 * each rule within a row, and keeps the accepted rows in compact {@link RecordStore}s keyed by
 * child. Rows with errors are rejected here (with their findings and cells); their child is marked,
 * so that the second phase ({@link Ssda903Assembly}) rejects it as a whole.
 *
 * <p>Codes are checked against their list in any year here (an unknown code rejects the row); their
 * validity in the collection year is checked in the second phase, once the year is known.
 */
final class Ssda903Reading {

  // Field layouts of each table's records.
  static final int EP_DECOM = 0;
  static final int EP_DEC = 1;
  static final int EP_RNE = 2;
  static final int EP_LS = 3;
  static final int EP_CIN = 4;
  static final int EP_PLACE = 5;
  static final int EP_PROVIDER = 6;
  static final int EP_REC = 7;
  static final int EP_RPC = 8;
  static final int HD_DOB = 0;
  static final int RV_DATE = 0;
  static final int RV_CODE = 1;
  static final int UA_DUC = 0;
  static final int O2_SCORE = 0;
  static final int O2_REASON = 1;
  static final int O2_INDICATORS = 2;
  static final int O3_IN_TOUCH = 0;
  static final int O3_ACTIV = 1;
  static final int O3_ACCOM = 2;
  static final int AD_DATE_INT = 0;
  static final int AD_DATE_MATCH = 1;
  static final int PA_PLACED = 0;
  static final int PA_CEASED = 1;
  static final int PA_REASON = 2;
  static final int PP_CODE = 0;
  static final int PP_LA = 1;
  static final int PP_DATE = 2;
  static final int MI_TYPE = 0;
  static final int MI_START = 1;
  static final int MI_END = 2;
  static final int SW_ID = 0;
  static final int SW_START = 1;
  static final int SW_END = 2;
  static final int SW_REASON = 3;
  static final int DL_START = 0;
  static final int DL_END = 1;

  /** The OC2 indicator columns, in the order of {@code HealthIndicator}. */
  static final List<String> OC2_INDICATORS =
      List.of(
          "CONVICTED",
          "HEALTH_CHECK",
          "IMMUNISATIONS",
          "TEETH_CHECK",
          "HEALTH_ASSESSMENT",
          "SUBSTANCE_MISUSE",
          "INTERVENTION_RECEIVED",
          "INTERVENTION_OFFERED");

  private static final Map<Ssda903Table, Integer> FIELDS = new EnumMap<>(Ssda903Table.class);

  static {
    FIELDS.put(Ssda903Table.HEADER, 1);
    FIELDS.put(Ssda903Table.EPISODES, 9);
    FIELDS.put(Ssda903Table.REVIEWS, 2);
    FIELDS.put(Ssda903Table.UASC, 1);
    FIELDS.put(Ssda903Table.OC2, 2 + OC2_INDICATORS.size());
    FIELDS.put(Ssda903Table.OC3, 3);
    FIELDS.put(Ssda903Table.AD1, 2);
    FIELDS.put(Ssda903Table.PLACED_ADOPTION, 3);
    FIELDS.put(Ssda903Table.PREV_PERM, 3);
    FIELDS.put(Ssda903Table.MISSING, 3);
    FIELDS.put(Ssda903Table.SW_EPISODES, 4);
    FIELDS.put(Ssda903Table.DOLO, 2);
  }

  /**
   * A row as the mapping returns it: one holder per file, filled again for each row (the reader
   * hands each value to the listener before it reads the next row, and the store copies it).
   */
  private static final class Parsed {
    String child;
    int line;
    final int[] fields;

    Parsed(int fields) {
      this.fields = new int[fields];
    }
  }

  final ChildRegistry children = new ChildRegistry();
  final Map<Ssda903Table, RecordStore> stores = new EnumMap<>(Ssda903Table.class);
  final Map<Ssda903Table, String> fileNames = new EnumMap<>(Ssda903Table.class);
  final Map<Ssda903Table, FileCounts> readCounts = new EnumMap<>(Ssda903Table.class);
  final List<ImportFinding> findings = new ArrayList<>();
  final List<RejectedRow> rejectedRows = new ArrayList<>();
  private final List<String> strings = new ArrayList<>();
  private final Map<String, Integer> stringIndex = new HashMap<>();
  int latestDecom = NONE;
  int latestDecomLine;
  int latestReview = NONE;
  int latestReviewLine;

  Ssda903Reading() {
    for (Ssda903Table table : Ssda903Table.values()) {
      stores.put(table, new RecordStore(FIELDS.get(table)));
    }
  }

  /** Reads every file of the set, the Header table first. */
  void readAll(Ssda903Files files) {
    findings.addAll(files.directoryFindings());
    for (Ssda903Table table : Ssda903Table.values()) {
      files.source(table).ifPresent(source -> read(table, source.fileName, source.opener.get()));
    }
  }

  String string(int index) {
    return strings.get(index);
  }

  private int intern(String text) {
    Integer index = stringIndex.get(text);
    if (index == null) {
      index = strings.size();
      strings.add(text);
      stringIndex.put(text, index);
    }
    return index;
  }

  private void read(Ssda903Table table, String fileName, InputStream in) {
    fileNames.put(table, fileName);
    RecordStore store = stores.get(table);
    int[] childCell = {-1};
    Parsed holder = new Parsed(FIELDS.get(table));
    FileCounts counts =
        TableReader.of(table.schema()).stream(
            fileName,
            in,
            row -> parse(table, row, holder),
            new ImportListener<Parsed>() {
              @Override
              public void onValue(Parsed parsed) {
                store.add(children.index(parsed.child), parsed.line, parsed.fields);
                if (table == Ssda903Table.EPISODES) {
                  if (parsed.fields[EP_DECOM] > latestDecom) {
                    latestDecom = parsed.fields[EP_DECOM];
                    latestDecomLine = parsed.line;
                  }
                } else if (table == Ssda903Table.REVIEWS && parsed.fields[RV_DATE] > latestReview) {
                  latestReview = parsed.fields[RV_DATE];
                  latestReviewLine = parsed.line;
                }
              }

              @Override
              public void onFinding(ImportFinding finding) {
                findings.add(finding);
              }

              @Override
              public void onRejected(RejectedRow row) {
                rejectedRows.add(row);
                if (childCell[0] >= 0 && childCell[0] < row.cells().size()) {
                  String child = row.cells().get(childCell[0]).strip();
                  if (isChildId(child)) {
                    children.markRejectedRow(child, table, row.lineNumber());
                  }
                }
              }

              @Override
              public void onHeader(List<String> columns) {
                for (int i = 0; i < columns.size(); i++) {
                  if (columns.get(i).replace("\uFEFF", "").strip().equalsIgnoreCase("CHILD")) {
                    childCell[0] = i;
                    break;
                  }
                }
              }
            });
    readCounts.put(table, counts);
  }

  private static boolean isChildId(String text) {
    return !text.isEmpty() && text.length() <= ChildId.MAX_LENGTH;
  }

  // ---------------------------------------------------------------- row mappings

  private Parsed parse(Ssda903Table table, Row row, Parsed holder) {
    String child = row.text("CHILD");
    if (child.length() > ChildId.MAX_LENGTH) {
      row.reportError("CHILD", "is longer than " + ChildId.MAX_LENGTH + " characters");
    }
    int[] fields = holder.fields;
    Arrays.fill(fields, 0);
    switch (table) {
      case HEADER:
        fields[HD_DOB] = date(row, "DOB");
        checkUnkept(row, "SEX", Ssda903Codes.SEX);
        checkUnkept(row, "MOTHER", Ssda903Codes.FLAG);
        break;
      case EPISODES:
        parseEpisode(row, fields);
        break;
      case REVIEWS:
        fields[RV_DATE] = date(row, "REVIEW");
        fields[RV_CODE] = optionalCode(row, "REVIEW_CODE", reviewCode);
        break;
      case UASC:
        fields[UA_DUC] = optionalDate(row, "DUC");
        checkUnkept(row, "SEX", Ssda903Codes.SEX);
        break;
      case OC2:
        parseOc2(row, fields);
        break;
      case OC3:
        fields[O3_IN_TOUCH] = optionalText(row, "IN_TOUCH", Ssda903Codes.IN_TOUCH);
        fields[O3_ACTIV] = optionalText(row, "ACTIV", Ssda903Codes.ACTIV);
        fields[O3_ACCOM] = optionalText(row, "ACCOM", Ssda903Codes.ACCOM);
        break;
      case AD1:
        fields[AD_DATE_INT] = optionalDate(row, "DATE_INT");
        fields[AD_DATE_MATCH] = optionalDate(row, "DATE_MATCH");
        checkUnkept(row, "FOSTER_CARE", Ssda903Codes.FLAG);
        checkUnkept(row, "NB_ADOPTR", Ssda903Codes.NB_ADOPTR);
        checkUnkept(row, "SEX_ADOPTR", Ssda903Codes.SEX_ADOPTR);
        checkUnkept(row, "LS_ADOPTR", Ssda903Codes.LS_ADOPTR);
        break;
      case PLACED_ADOPTION:
        fields[PA_PLACED] = optionalDate(row, "DATE_PLACED");
        fields[PA_CEASED] = optionalDate(row, "DATE_PLACED_CEASED");
        fields[PA_REASON] = optionalCode(row, "REASON_PLACED_CEASED", reversal);
        if (row.optionalText("DATE_PLACED_CEASED").isPresent()
            != row.optionalText("REASON_PLACED_CEASED").isPresent()) {
          row.reportError(
              row.optionalText("DATE_PLACED_CEASED").isPresent()
                  ? "REASON_PLACED_CEASED"
                  : "DATE_PLACED_CEASED",
              "must be given together with "
                  + (row.optionalText("DATE_PLACED_CEASED").isPresent()
                      ? "DATE_PLACED_CEASED"
                      : "REASON_PLACED_CEASED")
                  + " (both or neither)");
        }
        break;
      case PREV_PERM:
        fields[PP_CODE] = code(row, "PREV_PERM", previous);
        fields[PP_LA] = row.optionalText("LA_PERM").map(this::intern).orElse(NONE);
        fields[PP_DATE] = optionalDate(row, "DATE_PERM");
        break;
      case MISSING:
        fields[MI_TYPE] = code(row, "MISSING", missingType);
        fields[MI_START] = date(row, "MIS_START");
        fields[MI_END] = optionalDate(row, "MIS_END");
        checkNotBefore(row, fields[MI_END], "MIS_END", fields[MI_START], "MIS_START");
        break;
      case SW_EPISODES:
        fields[SW_ID] = intern(row.text("SW_ID"));
        fields[SW_START] = date(row, "SW_DECOM");
        fields[SW_END] = optionalDate(row, "SW_DEC");
        fields[SW_REASON] = optionalText(row, "SW_REASON", Ssda903Codes.SW_REASON);
        checkNotBefore(row, fields[SW_END], "SW_DEC", fields[SW_START], "SW_DECOM");
        break;
      case DOLO:
        fields[DL_START] = date(row, "DOLO_START");
        fields[DL_END] = optionalDate(row, "DOLO_END");
        checkNotBefore(row, fields[DL_END], "DOLO_END", fields[DL_START], "DOLO_START");
        break;
      default:
        throw new IllegalStateException("unknown table " + table);
    }
    holder.child = child;
    holder.line = (int) row.lineNumber();
    return holder;
  }

  private void parseEpisode(Row row, int[] fields) {
    fields[EP_DECOM] = date(row, "DECOM");
    fields[EP_DEC] = optionalDate(row, "DEC");
    fields[EP_RNE] = code(row, "RNE", rne);
    fields[EP_LS] = code(row, "LS", ls);
    fields[EP_CIN] = code(row, "CIN", cin);
    fields[EP_PLACE] = code(row, "PLACE", place);
    fields[EP_PROVIDER] = optionalCode(row, "PLACE_PROVIDER", provider);
    fields[EP_REC] = optionalCode(row, "REC", reasonCeased);
    fields[EP_RPC] = optionalCode(row, "REASON_PLACE_CHANGE", rpc);
    checkNotBefore(row, fields[EP_DEC], "DEC", fields[EP_DECOM], "DECOM");
    boolean ceased = !row.isBlank("DEC");
    boolean hasRec = !row.isBlank("REC");
    if (ceased && !hasRec) {
      row.reportError("REC", "a reason the episode ceased is required when DEC is given");
    } else if (!ceased && hasRec) {
      if (row.text("REC").equals("X1")) {
        fields[EP_REC] = NONE;
        row.reportWarning(
            "REC", "is ignored: the episode has not ceased (DEC is blank), so no new one begins");
      } else {
        row.reportError("REC", "says the episode ceased, but DEC (the day it ceased) is blank");
      }
    }
    if (!ceased && fields[EP_RPC] != NONE) {
      fields[EP_RPC] = NONE;
      row.reportWarning(
          "REASON_PLACE_CHANGE", "is ignored: the episode has not ceased (DEC is blank)");
    }
  }

  private void parseOc2(Row row, int[] fields) {
    Optional<Integer> score = row.optionalInteger("SDQ_SCORE");
    if (score.isPresent() && (score.get() < 0 || score.get() > 40)) {
      row.reportError("SDQ_SCORE", "is not an SDQ score from 0 to 40");
    }
    fields[O2_SCORE] = score.orElse(NONE);
    fields[O2_REASON] = optionalText(row, "SDQ_REASON", Ssda903Codes.SDQ_REASON);
    for (int i = 0; i < OC2_INDICATORS.size(); i++) {
      fields[O2_INDICATORS + i] =
          row.optionalBool01(OC2_INDICATORS.get(i)).map(b -> b ? 1 : 0).orElse(NONE);
    }
  }

  private static int date(Row row, String column) {
    return (int) row.epochDay(column);
  }

  private static int optionalDate(Row row, String column) {
    return (int) row.optionalEpochDay(column, NONE);
  }

  private static void checkNotBefore(
      Row row, int end, String endColumn, int start, String startColumn) {
    if (end != NONE && start != NONE && end < start && !row.hasErrors()) {
      row.reportError(
          endColumn,
          "is before "
              + startColumn
              + " ("
              + LocalDate.ofEpochDay(start)
              + "): it must not be earlier");
    }
  }

  /**
   * A code list's lookup and the words for its findings, made once per list and import. The reader
   * reuses the string of a column's previous row and shares the strings of short cells, so the same
   * few code instances recur: the last ones found are remembered by identity, which saves hashing
   * each cell (an import is read on one thread).
   */
  private static final class Lookup {
    private static final int REMEMBERED = 16;

    private final CodeList<?> list;
    private final String expected;
    private final String[] texts = new String[REMEMBERED];
    private final int[] ordinals = new int[REMEMBERED];
    private int next;

    Lookup(CodeList<?> list) {
      this.list = list;
      this.expected = "a " + list.name() + " code";
    }

    /** The ordinal of the code in a non-blank cell; NONE (with an error recorded) if unknown. */
    int ordinal(Row row, String column, String text) {
      for (int i = 0; i < REMEMBERED; i++) {
        if (texts[i] == text) {
          return ordinals[i];
        }
      }
      Optional<? extends Enum<?>> code = list.findAnyYear(text);
      if (code.isEmpty()) {
        row.reportError(
            column,
            "is not " + expected + " (" + ImportFinding.displayValue(codesHint(list.all())) + ")");
        return NONE;
      }
      int ordinal = code.get().ordinal();
      texts[next] = text;
      ordinals[next] = ordinal;
      next = (next + 1) % REMEMBERED;
      return ordinal;
    }
  }

  private final Lookup rne = new Lookup(CodeLists.REASON_NEW_EPISODE);
  private final Lookup ls = new Lookup(CodeLists.LEGAL_STATUS);
  private final Lookup cin = new Lookup(CodeLists.CATEGORY_OF_NEED);
  private final Lookup place = new Lookup(CodeLists.PLACEMENT);
  private final Lookup provider = new Lookup(CodeLists.PLACEMENT_PROVIDER);
  private final Lookup reasonCeased = new Lookup(CodeLists.REASON_EPISODE_CEASED);
  private final Lookup rpc = new Lookup(CodeLists.REASON_PLACE_CHANGE);
  private final Lookup reviewCode = new Lookup(CodeLists.REVIEW_PARTICIPATION);
  private final Lookup reversal = new Lookup(CodeLists.ADOPTION_REVERSAL_REASON);
  private final Lookup previous = new Lookup(CodeLists.PREVIOUS_PERMANENCE);
  private final Lookup missingType = new Lookup(CodeLists.MISSING);

  /** A code that must be present: its ordinal, or NONE (with an error recorded). */
  private static int code(Row row, String column, Lookup lookup) {
    String text = row.text(column);
    return text.isEmpty() ? NONE : lookup.ordinal(row, column, text);
  }

  /** A code that may be blank: its ordinal, or NONE if blank (or, with an error, unknown). */
  private static int optionalCode(Row row, String column, Lookup lookup) {
    Optional<String> text = row.optionalText(column);
    return text.isEmpty() ? NONE : lookup.ordinal(row, column, text.get());
  }

  private int optionalText(Row row, String column, List<String> codes) {
    Optional<String> value = row.optionalText(column);
    if (value.isEmpty()) {
      return NONE;
    }
    if (!codes.contains(value.get())) {
      row.reportError(column, "is not " + article(column) + " code (" + codesHint(codes) + ")");
      return NONE;
    }
    return intern(value.get());
  }

  private static void checkUnkept(Row row, String column, Set<String> codes) {
    Optional<String> value = row.optionalText(column);
    if (value.isPresent() && !codes.contains(value.get())) {
      row.reportWarning(
          column,
          "is not "
              + article(column)
              + " value ("
              + codesHint(codes.stream().sorted().collect(Collectors.toList()))
              + "); kept nowhere, so the row is imported");
    }
  }

  private static String article(String column) {
    return ("AEIOU".indexOf(column.charAt(0)) >= 0 || column.startsWith("SDQ") ? "an " : "a ")
        + column;
  }

  /** "valid codes: A, B, C" for short lists, else a pointer to the DfE list. */
  static String codesHint(Collection<?> codes) {
    String all =
        codes.stream()
            .map(c -> c instanceof Code ? ((Code) c).code() : c.toString())
            .collect(Collectors.joining(", "));
    return all.length() <= 80
        ? "valid codes: " + all
        : "see the DfE list of " + codes.size() + " codes";
  }
}
