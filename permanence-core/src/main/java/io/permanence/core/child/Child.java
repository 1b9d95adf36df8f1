package io.permanence.core.child;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A child: the identity and the few personal facts the rules need.
 *
 * <p>A child has a date of birth or, while unborn, an expected date of birth (exactly one of the
 * two). An unborn child's record (planning before birth: unborn babies whose siblings were removed,
 * pre-birth PLO) is replaced by one with the date of birth once the child is born.
 *
 * <p>Ages are in whole years by calendar ({@link Period#between}): a child born on 29 February
 * becomes a year older on 1 March in a common year, as in the Family Law Reform Act 1969 s.9
 * reading that a person attains an age at the start of the anniversary of birth. {@link
 * #ageOn(LocalDate)} fails before birth; {@link #findAgeOn(LocalDate)} returns empty instead.
 *
 * <p>{@link #toString()} redacts the dates of birth. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Child {

  /** The child's id. */
  public abstract ChildId id();

  /** The date of birth; empty for an unborn child. Personal data: never log it. */
  public abstract Optional<LocalDate> dateOfBirth();

  /** The expected date of birth of an unborn child; empty once born. Personal data. */
  public abstract Optional<LocalDate> expectedDateOfBirth();

  /** Whether the child is or was an unaccompanied asylum-seeking child (SSDA903 UASC table). */
  @Value.Default
  public boolean isUasc() {
    return false;
  }

  /** The date UASC status ceased (SSDA903 {@code DUC}); only for a UASC. */
  public abstract Optional<LocalDate> uascCeasedOn();

  /** The child's sibling group, if planned for with brothers and sisters. */
  public abstract Optional<SiblingGroupId> siblingGroup();

  /** Whether the child has a disability (Children Act 1989 s.17(11)). */
  @Value.Default
  public boolean hasDisability() {
    return false;
  }

  /** A builder; {@code id} and one of the dates of birth are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A born child with no other facts recorded.
   *
   * @param id the id
   * @param dateOfBirth the date of birth
   * @return the child
   */
  public static Child of(ChildId id, LocalDate dateOfBirth) {
    return builder().id(id).dateOfBirth(dateOfBirth).build();
  }

  /**
   * An unborn child with an expected date of birth.
   *
   * @param id the id
   * @param expectedDateOfBirth the expected date of birth
   * @return the child
   */
  public static Child unborn(ChildId id, LocalDate expectedDateOfBirth) {
    return builder().id(id).expectedDateOfBirth(expectedDateOfBirth).build();
  }

  /** The builder of a {@link Child}; each attribute may be set once. */
  public static final class Builder extends ImmutableChild.Builder {}

  @Value.Check
  final void check() {
    // Each Optional read once, without lambdas: a child is checked for every record imported.
    Optional<LocalDate> born = dateOfBirth();
    checkArgument(
        born.isPresent() != expectedDateOfBirth().isPresent(),
        "child %s must have exactly one of dateOfBirth and expectedDateOfBirth but had %s",
        id(),
        born.isPresent() ? "both" : "neither");
    Optional<LocalDate> ceased = uascCeasedOn();
    if (ceased.isEmpty()) {
      return;
    }
    checkArgument(isUasc(), "child %s: uascCeasedOn requires isUasc but isUasc was false", id());
    if (born.isPresent()) {
      checkArgument(
          !ceased.get().isBefore(born.get()),
          "child %s: uascCeasedOn must not be before dateOfBirth but was before it",
          id());
    }
  }

  /**
   * Whether the child is not yet born on the date: before the date of birth, or on any date if only
   * an expected date of birth is recorded.
   *
   * @param date the date
   * @return true if unborn on that date
   */
  public final boolean isUnbornOn(LocalDate date) {
    return dateOfBirth().map(date::isBefore).orElse(true);
  }

  /**
   * The age in whole years on the date.
   *
   * @param date the date
   * @return the age, from 0
   * @throws IllegalArgumentException if the child is unborn on that date
   */
  public final int ageOn(LocalDate date) {
    return findAgeOn(date)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "child " + id() + " has no age on " + date + ": not born on that date"));
  }

  /**
   * The age in whole years on the date, if born by then.
   *
   * @param date the date
   * @return the age, or empty if the child is unborn on that date
   */
  public final Optional<Integer> findAgeOn(LocalDate date) {
    if (isUnbornOn(date)) {
      return Optional.empty();
    }
    return Optional.of(Period.between(dateOfBirth().orElseThrow(), date).getYears());
  }

  /**
   * The first date on which the child is the given age: the birthday, or 1 March for a child born
   * on 29 February in a common year.
   *
   * @param age the age in years, from 0
   * @return the date, or empty for an unborn child
   */
  public final Optional<LocalDate> findBirthday(int age) {
    checkArgument(age >= 0, "age must be >= 0 but was %s", age);
    return dateOfBirth()
        .map(
            born -> {
              LocalDate birthday = born.plusYears(age);
              return Period.between(born, birthday).getYears() < age
                  ? birthday.plusDays(1)
                  : birthday;
            });
  }

  /**
   * Whether the child is an unaccompanied asylum-seeking child on the date: UASC and the status has
   * not ceased by then ({@code DUC} is the first day without the status).
   *
   * @param date the date
   * @return true if UASC on that date
   */
  public final boolean isUascOn(LocalDate date) {
    return isUasc() && uascCeasedOn().map(date::isBefore).orElse(true);
  }

  /**
   * The child with the dates of birth redacted, for example {@code Child{id=C1,
   * dateOfBirth=<redacted>}}.
   */
  @Override
  public final String toString() {
    return "Child{id="
        + id()
        + (dateOfBirth().isPresent()
            ? ", dateOfBirth=<redacted>"
            : ", expectedDateOfBirth=<redacted>")
        + (isUasc() ? ", uasc" : "")
        + siblingGroup().map(group -> ", siblingGroup=" + group).orElse("")
        + (hasDisability() ? ", disability" : "")
        + "}";
  }
}
