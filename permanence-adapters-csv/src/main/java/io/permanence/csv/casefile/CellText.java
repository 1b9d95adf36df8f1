package io.permanence.csv.casefile;

/**
 * The lossless text form of a case-file CSV cell, which survives both the reader (which strips
 * surrounding white space and reads an empty cell as absent) and the spreadsheet-safe writer (which
 * puts an apostrophe before a cell that starts like a formula).
 *
 * <p>Text that is empty, starts with an apostrophe, starts or ends with white space, or starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is written between
 * apostrophes ({@code '=SUM(A1)'}); any other text is written as it is. Reading reverses it: a cell
 * between apostrophes loses them, and a cell that only starts with one (as a spreadsheet or another
 * tool neutralised it) loses that one.
 */
final class CellText {

  private CellText() {}

  static String encode(String text) {
    if (text.isEmpty()
        || text.charAt(0) == '\''
        || !text.strip().equals(text)
        || "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text + "'";
    }
    return text;
  }

  static String decode(String cell) {
    if (cell.length() >= 2 && cell.charAt(0) == '\'' && cell.charAt(cell.length() - 1) == '\'') {
      return cell.substring(1, cell.length() - 1);
    }
    if (!cell.isEmpty() && cell.charAt(0) == '\'') {
      return cell.substring(1);
    }
    return cell;
  }
}
