package io.permanence.core.port;

/** What a change did to an entity. */
public enum AuditOperation {
  /** The entity was created; an entry has no "before". */
  CREATE,
  /** The entity was changed; an entry has both "before" and "after". */
  UPDATE,
  /** The entity was removed or replaced wholesale; an entry has no "after" if removed. */
  DELETE
}
