package io.permanence.rules.northsomerset;

import static io.permanence.rules.northsomerset.NorthSomersetReferrals.day;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.child.ChildId;
import io.permanence.core.evaluation.AuthoritySettings;
import io.permanence.core.legal.CareProceedings;
import io.permanence.core.legal.CourtOrder;
import io.permanence.core.legal.LegalStatusPeriod;
import io.permanence.core.legal.PreProceedings;
import io.permanence.core.reference.LegalStatusCode;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * NSomerset §4 s2: "Legal data is triangulated against the tracker on an ongoing basis to ensure
 * dates are correct."
 *
 * <p>Compares the legal data of two sources of case files for the same children — for example an
 * SSDA903 import (first) and the tracker's own case files (second) — and lists every discrepancy
 * with both values (I-NSO-14). Children are matched by id. Compared, for the fields chosen:
 *
 * <ul>
 *   <li>{@link Field#CHILD}: a child in one source only.
 *   <li>{@link Field#LEGAL_STATUS}: the legal status on each date where either source's statuses
 *       start or end (up to {@code asOf}); consecutive dates with the same difference are one
 *       discrepancy, dated at the first.
 *   <li>{@link Field#LEGAL_STATUS_START}: the start of the n-th period of each legal status.
 *   <li>{@link Field#PLO_START}, {@link Field#PLO_END}: of the n-th pre-proceedings stage.
 *   <li>{@link Field#ISSUE_DATE}, {@link Field#CASE_MANAGEMENT_HEARING}, {@link
 *       Field#ISSUES_RESOLUTION_HEARING}, {@link Field#FINAL_HEARING}, {@link Field#FINAL_ORDER}:
 *       of the n-th care proceedings (ordered by the decision to issue).
 *   <li>{@link Field#COURT_ORDERS}: the day the n-th order of each type was made, or its absence.
 * </ul>
 *
 * <p>Dates differing by no more than the tolerance ({@code reconcile-date-tolerance}, none by
 * default) are not discrepancies; a date present in one source and absent in the other always is.
 * Immutable and thread-safe.
 */
public final class LegalDataReconciliation {

  /** A field compared between the two sources. */
  public enum Field {
    /** The child is in one source only. */
    CHILD,
    /** The legal status on a date. */
    LEGAL_STATUS,
    /** The start date of a legal status period. */
    LEGAL_STATUS_START,
    /** The start of pre-proceedings. */
    PLO_START,
    /** The end of pre-proceedings. */
    PLO_END,
    /** The day care proceedings were issued. */
    ISSUE_DATE,
    /** The case management hearing. */
    CASE_MANAGEMENT_HEARING,
    /** The issues resolution hearing. */
    ISSUES_RESOLUTION_HEARING,
    /** The final hearing. */
    FINAL_HEARING,
    /** The day of the final order. */
    FINAL_ORDER,
    /** Court orders (type and day made). */
    COURT_ORDERS
  }

  private final Set<Field> fields;
  private final Period tolerance;

  private LegalDataReconciliation(Set<Field> fields, Period tolerance) {
    this.fields = Sets.immutableEnumSet(fields);
    this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
    if (tolerance.isNegative()) {
      throw new IllegalArgumentException("tolerance must not be negative but was " + tolerance);
    }
  }

  /**
   * A reconciliation of the given fields.
   *
   * @param fields the fields compared
   * @param tolerance the largest difference between dates that is not a discrepancy
   * @return the reconciliation
   */
  public static LegalDataReconciliation of(Set<Field> fields, Period tolerance) {
    return new LegalDataReconciliation(
        fields.isEmpty() ? EnumSet.noneOf(Field.class) : EnumSet.copyOf(fields), tolerance);
  }

  /**
   * The reconciliation the authority's settings describe ({@code reconcile-fields}, {@code
   * reconcile-date-tolerance}).
   *
   * @param settings North Somerset's settings
   * @return the reconciliation
   */
  public static LegalDataReconciliation from(AuthoritySettings settings) {
    return of(
        settings.get(NorthSomersetSettings.RECONCILE_FIELDS),
        settings.get(NorthSomersetSettings.RECONCILE_DATE_TOLERANCE));
  }

  /**
   * Every discrepancy between two sources' legal data as known on a date.
   *
   * @param first the first source's case files (for example an SSDA903 import)
   * @param second the second source's case files (for example the tracker's)
   * @param asOf the date; records after it are ignored
   * @return the discrepancies, by child id, then field, then date
   */
  public List<Discrepancy> reconcile(
      Collection<CaseFile> first, Collection<CaseFile> second, LocalDate asOf) {
    Map<ChildId, CaseFile> firstById = byId(first);
    Map<ChildId, CaseFile> secondById = byId(second);
    TreeSet<ChildId> ids = new TreeSet<>(java.util.Comparator.comparing(ChildId::toString));
    ids.addAll(firstById.keySet());
    ids.addAll(secondById.keySet());
    List<Discrepancy> result = new ArrayList<>();
    for (ChildId id : ids) {
      CaseFile a = firstById.get(id);
      CaseFile b = secondById.get(id);
      if (a == null || b == null) {
        if (fields.contains(Field.CHILD)) {
          result.add(
              Discrepancy.of(
                  id,
                  Field.CHILD,
                  "child",
                  a == null ? "missing" : "present",
                  b == null ? "missing" : "present"));
        }
        continue;
      }
      compareStatusOnDates(id, a, b, asOf, result);
      compareNth(
          id,
          Field.LEGAL_STATUS_START,
          groupByKey(statusesUpTo(a, asOf), p -> p.code().name()),
          groupByKey(statusesUpTo(b, asOf), p -> p.code().name()),
          p -> Optional.of(p.start()),
          "legal status ",
          result);
      List<PreProceedings> ploA = ploUpTo(a, asOf);
      List<PreProceedings> ploB = ploUpTo(b, asOf);
      compareIndexed(
          id, Field.PLO_START, ploA, ploB, p -> Optional.of(p.start()), "PLO", asOf, result);
      compareIndexed(id, Field.PLO_END, ploA, ploB, PreProceedings::end, "PLO", asOf, result);
      List<CareProceedings> procA = a.careProceedings();
      List<CareProceedings> procB = b.careProceedings();
      compareIndexed(
          id,
          Field.ISSUE_DATE,
          procA,
          procB,
          CareProceedings::issuedOn,
          "proceedings",
          asOf,
          result);
      compareIndexed(
          id,
          Field.CASE_MANAGEMENT_HEARING,
          procA,
          procB,
          CareProceedings::caseManagementHearingOn,
          "proceedings",
          asOf,
          result);
      compareIndexed(
          id,
          Field.ISSUES_RESOLUTION_HEARING,
          procA,
          procB,
          CareProceedings::issuesResolutionHearingOn,
          "proceedings",
          asOf,
          result);
      compareIndexed(
          id,
          Field.FINAL_HEARING,
          procA,
          procB,
          CareProceedings::finalHearingOn,
          "proceedings",
          asOf,
          result);
      compareIndexed(
          id,
          Field.FINAL_ORDER,
          procA,
          procB,
          CareProceedings::finalOrderOn,
          "proceedings",
          asOf,
          result);
      compareNth(
          id,
          Field.COURT_ORDERS,
          groupByKey(ordersUpTo(a, asOf), o -> o.type().name()),
          groupByKey(ordersUpTo(b, asOf), o -> o.type().name()),
          o -> Optional.of(o.madeOn()),
          "order ",
          result);
    }
    return ImmutableList.copyOf(result);
  }

  private void compareStatusOnDates(
      ChildId id, CaseFile a, CaseFile b, LocalDate asOf, List<Discrepancy> result) {
    if (!fields.contains(Field.LEGAL_STATUS)) {
      return;
    }
    TreeSet<LocalDate> dates = new TreeSet<>();
    for (CaseFile file : List.of(a, b)) {
      for (LegalStatusPeriod period : file.legalStatusPeriods()) {
        dates.add(period.start());
        period.end().ifPresent(dates::add);
      }
    }
    dates.add(asOf);
    String previous = null;
    for (LocalDate date : dates.headSet(asOf, true)) {
      String first = statusOn(a, date);
      String second = statusOn(b, date);
      String pair = first + "|" + second;
      if (!first.equals(second)) {
        if (!pair.equals(previous)) {
          result.add(Discrepancy.of(id, Field.LEGAL_STATUS, "on " + day(date), first, second));
        }
        previous = pair;
      } else {
        previous = null;
      }
    }
  }

  private static String statusOn(CaseFile file, LocalDate date) {
    return file.findLegalStatusOn(date)
        .map(LegalStatusPeriod::code)
        .map(LegalStatusCode::name)
        .orElse("none");
  }

  private <T> void compareNth(
      ChildId id,
      Field field,
      Map<String, List<T>> first,
      Map<String, List<T>> second,
      Function<T, Optional<LocalDate>> date,
      String label,
      List<Discrepancy> result) {
    if (!fields.contains(field)) {
      return;
    }
    TreeMap<String, Boolean> keys = new TreeMap<>();
    first.keySet().forEach(k -> keys.put(k, true));
    second.keySet().forEach(k -> keys.put(k, true));
    for (String key : keys.keySet()) {
      List<T> a = first.getOrDefault(key, List.of());
      List<T> b = second.getOrDefault(key, List.of());
      for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
        Optional<LocalDate> x = i < a.size() ? date.apply(a.get(i)) : Optional.empty();
        Optional<LocalDate> y = i < b.size() ? date.apply(b.get(i)) : Optional.empty();
        if (differ(x, y)) {
          result.add(Discrepancy.of(id, field, label + key + " #" + (i + 1), text(x), text(y)));
        }
      }
    }
  }

  private <T> void compareIndexed(
      ChildId id,
      Field field,
      List<T> a,
      List<T> b,
      Function<T, Optional<LocalDate>> date,
      String label,
      LocalDate asOf,
      List<Discrepancy> result) {
    if (!fields.contains(field)) {
      return;
    }
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      Optional<LocalDate> x =
          i < a.size() ? date.apply(a.get(i)).filter(d -> !d.isAfter(asOf)) : Optional.empty();
      Optional<LocalDate> y =
          i < b.size() ? date.apply(b.get(i)).filter(d -> !d.isAfter(asOf)) : Optional.empty();
      if (differ(x, y)) {
        result.add(Discrepancy.of(id, field, label + " #" + (i + 1), text(x), text(y)));
      }
    }
  }

  private boolean differ(Optional<LocalDate> x, Optional<LocalDate> y) {
    if (x.isPresent() != y.isPresent()) {
      return true;
    }
    if (x.isEmpty()) {
      return false;
    }
    long days = Math.abs(ChronoUnit.DAYS.between(x.get(), y.get()));
    LocalDate later = x.get().isAfter(y.get()) ? x.get() : y.get();
    LocalDate earlier = x.get().isAfter(y.get()) ? y.get() : x.get();
    return days > 0 && earlier.plus(tolerance).isBefore(later);
  }

  private static String text(Optional<LocalDate> date) {
    return date.map(NorthSomersetReferrals::day).orElse("none");
  }

  private static List<LegalStatusPeriod> statusesUpTo(CaseFile file, LocalDate asOf) {
    return file.legalStatusPeriods().stream().filter(p -> !p.start().isAfter(asOf)).toList();
  }

  private static List<PreProceedings> ploUpTo(CaseFile file, LocalDate asOf) {
    return file.preProceedings().stream().filter(p -> !p.start().isAfter(asOf)).toList();
  }

  private static List<CourtOrder> ordersUpTo(CaseFile file, LocalDate asOf) {
    return file.courtOrders().stream().filter(o -> !o.madeOn().isAfter(asOf)).toList();
  }

  private static <T> Map<String, List<T>> groupByKey(List<T> items, Function<T, String> key) {
    Map<String, List<T>> groups = new LinkedHashMap<>();
    for (T item : items) {
      groups.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item);
    }
    return groups;
  }

  private static Map<ChildId, CaseFile> byId(Collection<CaseFile> files) {
    Map<ChildId, CaseFile> map = new LinkedHashMap<>();
    for (CaseFile file : files) {
      if (map.put(file.childId(), file) != null) {
        throw new IllegalArgumentException(
            "each source must hold one case file per child but "
                + file.childId()
                + " appears twice");
      }
    }
    return map;
  }

  /** The reconciliation as text: its fields and tolerance. */
  @Override
  public String toString() {
    return "LegalDataReconciliation{fields=" + fields + ", tolerance=" + tolerance + "}";
  }
}
