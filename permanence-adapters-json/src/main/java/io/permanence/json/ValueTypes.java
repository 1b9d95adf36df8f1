package io.permanence.json;

import com.google.common.collect.ImmutableSortedSet;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the JSON adapter knows about the value types of Permanence, found by reflection and cached
 * per class: which public accessors are attributes, and which types are plain string ids.
 *
 * <p>A value type is an Immutables abstract type {@code X} in {@code io.permanence..} with its
 * generated {@code ImmutableX} beside it. Its attributes are the public no-argument accessors that
 * are abstract on {@code X} (required and optional attributes, collections) or that have a copy
 * method {@code withName} on {@code ImmutableX} ({@code @Value.Default} attributes). Final queries
 * ({@code openActions()}, {@code isVerified()}) and lazily derived values ({@code @Value.Lazy},
 * which have no copy method) are not attributes, except text built on first read from a source the
 * value was built with: an accessor {@code x()} whose type declares {@code Supplier<String>
 * xSource()} ({@code Deadline.trace()}, {@code DriftItem.detail()}) is an attribute.
 */
final class ValueTypes {

  private static final String BASE_PACKAGE = "io.permanence.";
  private static final String GENERATED_PREFIX = "Immutable";

  private static final ClassValue<ImmutableSortedSet<String>> ATTRIBUTES =
      new ClassValue<>() {
        @Override
        protected ImmutableSortedSet<String> computeValue(Class<?> type) {
          return findAttributes(type);
        }
      };

  private static final ClassValue<Optional<Method>> ID_ACCESSORS =
      new ClassValue<>() {
        @Override
        protected Optional<Method> computeValue(Class<?> type) {
          return findIdAccessor(type);
        }
      };

  private ValueTypes() {}

  /** Whether the class belongs to Permanence (package {@code io.permanence} or below). */
  static boolean isPermanenceType(Class<?> type) {
    return type.getName().startsWith(BASE_PACKAGE);
  }

  /**
   * The attribute names of a value type, either the abstract type or its generated class; empty for
   * any other class.
   */
  static ImmutableSortedSet<String> attributes(Class<?> type) {
    return ATTRIBUTES.get(type);
  }

  /**
   * The {@code id()} accessor of a value type whose only attribute is a string {@code id} (a {@code
   * ChildId}, a {@code PanelId}); empty for any other class.
   */
  static Optional<Method> idAccessor(Class<?> type) {
    return ID_ACCESSORS.get(type);
  }

  private static ImmutableSortedSet<String> findAttributes(Class<?> type) {
    if (!isPermanenceType(type)) {
      return ImmutableSortedSet.of();
    }
    Optional<Pair> pair = abstractAndGenerated(type);
    if (pair.isEmpty()) {
      return ImmutableSortedSet.of();
    }
    Class<?> abstractType = pair.get().abstractType();
    Class<?> generated = pair.get().generated();
    ImmutableSortedSet.Builder<String> names = ImmutableSortedSet.naturalOrder();
    for (Method method : abstractType.getMethods()) {
      if (method.getParameterCount() == 0
          && !Modifier.isStatic(method.getModifiers())
          && method.getReturnType() != void.class
          && (Modifier.isAbstract(method.getModifiers())
              || hasCopyMethod(generated, method.getName())
              || hasTextSource(abstractType, method.getName()))) {
        names.add(method.getName());
      }
    }
    return names.build();
  }

  private static Optional<Method> findIdAccessor(Class<?> type) {
    if (!attributes(type).equals(ImmutableSortedSet.of("id"))) {
      return Optional.empty();
    }
    Class<?> abstractType = abstractAndGenerated(type).orElseThrow().abstractType();
    try {
      Method id = abstractType.getMethod("id");
      return id.getReturnType() == String.class ? Optional.of(id) : Optional.empty();
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    }
  }

  private static boolean hasTextSource(Class<?> abstractType, String attribute) {
    for (Class<?> type = abstractType; type != null; type = type.getSuperclass()) {
      for (Method method : type.getDeclaredMethods()) {
        if (method.getName().equals(attribute + "Source")
            && method.getParameterCount() == 0
            && method.getReturnType() == Supplier.class) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasCopyMethod(Class<?> generated, String attribute) {
    String copy = "with" + Character.toUpperCase(attribute.charAt(0)) + attribute.substring(1);
    for (Method method : generated.getDeclaredMethods()) {
      if (method.getName().equals(copy) && method.getParameterCount() == 1) {
        return true;
      }
    }
    return false;
  }

  private record Pair(Class<?> abstractType, Class<?> generated) {}

  // the abstract type and its generated class, from either of them
  private static Optional<Pair> abstractAndGenerated(Class<?> type) {
    String simpleName = type.getSimpleName();
    if (simpleName.startsWith(GENERATED_PREFIX) && !Modifier.isAbstract(type.getModifiers())) {
      String abstractName = simpleName.substring(GENERATED_PREFIX.length());
      Class<?> superclass = type.getSuperclass();
      if (superclass != null && superclass.getSimpleName().equals(abstractName)) {
        return Optional.of(new Pair(superclass, type));
      }
      for (Class<?> implemented : type.getInterfaces()) {
        if (implemented.getSimpleName().equals(abstractName)) {
          return Optional.of(new Pair(implemented, type));
        }
      }
      return Optional.empty();
    }
    if (!Modifier.isAbstract(type.getModifiers())) {
      return Optional.empty();
    }
    try {
      Class<?> generated =
          Class.forName(
              type.getPackageName() + "." + GENERATED_PREFIX + simpleName,
              false,
              type.getClassLoader());
      return type.isAssignableFrom(generated)
          ? Optional.of(new Pair(type, generated))
          : Optional.empty();
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
  }
}
