package io.permanence.examples.cli;

import io.permanence.core.AuthorityId;
import io.permanence.core.evaluation.Authorities;
import io.permanence.core.evaluation.Authority;
import io.permanence.core.evaluation.AuthorityProvider;
import io.permanence.core.evaluation.AuthoritySettings;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options that choose an authority and override its settings. */
final class AuthorityOptions {

  @Option(
      names = {"-a", "--authority"},
      paramLabel = "ID",
      defaultValue = "bcp",
      description =
          "The authority: barnet, bcp, north-somerset, knowsley, buckinghamshire (default: ${DEFAULT-VALUE}).")
  String authority;

  @Option(
      names = "--set",
      paramLabel = "NAME=VALUE",
      description = "Overrides one of the authority's settings (repeatable).")
  Map<String, String> settings = new LinkedHashMap<>();

  /**
   * The authority with the settings given.
   *
   * @return the authority
   * @throws IllegalArgumentException naming the authority or setting if either is unknown
   */
  Authority resolve() {
    AuthorityProvider provider = Authorities.get(AuthorityId.of(authority));
    AuthoritySettings values = AuthoritySettings.defaults(provider.settings());
    for (Map.Entry<String, String> setting : settings.entrySet()) {
      values = values.withText(setting.getKey(), setting.getValue());
    }
    return provider.create(values);
  }
}
