package io.permanence.rules.buckinghamshire;

import com.google.common.collect.ImmutableList;
import io.permanence.core.panel.DocumentType;
import java.util.List;
import java.util.stream.Stream;

/**
 * The papers a case type needs at a Buckinghamshire panel, as listed in the panel's section and in
 * Appendix 1; {@link #papers(PaperworkSource)} combines them as the setting says (I-BUC-03).
 *
 * <p>Immutable and thread-safe.
 */
public final class Checklist {

  private final ImmutableList<DocumentType> section;
  private final ImmutableList<DocumentType> appendix;

  private Checklist(List<DocumentType> section, List<DocumentType> appendix) {
    this.section = ImmutableList.copyOf(section);
    this.appendix = ImmutableList.copyOf(appendix);
  }

  /**
   * A checklist from the section's list and Appendix 1's list (either may be empty).
   *
   * @param section the papers in the panel's section
   * @param appendix the papers in Appendix 1
   * @return the checklist
   */
  public static Checklist of(List<DocumentType> section, List<DocumentType> appendix) {
    return new Checklist(section, appendix);
  }

  /** The papers the panel's section lists. */
  public ImmutableList<DocumentType> section() {
    return section;
  }

  /** The papers Appendix 1 lists. */
  public ImmutableList<DocumentType> appendix() {
    return appendix;
  }

  /**
   * The papers required under the given reading, section papers first, without repeats.
   *
   * @param source which lists count
   * @return the papers
   */
  public ImmutableList<DocumentType> papers(PaperworkSource source) {
    Stream<DocumentType> papers;
    switch (source) {
      case APPENDIX_ONLY:
        papers = (appendix.isEmpty() ? section : appendix).stream();
        break;
      case SECTION_ONLY:
        papers = (section.isEmpty() ? appendix : section).stream();
        break;
      default:
        papers = Stream.concat(section.stream(), appendix.stream());
    }
    return papers.distinct().collect(ImmutableList.toImmutableList());
  }

  /**
   * A copy without one paper (for example the birth certificate of an unborn baby, I-BUC-04).
   *
   * @param paper the paper to leave out
   * @return the copy
   */
  public Checklist without(DocumentType paper) {
    return new Checklist(
        section.stream().filter(p -> !p.equals(paper)).toList(),
        appendix.stream().filter(p -> !p.equals(paper)).toList());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Checklist c && c.section.equals(section) && c.appendix.equals(appendix);
  }

  @Override
  public int hashCode() {
    return section.hashCode() * 31 + appendix.hashCode();
  }

  /** The checklist as text: {@code "Checklist{section=[...], appendix=[...]}"}. */
  @Override
  public String toString() {
    return "Checklist{section=" + section + ", appendix=" + appendix + "}";
  }
}
