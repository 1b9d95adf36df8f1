package io.permanence.examples.cli;

import io.permanence.json.PermanenceJson;

/** The JSON form of the engine's results, by {@code PermanenceJson}, indented. */
final class JsonOutput {

  private JsonOutput() {}

  /**
   * The value as indented JSON, ending with a line break.
   *
   * @param value a value of the library
   * @return the JSON text
   */
  static String of(Object value) {
    return PermanenceJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value)
        + "\n";
  }
}
