package io.permanence.rules.bcp;

import io.permanence.core.panel.Role;

/**
 * The roles of the BCP Permanence Panel (ToR section 3). The library models roles, never people.
 */
public final class BcpRoles {

  /** Core member and chair: Service Manager, Children in Care (§3 s1). */
  public static final Role SERVICE_MANAGER_CHILDREN_IN_CARE =
      Role.of("service-manager-children-in-care", "Service Manager - Children in Care (Chair)");

  /**
   * Core member: Service Manager for the IRO Service (§3 s1); the authority's default escalation
   * for drift, through the IRO Dispute Resolution process (§1 ¶3 s2).
   */
  public static final Role SERVICE_MANAGER_IRO =
      Role.of("service-manager-iro", "Service Manager for IRO Service");

  private BcpRoles() {}
}
