package io.permanence.examples.cli;

import io.permanence.core.AuthorityId;
import io.permanence.core.evaluation.Authorities;
import io.permanence.core.evaluation.Authority;
import io.permanence.core.evaluation.AuthorityProvider;
import io.permanence.core.evaluation.AuthoritySettings;
import io.permanence.rules.knowsley.KnowsleyProvider;
import io.permanence.rules.northsomerset.NorthSomersetProvider;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options that choose an authority and override its settings.
 *
 * <p>Two authorities have a required setting with no default, because their terms of reference say
 * "monthly" without a day: {@code knowsley.schedule} and {@code north-somerset.schedule}. The
 * everyday commands require it ({@code --set knowsley.schedule=FREQ=MONTHLY;BYDAY=3TU}); {@code
 * demo} uses the providers' example settings instead, and says so.
 */
final class AuthorityOptions {

  @Option(
      names = {"-a", "--authority"},
      paramLabel = "ID",
      defaultValue = "bcp",
      description =
          "The authority: barnet, bcp, buckinghamshire, knowsley, north-somerset, or one on the"
              + " class path (default: ${DEFAULT-VALUE}).")
  String authority;

  @Option(
      names = "--set",
      paramLabel = "NAME=VALUE",
      description = "Overrides one of the authority's settings (repeatable).")
  Map<String, String> settings = new LinkedHashMap<>();

  /**
   * The id of the authority, checked to be on the class path; its settings are not applied.
   *
   * @return the id
   * @throws IllegalArgumentException naming the option and value if the authority is unknown
   */
  AuthorityId id() {
    try {
      return Authorities.get(AuthorityId.of(authority)).id();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--authority " + authority + ": " + e.getMessage(), e);
    }
  }

  /**
   * The authority with the settings given.
   *
   * @return the authority
   * @throws IllegalArgumentException naming the option and value if the authority or a setting is
   *     unknown or wrong
   */
  Authority resolve() {
    return resolve(false);
  }

  /**
   * The authority with the settings given, starting from the provider's example settings where it
   * has some (Knowsley and North Somerset: an example monthly day) if {@code examples} is true.
   *
   * @param examples whether to start from the example settings
   * @return the authority
   * @throws IllegalArgumentException naming the option and value if the authority or a setting is
   *     unknown or wrong
   */
  Authority resolve(boolean examples) {
    AuthorityProvider provider;
    try {
      provider = Authorities.get(AuthorityId.of(authority));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--authority " + authority + ": " + e.getMessage(), e);
    }
    AuthoritySettings values =
        examples ? exampleSettings(provider) : AuthoritySettings.defaults(provider.settings());
    for (Map.Entry<String, String> setting : settings.entrySet()) {
      try {
        values = values.withText(setting.getKey(), setting.getValue());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "--set " + setting.getKey() + "=" + setting.getValue() + ": " + e.getMessage(), e);
      }
    }
    try {
      return provider.create(values);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--authority " + authority + ": " + e.getMessage(), e);
    }
  }

  /** Whether {@link #resolve(boolean)} with examples differs from the defaults. */
  boolean hasExampleSettings() {
    return authority.equals("knowsley") || authority.equals("north-somerset");
  }

  /**
   * The {@code --set} arguments that give the example settings on a command line (quoted for a
   * shell), or an empty string if the authority has none.
   */
  String exampleArguments() {
    return switch (authority) {
      case "knowsley" -> " --set 'knowsley.schedule=" + KnowsleyProvider.EXAMPLE_SCHEDULE + "'";
      case "north-somerset" ->
          " --set 'north-somerset.schedule=" + NorthSomersetProvider.EXAMPLE_SCHEDULE + "'";
      default -> "";
    };
  }

  private static AuthoritySettings exampleSettings(AuthorityProvider provider) {
    return switch (provider.id().id()) {
      case "knowsley" -> KnowsleyProvider.exampleSettings();
      case "north-somerset" -> NorthSomersetProvider.exampleSettings();
      default -> AuthoritySettings.defaults(provider.settings());
    };
  }
}
