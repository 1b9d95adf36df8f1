package io.permanence.core.reference;

/**
 * SSDA903 participation of the child in a statutory review ({@code REVIEW_CODE}). PN0 is for a
 * child aged under 4 at the time of the review (validator rules 440 and 441 check age against
 * code).
 */
public enum ReviewParticipationCode implements Code {
  PN0("Child aged under 4 at the time of the review"),
  PN1("Child physically attends and speaks for him or herself"),
  PN2("Child physically attends and an advocate speaks on his or her behalf"),
  PN3("Child attends and conveys his or her view symbolically (non-verbally)"),
  PN4(
      "Child physically attends but does not speak for him or herself, does not convey views"
          + " symbolically and does not ask an advocate to speak for him or her"),
  PN5(
      "Child does not attend physically but briefs an advocate to speak for him or her (views"
          + " represented by advocate or IRO through texting, written format, phone, audio/video,"
          + " viewpoint)"),
  PN6(
      "Child does not attend but conveys his or her feelings to the review by a facilitative medium"),
  PN7("Child does not attend nor are his or her views conveyed to the review");

  private final String description;
  private final Validity validity;

  ReviewParticipationCode(String description, Validity validity) {
    this.description = description;
    this.validity = validity;
  }

  ReviewParticipationCode(String description) {
    this(description, Validity.always());
  }

  /** The code as returned: the constant's name. */
  @Override
  public String code() {
    return name();
  }

  /** The DfE description. */
  @Override
  public String description() {
    return description;
  }

  /** The collection years in which the code may be returned. */
  @Override
  public Validity validity() {
    return validity;
  }

  /** Whether the child's views were conveyed to the review in some way (PN1 to PN6). */
  public boolean isViewsConveyed() {
    return this != PN0 && this != PN7;
  }
}
