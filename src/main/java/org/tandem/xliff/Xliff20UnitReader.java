package org.tandem.xliff;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamException;

/**
 * Reads one XLIFF 2 {@code <unit>}: extensions, notes, original data, and its segments and
 * ignorables, in the order the standard prescribes, checking each element's attributes and the
 * languages and whitespace handling of sources and targets.
 */
final class Xliff20UnitReader {
  /**
   * What a unit inherits and must agree with.
   *
   * @param file the enclosing file's id
   * @param srcLang the document's source language
   * @param trgLang the document's target language, or null
   * @param lang the inherited xml:lang, or null
   * @param space the inherited xml:space ({@code default} or {@code preserve})
   */
  record Scope(String file, String srcLang, String trgLang, String lang, String space) {
    /** The scope inside the current element, which may set xml:lang and xml:space. */
    Scope enter(XmlCursor cursor) {
      String l = cursor.xmlAttr("lang");
      String s = cursor.xmlAttr("space");
      return new Scope(file, srcLang, trgLang, l == null ? lang : l, s == null ? space : s);
    }
  }

  private final XmlCursor cursor;
  private final Xliff20Unit unit;
  private final Scope scope;

  private Xliff20UnitReader(XmlCursor cursor, Xliff20Unit unit, Scope scope) {
    this.cursor = cursor;
    this.unit = unit;
    this.scope = scope;
  }

  /** Reads the current {@code <unit>} (attributes already checked) up to its end tag. */
  static Xliff20Unit read(XmlCursor cursor, String id, Scope outer) throws XMLStreamException {
    Scope scope = outer.enter(cursor);
    Xliff20Unit unit = new Xliff20Unit(outer.file(), id, cursor.line());
    unit.preserve = "preserve".equals(scope.space());
    new Xliff20UnitReader(cursor, unit, scope).readChildren();
    return unit;
  }

  private void readChildren() throws XMLStreamException {
    Set<String> extensionIds = new HashSet<>();
    int stage = 0; // 0 extensions, 1 notes, 2 original data, 3 segments and ignorables
    while (cursor.nextChildOnly(unit.id, "unit")) {
      if (Xliff20Extensions.isExtension(cursor)) {
        order(stage, 0, "extension elements");
        Xliff20Extensions.skip(cursor, unit.id, extensionIds);
      } else if (cursor.isXliff("notes")) {
        order(stage, 1, "<notes>");
        stage = 1;
        unit.notes.addAll(Xliff20Notes.read(cursor, unit.id));
      } else if (cursor.isXliff("originalData")) {
        order(stage, 2, "<originalData>");
        stage = 2;
        readData();
      } else if (cursor.isXliff("segment") || cursor.isXliff("ignorable")) {
        stage = 3;
        readPart(cursor.local().equals("segment"));
      } else {
        throw cursor.error(unit.id, "<" + cursor.qualifiedName() + "> may not stand inside <unit>");
      }
    }
    if (unit.parts.stream().noneMatch(Xliff20Unit.Part::segment)) {
      throw cursor.errorAt(unit.line, unit.id, "the unit has no <segment>; every unit needs at least one");
    }
  }

  /** Refuses an element that comes after what must follow it (or a second notes or original data). */
  private void order(int stage, int own, String what) {
    if (stage >= own && (own > 0 || stage > 0)) {
      throw cursor.error(unit.id, what + " must come " + (own == 0 ? "first" : "only once")
          + " in a <unit>, in the order: extensions, <notes>, <originalData>, segments");
    }
  }

  private void readData() throws XMLStreamException {
    Xliff20Parser.checkAttributes(cursor, unit.id);
    while (cursor.nextChildOnly(unit.id, "originalData")) {
      if (!cursor.isXliff("data")) {
        throw cursor.error(unit.id, "<" + cursor.qualifiedName() + "> may not stand inside <originalData>; only <data>");
      }
      Xliff20Parser.checkAttributes(cursor, unit.id);
      String id = cursor.attr("id");
      StringBuilder sb = new StringBuilder();
      for (Xliff20Inline piece : Xliff20InlineReader.read(cursor, unit.id, true)) {
        sb.append(piece.text());
      }
      if (unit.data.put(id, sb.toString()) != null) {
        throw cursor.error(unit.id, "two <data> elements have the id '" + id + "'; data ids must be unique in a unit");
      }
    }
    if (unit.data.isEmpty()) {
      throw cursor.error(unit.id, "<originalData> holds no <data>; it must hold at least one");
    }
  }

  private void readPart(boolean segment) throws XMLStreamException {
    String element = segment ? "segment" : "ignorable";
    Xliff20Parser.checkAttributes(cursor, unit.id);
    int line = cursor.line();
    String id = cursor.attr("id");
    String state = cursor.attr("state");
    String subState = cursor.attr("subState");
    if (!cursor.nextChildOnly(unit.id, element) || !cursor.isXliff("source")) {
      throw cursor.error(unit.id, (segment ? "a" : "an") + " <" + element + "> must start with its <source>");
    }
    Content source = content(scope.srcLang(), "srcLang", "source");
    Content target = null;
    if (cursor.nextChildOnly(unit.id, element)) {
      if (!cursor.isXliff("target")) {
        throw cursor.error(unit.id, "<" + cursor.qualifiedName() + "> may not stand inside <" + element
            + ">; only one <source> and one <target>");
      }
      if (scope.trgLang() == null) {
        throw cursor.error(unit.id, "the unit has a <target>, but <xliff> names no trgLang");
      }
      target = content(scope.trgLang(), "trgLang", "target");
      if (!target.space().equals(source.space())) {
        throw cursor.error(unit.id, "the <target> has xml:space=\"" + target.space() + "\" but its <source> \""
            + source.space() + "\"; they must be the same");
      }
      if (cursor.nextChildOnly(unit.id, element)) {
        throw cursor.error(unit.id, "<" + cursor.qualifiedName() + "> may not stand inside <" + element
            + ">; only one <source> and one <target>");
      }
    }
    unit.parts.add(new Xliff20Unit.Part(segment, id, state, subState, source.pieces(),
        target == null ? null : target.pieces(), target == null ? null : target.order(), line));
  }

  /** A source or target as read, with its whitespace mode and order. */
  private record Content(List<Xliff20Inline> pieces, String space, String order) {}

  private Content content(String documentLang, String attribute, String element) throws XMLStreamException {
    Xliff20Parser.checkAttributes(cursor, unit.id);
    Scope inner = scope.enter(cursor);
    if (inner.lang() != null && !Xliff20Languages.isUnder(inner.lang(), documentLang)) {
      throw cursor.error(unit.id, "the <" + element + "> is in the language '" + inner.lang()
          + "' (xml:lang, perhaps inherited), but <xliff> says " + attribute + "=\"" + documentLang + "\"");
    }
    String order = cursor.attr("order");
    return new Content(Xliff20InlineReader.read(cursor, unit.id, false), inner.space(), order);
  }
}
