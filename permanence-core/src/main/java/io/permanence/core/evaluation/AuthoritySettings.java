package io.permanence.core.evaluation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of an authority's settings: each {@link Setting}'s default unless overridden.
 *
 * <p>Immutable; {@code with…} methods return copies. Only the settings the authority declares may
 * be set, so a misspelt name fails at once with the list of known names.
 */
public final class AuthoritySettings {

  private final ImmutableList<Setting<?>> known;
  private final ImmutableMap<Setting<?>, Object> overrides;

  /** Each declared setting's value by name, for {@link #get}: rules read settings per child. */
  private final Map<String, Object> values;

  private AuthoritySettings(List<Setting<?>> known, Map<Setting<?>, Object> overrides) {
    this.known = ImmutableList.copyOf(known);
    this.overrides = ImmutableMap.copyOf(overrides);
    Map<String, Object> values = new HashMap<>();
    for (Setting<?> setting : this.known) {
      values.put(setting.name(), this.overrides.getOrDefault(setting, setting.defaultValue()));
    }
    this.values = values;
  }

  /**
   * The defaults of the given settings.
   *
   * @param known the settings an authority declares
   * @return settings with every default in force
   */
  public static AuthoritySettings defaults(List<Setting<?>> known) {
    long distinct = known.stream().map(Setting::name).distinct().count();
    checkArgument(distinct == known.size(), "setting names must be unique but were %s", known);
    return new AuthoritySettings(known, Map.of());
  }

  /** Settings with none declared, for authorities without ambiguous clauses. */
  public static AuthoritySettings none() {
    return defaults(List.of());
  }

  /** The settings declared, in declaration order. */
  public ImmutableList<Setting<?>> known() {
    return known;
  }

  /**
   * The value of a setting: its override or its default.
   *
   * @param setting a declared setting
   * @param <T> its type
   * @return the value
   * @throws IllegalArgumentException if the setting is not declared
   */
  public <T> T get(Setting<T> setting) {
    Object value = values.get(setting.name());
    if (value == null) {
      requireKnown(setting.name());
    }
    @SuppressWarnings("unchecked")
    T typed = (T) value;
    return typed;
  }

  /**
   * A copy with the setting overridden.
   *
   * @param setting a declared setting
   * @param value the value
   * @param <T> its type
   * @return the copy
   */
  public <T> AuthoritySettings with(Setting<T> setting, T value) {
    requireKnown(setting.name());
    Map<Setting<?>, Object> copy = new LinkedHashMap<>(overrides);
    copy.put(setting, java.util.Objects.requireNonNull(value, "value"));
    return new AuthoritySettings(known, copy);
  }

  /**
   * A copy with a setting overridden from text, as read from configuration or a command line.
   *
   * @param name the setting's name
   * @param text the value as text
   * @return the copy
   * @throws IllegalArgumentException naming the setting and quoting the text if either is wrong
   */
  public AuthoritySettings withText(String name, String text) {
    Setting<?> setting = requireKnown(name);
    return withParsed(setting, text);
  }

  private <T> AuthoritySettings withParsed(Setting<T> setting, String text) {
    return with(setting, setting.parse(text));
  }

  private Setting<?> requireKnown(String name) {
    return known.stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown setting '"
                        + name
                        + "'; known settings are "
                        + known.stream().map(Setting::name).toList()));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AuthoritySettings s
        && s.known.equals(known)
        && s.overrides.equals(overrides);
  }

  @Override
  public int hashCode() {
    return known.hashCode() * 31 + overrides.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("AuthoritySettings{");
    for (Setting<?> setting : known) {
      text.append(setting.name()).append('=').append(get(setting)).append(", ");
    }
    if (!known.isEmpty()) {
      text.setLength(text.length() - 2);
    }
    return text.append('}').toString();
  }
}
