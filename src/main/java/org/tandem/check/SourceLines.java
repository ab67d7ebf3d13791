package org.tandem.check;

/** Where a unit stands in the file a report points at (the chapter's source, or an XLIFF file). */
@FunctionalInterface
public interface SourceLines {
  /** No line known for any unit. */
  SourceLines NONE = (chapter, unit) -> 0;

  /** The 1-based line of the unit in its chapter's file, or 0 when unknown. */
  int line(String chapter, String unit);
}
