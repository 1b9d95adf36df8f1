package io.permanence.core.panel;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A role a person holds in the process (chair, IRO, social worker, ...): the library models roles,
 * never people.
 *
 * <p>A value of an id (lower case letters, digits and hyphens) and a readable name. Equal ids with
 * different names are different values; authorities define their own with {@link #of(String,
 * String)} beside the constants. {@link #toString()} is the id. Instances are immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Role {

  private static final Pattern ID = Pattern.compile("[a-z0-9-]+");

  /** The chair of a panel. */
  public static final Role CHAIR = of("chair", "Panel Chair");

  /** Independent Reviewing Officer. */
  public static final Role IRO = of("iro", "Independent Reviewing Officer");

  /** The child's social worker. */
  public static final Role SOCIAL_WORKER = of("social-worker", "Social Worker");

  /** The social worker's team manager. */
  public static final Role TEAM_MANAGER = of("team-manager", "Team Manager");

  /** A service manager. */
  public static final Role SERVICE_MANAGER = of("service-manager", "Service Manager");

  /** A head of service. */
  public static final Role HEAD_OF_SERVICE = of("head-of-service", "Head of Service");

  /** The operational director who signs off decisions (Barnet). */
  public static final Role OPERATIONAL_DIRECTOR =
      of("operational-director", "Operational Director");

  /** The permanence assurance lead (Barnet). */
  public static final Role PERMANENCE_ASSURANCE_LEAD =
      of("permanence-assurance-lead", "Permanence Assurance Lead");

  /** A legal adviser. */
  public static final Role LEGAL_ADVISER = of("legal-adviser", "Legal Adviser");

  /** The PLO manager (Buckinghamshire). */
  public static final Role PLO_MANAGER = of("plo-manager", "PLO Manager");

  /** The panel administrator or coordinator. */
  public static final Role PANEL_ADMINISTRATOR = of("panel-administrator", "Panel Administrator");

  /** The head of the virtual school. */
  public static final Role VIRTUAL_SCHOOL_HEAD = of("virtual-school-head", "Virtual School Head");

  /** The id, for example {@code iro}. */
  @Value.Parameter
  public abstract String id();

  /** The readable name. */
  @Value.Parameter
  public abstract String name();

  /**
   * A role.
   *
   * @param id lower case letters, digits and hyphens
   * @param name the readable name, not blank
   * @return the role
   */
  public static Role of(String id, String name) {
    return ImmutableRole.of(id, name);
  }

  @Value.Check
  final void check() {
    checkArgument(ID.matcher(id()).matches(), "role id must match [a-z0-9-]+ but was '%s'", id());
    checkArgument(
        !name().isBlank(), "role name must not be blank but was '%s' (id %s)", name(), id());
  }

  /** The id. */
  @Override
  public final String toString() {
    return id();
  }
}
