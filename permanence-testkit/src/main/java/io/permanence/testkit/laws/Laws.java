package io.permanence.testkit.laws;

/** Shared failure helper of the laws. */
final class Laws {

  private Laws() {}

  /** Returns true when the condition holds, else throws an AssertionError with the message. */
  static boolean require(boolean condition, String format, Object... args) {
    if (!condition) {
      throw new AssertionError(String.format(format, args));
    }
    return true;
  }
}
