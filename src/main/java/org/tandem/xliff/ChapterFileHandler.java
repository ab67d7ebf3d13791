package org.tandem.xliff;

import java.util.List;
import org.tandem.model.Lang;
import org.tandem.model.TandemException;

/**
 * Reads a file meant for one chapter of a workspace: exactly one {@code <file>}, translating German
 * into Turkish or Turkish into German. Hands on a header (an {@link XliffDocument} without units)
 * and then the units, or stops with an error naming the file and line.
 */
final class ChapterFileHandler implements XliffHandler {
  private final String name;
  private final XliffChapterHandler target;
  private XliffFileInfo seen;

  ChapterFileHandler(String name, XliffChapterHandler target) {
    this.name = name;
    this.target = target;
  }

  @Override
  public void file(XliffFileInfo file) {
    if (seen != null) {
      throw new TandemException(name, file.line(), 0, null, "the XLIFF file holds more than one <file>;"
          + " tandem exports one chapter per XLIFF file, so import each chapter's own file", null);
    }
    seen = file;
    Lang source = lang(file, file.version().sourceAttribute(), file.sourceLanguage());
    Lang target = file.targetLanguage() == null ? source.other()
        : lang(file, file.version().targetAttribute(), file.targetLanguage());
    if (source == target) {
      throw new TandemException(name, file.line(), 0, null, file.version().sourceAttribute() + " and "
          + file.version().targetAttribute() + " are both " + source, null);
    }
    this.target.header(new XliffDocument(file.original(), file.chapter(), source, target, List.of()));
  }

  private Lang lang(XliffFileInfo file, String attribute, String value) {
    try {
      return Lang.parse(value);
    } catch (IllegalArgumentException e) {
      throw new TandemException(name, file.line(), 0, null, "the file's " + attribute + " is '" + value
          + "'; tandem translates between German (de) and Turkish (tr)", null);
    }
  }

  @Override
  public void unit(XliffUnit unit, int line) {
    target.unit(unit, line);
  }
}
