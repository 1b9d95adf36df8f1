package io.permanence.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of Permanence's public values (case files, deadlines, panel records, findings and
 * the engine's results), for vendors' APIs: a configured Jackson 3 {@link JsonMapper}, with no
 * annotation in core.
 *
 * <p>The shape (see the module's {@code README.md} for an example):
 *
 * <ul>
 *   <li>A value type of {@code io.permanence..} (an Immutables abstract type) is an object whose
 *       properties are exactly its attributes, named as their Java accessors ({@code dueDate},
 *       {@code isUasc}): the abstract accessors and the {@code @Value.Default} ones. Queries
 *       ({@code openActions()}, {@code isVerified()}, {@code dueAt()}) and lazily derived values
 *       ({@code CaseFile.planHistory()}, {@code Referral.paperwork()}) are not written.
 *   <li>Properties are in alphabetical order, so the output is stable whatever the JVM.
 *   <li>An empty {@code Optional} (and a {@code null}, which the values never hold) is omitted; an
 *       empty list is written as {@code []}.
 *   <li>Dates, times and durations are ISO-8601 strings ({@code "2026-03-16"}, {@code "17:00:00"},
 *       {@code "PT2H"}); enums are written by name ({@code "C2"}, {@code "OVERDUE"}).
 *   <li>A value whose only attribute is a string {@code id} ({@code AuthorityId}, {@code ChildId},
 *       {@code SiblingGroupId}, {@code PanelId}, {@code DecisionId}, {@code ActionId}, {@code
 *       ActorId}) is that string. {@code Role}, {@code DocumentType} and {@code ActionType} are
 *       objects {@code {"id", "name"}}, since an authority may define its own.
 *   <li>A {@code Timescale} is its text ({@code "26 weeks beginning with"}), a {@code
 *       CollectionYear} its text ({@code "2023-24"}), a {@code WorkingCalendar} its identity {@code
 *       {"firstYear", "id", "lastYear", "version"}} (not its holidays).
 * </ul>
 *
 * <p>Reading: the mapper reads back citations, timescales and the string ids; case files are not
 * read from JSON (the case-file CSV format is the lossless interchange).
 *
 * <p>The mapper is immutable and thread-safe; derive a variant with {@code
 * mapper().rebuild()...build()} or start from {@link #builder()}.
 */
public final class PermanenceJson {

  private static final JsonMapper MAPPER = builder().build();

  private PermanenceJson() {}

  /**
   * The configured mapper, shared.
   *
   * @return the mapper; immutable and thread-safe
   */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  /**
   * A new builder configured as {@link #mapper()}, for a caller who wants to add to it (indented
   * output, more modules).
   *
   * @return a new builder
   */
  public static JsonMapper.Builder builder() {
    return JsonMapper.builder()
        .accessorNaming(new ValueAccessorNaming())
        .addModule(new PermanenceModule())
        .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
        .enable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .disable(EnumFeature.WRITE_ENUMS_USING_TO_STRING)
        .disable(EnumFeature.READ_ENUMS_USING_TO_STRING)
        .changeDefaultPropertyInclusion(
            inclusion ->
                inclusion
                    .withValueInclusion(JsonInclude.Include.NON_ABSENT)
                    .withContentInclusion(JsonInclude.Include.NON_ABSENT));
  }
}
