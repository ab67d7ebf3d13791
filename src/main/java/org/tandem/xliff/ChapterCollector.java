package org.tandem.xliff;

import java.util.ArrayList;
import java.util.List;

/** Keeps the header and units of one chapter file, to make an {@link XliffDocument} of them. */
final class ChapterCollector implements XliffChapterHandler {
  private XliffDocument header;
  private final List<XliffUnit> units = new ArrayList<>();

  @Override
  public void header(XliffDocument h) {
    header = h;
  }

  @Override
  public void unit(XliffUnit unit, int line) {
    units.add(unit);
  }

  /** The document read; a file without {@code <file>} never gets here (the parsers refuse it). */
  XliffDocument document() {
    return new XliffDocument(header.original(), header.chapter(), header.sourceLang(), header.targetLang(), units);
  }
}
