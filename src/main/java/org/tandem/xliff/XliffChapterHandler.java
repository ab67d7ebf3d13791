package org.tandem.xliff;

/** Receives a chapter's XLIFF file as it is read: its header first, then each unit. */
public interface XliffChapterHandler {
  /** The file's original, chapter and languages; {@code header.units()} is empty. */
  void header(XliffDocument header);

  /** One unit; {@code line} is where it starts. */
  void unit(XliffUnit unit, int line);
}
