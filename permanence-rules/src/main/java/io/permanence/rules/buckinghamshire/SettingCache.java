package io.permanence.rules.buckinghamshire;

import io.permanence.core.evaluation.AuthoritySettings;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.evaluation.Setting;

/**
 * A setting read once per settings object rather than once per child and meeting: the remits are
 * built without settings and read them from the context, which holds the same (immutable) settings
 * at every evaluation.
 *
 * <p>Keeps the value of the settings it last read; other settings are read and kept in turn, so the
 * value is always that of the context's settings. Thread-safe: the kept pair is immutable and
 * published through a volatile field.
 *
 * @param <T> the setting's type
 */
final class SettingCache<T> {

  private record Entry<T>(AuthoritySettings settings, T value) {}

  private final Setting<T> setting;
  private volatile Entry<T> last;

  SettingCache(Setting<T> setting) {
    this.setting = setting;
  }

  /** The setting's value in the context's settings. */
  T get(EvaluationContext context) {
    AuthoritySettings settings = context.settings();
    Entry<T> entry = last;
    if (entry == null || entry.settings() != settings) {
      entry = new Entry<>(settings, settings.get(setting));
      last = entry;
    }
    return entry.value();
  }
}
