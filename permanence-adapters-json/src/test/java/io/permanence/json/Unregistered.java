package io.permanence.json;

/** A hand-written type of {@code io.permanence..} that no serializer knows. */
public final class Unregistered {

  /** A getter that Jackson's default naming would write, and the attribute rule does not. */
  public String getName() {
    return "unregistered";
  }
}
