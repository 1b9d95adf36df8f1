package io.permanence.core.evaluation;

import static com.google.common.base.Preconditions.checkArgument;

import io.permanence.core.Citation;
import java.util.Objects;
import java.util.function.Function;

/**
 * A named, typed setting of an authority: one interpretation of an ambiguous clause, with its
 * default (DESIGN.md "Interpretations") and how to read it from text.
 *
 * <p>For example Barnet's "delay in application being made" reads by default as "not issued within
 * 10 working days of the decision to issue": {@code Setting.of("barnet.issue-delay", "...",
 * citation, Timescale.workingDays(10), Timescale::parse)}. Settings are equal by name.
 *
 * @param <T> the type of the value
 */
public final class Setting<T> {

  private final String name;
  private final String description;
  private final Citation citation;
  private final T defaultValue;
  private final Function<String, T> parser;

  private Setting(
      String name,
      String description,
      Citation citation,
      T defaultValue,
      Function<String, T> parser) {
    checkArgument(
        name.matches("[a-z][a-zA-Z0-9-]*(\\.[a-z][a-zA-Z0-9-]*)+"),
        "setting name must look like 'authority.settingName' (dotted, each part starting with a lower-case letter) but was '%s'",
        name);
    checkArgument(!description.isBlank(), "setting %s needs a description", name);
    this.name = name;
    this.description = description;
    this.citation = Objects.requireNonNull(citation, "citation");
    this.defaultValue = Objects.requireNonNull(defaultValue, "defaultValue");
    this.parser = Objects.requireNonNull(parser, "parser");
  }

  /**
   * A setting.
   *
   * @param name a dotted lower-case name, for example {@code "barnet.issue-delay"}
   * @param description what the setting decides, and its default reading
   * @param citation the clause it interprets
   * @param defaultValue the value used unless overridden
   * @param parser reads a value from text; throws {@link IllegalArgumentException} on bad text
   * @param <T> the type of the value
   * @return the setting
   */
  public static <T> Setting<T> of(
      String name,
      String description,
      Citation citation,
      T defaultValue,
      Function<String, T> parser) {
    return new Setting<>(name, description, citation, defaultValue, parser);
  }

  /** The setting's name. */
  public String name() {
    return name;
  }

  /** What the setting decides. */
  public String description() {
    return description;
  }

  /** The clause the setting interprets. */
  public Citation citation() {
    return citation;
  }

  /** The default value. */
  public T defaultValue() {
    return defaultValue;
  }

  /**
   * Reads a value of this setting from text.
   *
   * @param text the text
   * @return the value
   * @throws IllegalArgumentException naming the setting and quoting the text if it is not valid
   */
  public T parse(String text) {
    try {
      return Objects.requireNonNull(parser.apply(text.strip()), "parsed value");
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "setting " + name + ": cannot read '" + text + "': " + e.getMessage(), e);
    }
  }

  /**
   * Reads {@code true} or {@code false}, ignoring case and surrounding space: the one reader of
   * boolean settings, so that every authority accepts the same text.
   *
   * @param text the text
   * @return the value
   * @throws IllegalArgumentException if the text is neither
   */
  public static Boolean parseBoolean(String text) {
    String value = text.strip().toLowerCase(java.util.Locale.ROOT);
    checkArgument(
        value.equals("true") || value.equals("false"), "expected true or false but was '%s'", text);
    return Boolean.valueOf(value);
  }

  /**
   * Reads optional text: blank, {@code none} or {@code unset} (any case) is empty, anything else
   * the stripped text. The one reader of settings that may be left unset.
   *
   * @param text the text
   * @return the value, or empty
   */
  public static java.util.Optional<String> parseOptionalText(String text) {
    String value = text.strip();
    return value.isEmpty() || value.equalsIgnoreCase("none") || value.equalsIgnoreCase("unset")
        ? java.util.Optional.empty()
        : java.util.Optional.of(value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Setting<?> s && s.name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name + " (default " + defaultValue + ")";
  }
}
