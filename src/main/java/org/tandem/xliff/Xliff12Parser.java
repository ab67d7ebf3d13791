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
import org.tandem.model.Lang;
import org.tandem.model.State;

/**
 * Walks one XLIFF 1.2 document: root, the single {@code <file>}, its header and body (with
 * {@code <group>}s, handled without recursion so that deep nesting cannot exhaust the stack) and the
 * units. Anything it does not need (alt-trans, seg-source, phase-group, context, extensions) is
 * skipped.
 */
final class Xliff12Parser {
  private final XmlCursor cursor;
  private final Map<String, Integer> unitLines = new HashMap<>();
  private final List<XliffUnit> units = new ArrayList<>();
  private String original;
  private String chapter;
  private Lang sourceLang;
  private Lang targetLang;

  Xliff12Parser(XmlCursor cursor) {
    this.cursor = cursor;
  }

  /** Reads the whole document, to its end, so that trailing garbage is noticed too. */
  XliffDocument parse() throws XMLStreamException {
    toRoot();
    checkRoot();
    boolean sawFile = false;
    while (cursor.nextChild()) {
      if (!cursor.isXliff("file")) {
        cursor.skipElement();
      } else if (sawFile) {
        throw cursor.error(null, "the XLIFF file holds more than one <file>; tandem exports one chapter"
            + " per XLIFF file, so import each chapter's own file");
      } else {
        readFile();
        sawFile = true;
      }
    }
    if (!sawFile) {
      throw cursor.error(null, "the XLIFF file contains no <file> element, so no translations");
    }
    while (cursor.next() != XMLStreamConstants.END_DOCUMENT) {
      // only comments and whitespace may follow; the parser refuses anything else
    }
    return new XliffDocument(original, chapter, sourceLang, targetLang, units);
  }

  private void toRoot() throws XMLStreamException {
    int event = cursor.xml().getEventType();
    while (event != XMLStreamConstants.START_ELEMENT) {
      event = cursor.next();
    }
  }

  private void checkRoot() {
    if (!"xliff".equals(cursor.local())) {
      throw cursor.error(null, "this is not an XLIFF file: it starts with <" + cursor.local()
          + ">, an XLIFF file starts with <xliff>");
    }
    String version = cursor.attr("version");
    String namespace = cursor.xml().getNamespaceURI();
    boolean two = (version != null && version.strip().startsWith("2"))
        || (namespace != null && namespace.startsWith("urn:oasis:names:tc:xliff:document:2"));
    if (two) {
      throw cursor.error(null, "XLIFF " + (version == null ? "2" : version.strip())
          + " is not supported yet; tandem reads XLIFF 1.2, please save or export the file as XLIFF 1.2");
    }
    if (!"1.2".equals(version == null ? null : version.strip())) {
      throw cursor.error(null, "XLIFF version '" + version + "' is not supported; tandem reads XLIFF 1.2");
    }
    cursor.useNamespace(namespace);
  }

  private void readFile() throws XMLStreamException {
    original = cursor.attr("original");
    if (original == null) {
      throw cursor.error(null, "the <file> element has no 'original' attribute naming the chapter's file");
    }
    sourceLang = lang("source-language", cursor.attr("source-language"));
    String target = cursor.attr("target-language");
    targetLang = target == null ? sourceLang.other() : lang("target-language", target);
    if (sourceLang == targetLang) {
      throw cursor.error(null, "source-language and target-language are both " + sourceLang);
    }
    boolean preserve = preserve(false);
    while (cursor.nextChild()) {
      if (cursor.isXliff("header")) {
        readHeader();
      } else if (cursor.isXliff("body")) {
        readBody(preserve);
      } else {
        cursor.skipElement();
      }
    }
  }

  private Lang lang(String attribute, String value) {
    if (value == null) {
      throw cursor.error(null, "the <file> element has no " + attribute);
    }
    try {
      return Lang.parse(value);
    } catch (IllegalArgumentException e) {
      throw cursor.error(null, "the file's " + attribute + " is '" + value
          + "'; tandem translates between German (de) and Turkish (tr)");
    }
  }

  private void readHeader() throws XMLStreamException {
    while (cursor.nextChild()) {
      boolean ours = cursor.isXliff("note") && Xliff12Writer.CHAPTER_NOTE_FROM.equals(cursor.attr("from"));
      String text = cursor.text().strip();
      if (ours && text.startsWith(Xliff12Writer.CHAPTER_NOTE_PREFIX)) {
        chapter = text.substring(Xliff12Writer.CHAPTER_NOTE_PREFIX.length()).strip();
      }
    }
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
    units.add(new XliffUnit(id, parts.source, parts.target, state, parts.notes, parts.rawState, preserve));
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

  /** What a unit's children gave so far. */
  private static final class UnitParts {
    Content source;
    Content target;
    String rawState;
    final List<String> notes = new ArrayList<>();
  }
}
