package io.permanence.examples.report;

/** HTML escaping of text for element content and quoted attribute values. */
public final class Html {

  private Html() {}

  /**
   * Escapes {@code & < > " '} so that the text is inert in element content and in a quoted
   * attribute value; also replaces characters HTML does not allow (NUL and other C0 controls but
   * tab, line feed and carriage return) with U+FFFD.
   *
   * @param text any text
   * @return the escaped text
   */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * An id usable in an {@code id} attribute and a fragment link: letters, digits, {@code -} and
   * {@code _} kept, everything else as {@code _} followed by its code point in hex.
   *
   * @param prefix a prefix of letters
   * @param text any text
   * @return the id
   */
  public static String anchor(String prefix, String text) {
    StringBuilder out = new StringBuilder(prefix).append('-');
    text.codePoints()
        .forEach(
            c -> {
              if ((c >= 'a' && c <= 'z')
                  || (c >= 'A' && c <= 'Z')
                  || (c >= '0' && c <= '9')
                  || c == '-') {
                out.appendCodePoint(c);
              } else {
                out.append('_').append(Integer.toHexString(c));
              }
            });
    return out.toString();
  }
}
