package io.permanence.core.panel;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The kind of an action agreed at a panel (BCP ToR section 6 lists examples).
 *
 * <p>A value of an id (lower case letters, digits and hyphens) and a readable name. Equal ids with
 * different names are different values; authorities define their own with {@link #of(String,
 * String)} beside the constants. {@link #toString()} is the id. Instances are immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class ActionType {

  private static final Pattern ID = Pattern.compile("[a-z0-9-]+");

  /** Convene a permanence planning meeting and record the plan (BCP ToR 6(i)). */
  public static final ActionType PERMANENCE_PLANNING_MEETING =
      of("permanence-planning-meeting", "Convene a permanence planning meeting");

  /** Refer to a legal gateway or legal planning meeting (BCP ToR 6(ii)). */
  public static final ActionType LEGAL_REFERRAL = of("legal-referral", "Refer for legal advice");

  /** Convene a looked-after review (BCP ToR 6(iii)). */
  public static final ActionType CONVENE_REVIEW = of("convene-review", "Convene a CLA review");

  /** Start the dispute resolution process (BCP ToR 6(iii)). */
  public static final ActionType DISPUTE_RESOLUTION =
      of("dispute-resolution", "Initiate the dispute resolution process");

  /** Complete an assessment (BCP ToR 6(iv)). */
  public static final ActionType ASSESSMENT = of("assessment", "Complete an assessment");

  /** Provide support or intervention (BCP ToR 6(v)). */
  public static final ActionType SUPPORT = of("support", "Provide support or intervention");

  /** Update the child's record (plan, case notes, tracker). */
  public static final ActionType UPDATE_RECORD = of("update-record", "Update the record");

  /** Anything else; the description says what. */
  public static final ActionType OTHER = of("other", "Other");

  /** The id, for example {@code permanence-planning-meeting}. */
  @Value.Parameter
  public abstract String id();

  /** The readable name. */
  @Value.Parameter
  public abstract String name();

  /**
   * A action type.
   *
   * @param id lower case letters, digits and hyphens
   * @param name the readable name, not blank
   * @return the action type
   */
  public static ActionType of(String id, String name) {
    return ImmutableActionType.of(id, name);
  }

  @Value.Check
  final void check() {
    checkArgument(
        ID.matcher(id()).matches(), "action type id must match [a-z0-9-]+ but was '%s'", id());
    checkArgument(
        !name().isBlank(), "action type name must not be blank but was '%s' (id %s)", name(), id());
  }

  /** The id. */
  @Override
  public final String toString() {
    return id();
  }
}
