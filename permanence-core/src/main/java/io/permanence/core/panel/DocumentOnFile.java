package io.permanence.core.panel;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A document on the child's file: its type and the day it was put on file (or last updated), so
 * that a rule can ask whether the paperwork a panel needs is there and recent enough.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class DocumentOnFile {

  /** The type of document. */
  @Value.Parameter
  public abstract DocumentType type();

  /** The day it was put on file or last updated. */
  @Value.Parameter
  public abstract LocalDate dateOnFile();

  /**
   * A document on file.
   *
   * @param type the type
   * @param dateOnFile the day on file
   * @return the document
   */
  public static DocumentOnFile of(DocumentType type, LocalDate dateOnFile) {
    return ImmutableDocumentOnFile.of(type, dateOnFile);
  }
}
