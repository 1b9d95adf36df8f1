package io.permanence.core.evaluation;

import io.permanence.core.AuthorityId;
import java.util.List;

/**
 * Supplies an {@link Authority}; registered in {@code
 * META-INF/services/io.permanence.core.evaluation.AuthorityProvider} so that {@link Authorities}
 * finds it with {@link java.util.ServiceLoader}. A vendor adds an authority this way without
 * forking the library.
 *
 * <p>Implementations need a public no-argument constructor and are stateless.
 */
public interface AuthorityProvider {

  /** The id of the authority supplied. */
  AuthorityId id();

  /** The settings the authority declares, with their defaults. */
  List<Setting<?>> settings();

  /**
   * Assembles the authority with the given settings.
   *
   * @param settings values for the settings this provider declares
   * @return the authority
   */
  Authority create(AuthoritySettings settings);

  /** Assembles the authority with every setting at its default. */
  default Authority create() {
    return create(AuthoritySettings.defaults(settings()));
  }
}
