package org.tandem.xliff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.tandem.model.Content;
import org.tandem.model.State;

/**
 * Walks one XLIFF 1.2 document from its root: the {@code <file>}s, each one's header and body (with
 * {@code <group>}s, handled without recursion so that deep nesting cannot exhaust the stack) and
 * the units, which go to an {@link XliffHandler} one by one. Anything it does not need (alt-trans,
 * seg-source, phase-group, context, extensions) is skipped.
 */
final class Xliff12Parser {
  private final XmlCursor cursor;
  private final XliffHandler handler;
  private final Map<String, Integer> unitLines = new HashMap<>();
  private FileStart file;

  Xliff12Parser(XmlCursor cursor, XliffHandler handler) {
    this.cursor = cursor;
    this.handler = handler;
  }

  /** Reads the document from its root (already checked by {@link XliffRoot}) to its very end. */
  void parse() throws XMLStreamException {
    boolean sawFile = false;
    while (cursor.nextChild()) {
      if (cursor.isXliff("file")) {
        readFile();
        sawFile = true;
      } else {
        cursor.skipElement();
      }
    }
    if (!sawFile) {
      throw cursor.error(null, "the XLIFF file contains no <file> element, so no translations");
    }
    while (cursor.next() != XMLStreamConstants.END_DOCUMENT) {
      // only comments and whitespace may follow; the parser refuses anything else
    }
  }

  private void readFile() throws XMLStreamException {
    int line = cursor.line();
    String original = cursor.attr("original");
    if (original == null) {
      throw cursor.error(null, "the <file> element has no 'original' attribute naming the chapter's file");
    }
    String source = cursor.attr("source-language");
    if (source == null) {
      throw cursor.error(null, "the <file> element has no source-language");
    }
    file = new FileStart(original, source.strip(), strip(cursor.attr("target-language")), line, false);
    unitLines.clear(); // ids are unique per <file>
    boolean preserve = preserve(false);
    while (cursor.nextChild()) {
      if (cursor.isXliff("header")) {
        readHeader();
      } else if (cursor.isXliff("body")) {
        announce(null);
        readBody(preserve);
      } else {
        cursor.skipElement();
      }
    }
    announce(null);
  }

  private static String strip(String s) {
    return s == null ? null : s.strip();
  }

  /** Tells the handler about the file once, when its header (and so the chapter) is known. */
  private void announce(String chapter) {
    if (!file.announced()) {
      handler.file(new XliffFileInfo(XliffVersion.V1_2, null, file.original(), chapter,
          file.source(), file.target(), file.line()));
      file = new FileStart(file.original(), file.source(), file.target(), file.line(), true);
    }
  }

  private void readHeader() throws XMLStreamException {
    String chapter = null;
    while (cursor.nextChild()) {
      boolean ours = cursor.isXliff("note") && Xliff12Writer.CHAPTER_NOTE_FROM.equals(cursor.attr("from"));
      String text = cursor.text().strip();
      if (ours && text.startsWith(Xliff12Writer.CHAPTER_NOTE_PREFIX)) {
        chapter = text.substring(Xliff12Writer.CHAPTER_NOTE_PREFIX.length()).strip();
      }
    }
    announce(chapter);
  }

  /** Reads body and groups; the stack holds each open level's whitespace mode. */
  private void readBody(boolean preserve) throws XMLStreamException {
    Deque<Boolean> levels = new ArrayDeque<>();
    levels.push(preserve);
    while (!levels.isEmpty()) {
      if (!cursor.nextChild()) {
        levels.pop();
      } else if (cursor.isXliff("group")) {
        levels.push(preserve(levels.peek()));
      } else if (cursor.isXliff("trans-unit")) {
        readUnit(preserve(levels.peek()));
      } else {
        cursor.skipElement(); // bin-unit, extensions
      }
    }
  }

  /** Whether the current element keeps whitespace: its own xml:space, else the inherited mode. */
  private boolean preserve(boolean inherited) {
    String space = cursor.xmlAttr("space");
    return space == null ? inherited : "preserve".equals(space.strip());
  }

  private void readUnit(boolean preserve) throws XMLStreamException {
    int line = cursor.line();
    String id = unitId(line);
    UnitParts parts = new UnitParts();
    while (cursor.nextChild()) {
      readUnitChild(id, parts);
    }
    if (parts.source == null) {
      throw cursor.errorAt(line, id, "the unit has no <source>");
    }
    State state = Xliff12States.fromXliff(parts.rawState, XliffUnit.isFilled(parts.target));
    handler.unit(new XliffUnit(id, parts.source, parts.target, state, parts.notes, parts.rawState, preserve), line);
  }

  private String unitId(int line) {
    String id = cursor.attr("id");
    if (id == null || id.isEmpty()) {
      throw cursor.error(null, "a translation unit (<trans-unit>) has no id;"
          + " every unit must keep the id it had in the exported file");
    }
    Integer first = unitLines.putIfAbsent(id, line);
    if (first != null) {
      throw cursor.error(id,
          "the unit appears twice (first at line " + first + "); each unit may appear once");
    }
    return id;
  }

  private void readUnitChild(String id, UnitParts parts) throws XMLStreamException {
    if (cursor.isXliff("source") && parts.source == null) {
      parts.source = Xliff12ContentReader.read(cursor, id);
    } else if (cursor.isXliff("target") && parts.target == null) {
      parts.rawState = cursor.attr("state");
      parts.target = Xliff12ContentReader.read(cursor, id);
    } else if (cursor.isXliff("note")) {
      parts.notes.add(cursor.text());
    } else {
      cursor.skipElement(); // seg-source (<source> is authoritative), alt-trans, context, extensions
    }
  }

  /** The current {@code <file>}'s attributes, and whether the handler was told about it. */
  private record FileStart(String original, String source, String target, int line, boolean announced) {}

  /** What a unit's children gave so far. */
  private static final class UnitParts {
    Content source;
    Content target;
    String rawState;
    final List<String> notes = new ArrayList<>();
  }
}
