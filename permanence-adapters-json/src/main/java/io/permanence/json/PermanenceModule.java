package io.permanence.json;

import io.permanence.core.Citation;
import io.permanence.core.reference.CollectionYear;
import io.permanence.core.time.Timescale;
import io.permanence.core.time.WorkingCalendar;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.Version;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;
import tools.jackson.databind.ser.Serializers;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The serializers and deserializers of Permanence's values that the attribute rule of {@link
 * ValueAccessorNaming} does not cover: hand-written types, values with a stable text form, and
 * string ids.
 *
 * <p>A hand-written type of {@code io.permanence..} without an explicit serializer here has no
 * properties, so Jackson fails on it ({@code FAIL_ON_EMPTY_BEANS}) rather than writing {@code {}}:
 * add it to {@link #explicitSerializers()}, one line.
 */
final class PermanenceModule extends JacksonModule {

  @Override
  public String getModuleName() {
    return "io.permanence.json";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(explicitSerializers());
    context.addSerializers(new IdSerializers());
    context.addDeserializers(explicitDeserializers());
    context.addDeserializers(new IdDeserializers());
  }

  /** One line per hand-written type or value written as text. */
  private static SimpleSerializers explicitSerializers() {
    SimpleSerializers serializers = new SimpleSerializers();
    serializers.addSerializer(WorkingCalendar.class, new WorkingCalendarSerializer());
    serializers.addSerializer(Timescale.class, text(Timescale.class, Timescale::toString));
    serializers.addSerializer(CollectionYear.class, text(CollectionYear.class, Object::toString));
    return serializers;
  }

  /** The values that can be read back: citations and timescales (ids are found by their shape). */
  private static SimpleDeserializers explicitDeserializers() {
    SimpleDeserializers deserializers = new SimpleDeserializers();
    deserializers.addDeserializer(Citation.class, new CitationDeserializer());
    deserializers.addDeserializer(Timescale.class, fromText(Timescale.class, Timescale::parse));
    return deserializers;
  }

  private static <T> ValueSerializer<T> text(Class<T> type, Function<? super T, String> toText) {
    return new StdSerializer<T>(type) {
      @Override
      public void serialize(T value, JsonGenerator generator, SerializationContext context) {
        generator.writeString(toText.apply(value));
      }
    };
  }

  private static <T> ValueDeserializer<T> fromText(
      Class<T> type, Function<String, ? extends T> parse) {
    return new StdDeserializer<T>(type) {
      @Override
      public T deserialize(JsonParser parser, DeserializationContext context) {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
          return type.cast(context.handleUnexpectedToken(type, parser));
        }
        String text = parser.getString();
        try {
          return parse.apply(text);
        } catch (IllegalArgumentException e) {
          return type.cast(context.handleWeirdStringValue(type, text, "%s", e.getMessage()));
        }
      }
    };
  }

  /** A working calendar by its identity: id, version, first and last year. */
  private static final class WorkingCalendarSerializer extends StdSerializer<WorkingCalendar> {
    WorkingCalendarSerializer() {
      super(WorkingCalendar.class);
    }

    @Override
    public void serialize(
        WorkingCalendar calendar, JsonGenerator generator, SerializationContext context) {
      generator.writeStartObject(calendar);
      generator.writeNumberProperty("firstYear", calendar.firstYear().getValue());
      generator.writeStringProperty("id", calendar.id());
      generator.writeNumberProperty("lastYear", calendar.lastYear().getValue());
      generator.writeStringProperty("version", calendar.version());
      generator.writeEndObject();
    }
  }

  /** A citation from {@code {"document", "clause", "status"}}; the status defaults to verified. */
  private static final class CitationDeserializer extends StdDeserializer<Citation> {
    CitationDeserializer() {
      super(Citation.class);
    }

    @Override
    public Citation deserialize(JsonParser parser, DeserializationContext context) {
      JsonNode node = context.readTree(parser);
      if (!node.isObject()) {
        return context.reportInputMismatch(
            Citation.class, "citation must be an object but was %s", node);
      }
      String document = requiredText(node, "document", context);
      String clause = requiredText(node, "clause", context);
      JsonNode status = node.path("status");
      try {
        if (status.isMissingNode()) {
          return Citation.of(document, clause);
        }
        if (!status.isString()) {
          return context.reportInputMismatch(
              Citation.class, "citation.status must be a string but was %s", status);
        }
        return Citation.of(
            document,
            clause,
            Citation.SourceStatus.valueOf(status.stringValue().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        return context.reportInputMismatch(Citation.class, "citation: %s", e.getMessage());
      }
    }

    private static String requiredText(JsonNode node, String name, DeserializationContext context) {
      JsonNode value = node.path(name);
      if (!value.isString()) {
        return context.reportInputMismatch(
            Citation.class,
            "citation.%s must be a string but was %s",
            name,
            value.isMissingNode() ? "missing" : value);
      }
      return value.stringValue();
    }
  }

  /** Writes a value type whose only attribute is a string {@code id} as that string. */
  private static final class IdSerializers extends Serializers.Base {
    @Override
    public ValueSerializer<?> findSerializer(
        SerializationConfig config,
        JavaType type,
        BeanDescription.Supplier description,
        com.fasterxml.jackson.annotation.JsonFormat.Value format) {
      return ValueTypes.idAccessor(type.getRawClass())
          .map(id -> text(Object.class, value -> (String) call(id, value)))
          .orElse(null);
    }
  }

  /** Reads a string id type from its text through its {@code of(String)} factory. */
  private static final class IdDeserializers extends Deserializers.Base {
    @Override
    public ValueDeserializer<?> findBeanDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription.Supplier description) {
      @SuppressWarnings("unchecked")
      Class<Object> raw = (Class<Object>) type.getRawClass();
      return factory(raw).map(of -> fromText(raw, text -> call(of, null, text))).orElse(null);
    }

    @Override
    public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
      return factory(valueType).isPresent();
    }

    private static Optional<Method> factory(Class<?> type) {
      if (ValueTypes.idAccessor(type).isEmpty() || !Modifier.isAbstract(type.getModifiers())) {
        return Optional.empty();
      }
      try {
        Method of = type.getMethod("of", String.class);
        return Modifier.isStatic(of.getModifiers()) && of.getReturnType() == type
            ? Optional.of(of)
            : Optional.empty();
      } catch (NoSuchMethodException e) {
        return Optional.empty();
      }
    }
  }

  private static Object call(Method method, Object target, Object... arguments) {
    try {
      return method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw new IllegalStateException(method + " failed", e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(method + " is not accessible", e);
    }
  }
}
