package io.permanence.json;

import com.google.common.collect.ImmutableSortedSet;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.AccessorNamingStrategy;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.AnnotatedField;
import tools.jackson.databind.introspect.AnnotatedMethod;
import tools.jackson.databind.introspect.DefaultAccessorNamingStrategy;

/**
 * Names the JSON properties of Permanence's value types without annotations in core: for a class in
 * {@code io.permanence..} the properties are exactly its attributes (see {@link ValueTypes}), each
 * named as its Java accessor ({@code dueDate}, {@code isUasc}); fields and every other method are
 * ignored. Classes outside {@code io.permanence..} keep Jackson's default naming.
 */
final class ValueAccessorNaming extends AccessorNamingStrategy.Provider {

  private static final long serialVersionUID = 1L;

  private final DefaultAccessorNamingStrategy.Provider defaults =
      new DefaultAccessorNamingStrategy.Provider();

  @Override
  public AccessorNamingStrategy forPOJO(MapperConfig<?> config, AnnotatedClass valueClass) {
    Class<?> type = valueClass.getRawType();
    return ValueTypes.isPermanenceType(type)
        ? new Attributes(ValueTypes.attributes(type))
        : defaults.forPOJO(config, valueClass);
  }

  @Override
  public AccessorNamingStrategy forBuilder(
      MapperConfig<?> config, AnnotatedClass builderClass, BeanDescription valueTypeDesc) {
    return defaults.forBuilder(config, builderClass, valueTypeDesc);
  }

  @Override
  public AccessorNamingStrategy forRecord(MapperConfig<?> config, AnnotatedClass recordClass) {
    return defaults.forRecord(config, recordClass);
  }

  /** The accessors of one value type: its attributes, named as they are, and nothing else. */
  private static final class Attributes extends AccessorNamingStrategy {
    private final ImmutableSortedSet<String> attributes;

    Attributes(ImmutableSortedSet<String> attributes) {
      this.attributes = attributes;
    }

    @Override
    public String findNameForRegularGetter(AnnotatedMethod method, String name) {
      return method.getParameterCount() == 0 && attributes.contains(name) ? name : null;
    }

    @Override
    public String findNameForIsGetter(AnnotatedMethod method, String name) {
      // an attribute named isX was already found as a regular getter, under its own name
      return null;
    }

    @Override
    public String findNameForMutator(AnnotatedMethod method, String name) {
      return null;
    }

    @Override
    public String modifyFieldName(AnnotatedField field, String name) {
      return null;
    }
  }
}
