package io.permanence.core.evaluation;

import com.google.common.collect.ImmutableList;
import io.permanence.core.AuthorityId;
import java.util.Comparator;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Finds the authorities on the class path with {@link ServiceLoader}.
 *
 * <p>The five authorities of {@code permanence-rules} ({@code barnet}, {@code bcp}, {@code
 * north-somerset}, {@code knowsley}, {@code buckinghamshire}) are found when that module is on the
 * class path; a vendor's own are found the same way.
 */
public final class Authorities {

  private Authorities() {}

  /**
   * The providers on the class path of the given class loader, ordered by id.
   *
   * @param loader the class loader to search
   * @return the providers
   */
  public static ImmutableList<AuthorityProvider> available(ClassLoader loader) {
    return ServiceLoader.load(AuthorityProvider.class, loader).stream()
        .map(ServiceLoader.Provider::get)
        .sorted(Comparator.comparing(p -> p.id().id()))
        .collect(ImmutableList.toImmutableList());
  }

  /** The providers on the class path of this class's loader, ordered by id. */
  public static ImmutableList<AuthorityProvider> available() {
    return available(Authorities.class.getClassLoader());
  }

  /**
   * The provider of the authority with the given id.
   *
   * @param id the authority's id
   * @return the provider, or empty if none is on the class path
   */
  public static Optional<AuthorityProvider> find(AuthorityId id) {
    return available().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * The provider of the authority with the given id.
   *
   * @param id the authority's id
   * @return the provider
   * @throws IllegalArgumentException naming the id and the authorities available if none matches
   */
  public static AuthorityProvider get(AuthorityId id) {
    return find(id)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no authority '"
                        + id.id()
                        + "' on the class path; available: "
                        + available().stream().map(p -> p.id().id()).toList()));
  }
}
