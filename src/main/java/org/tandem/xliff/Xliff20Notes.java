package org.tandem.xliff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamException;

/** Reads a {@code <notes>} element of a file, group or unit: at least one note, ids unique among them. */
final class Xliff20Notes {
  private Xliff20Notes() {}

  /** Reads the current {@code <notes>} up to its end tag. */
  static List<Xliff20Unit.Note> read(XmlCursor cursor, String unit) throws XMLStreamException {
    Xliff20Parser.checkAttributes(cursor, unit);
    List<Xliff20Unit.Note> notes = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    while (cursor.nextChildOnly(unit, "notes")) {
      if (!cursor.isXliff("note")) {
        throw cursor.error(unit, "<" + cursor.qualifiedName() + "> may not stand inside <notes>; only <note>");
      }
      Xliff20Parser.checkAttributes(cursor, unit);
      String id = cursor.attr("id");
      if (id != null && !ids.add(id)) {
        throw cursor.error(unit, "two notes have the id '" + id + "'; note ids must be unique among their notes");
      }
      notes.add(new Xliff20Unit.Note(id, text(cursor, unit)));
    }
    if (notes.isEmpty()) {
      throw cursor.error(unit, "<notes> holds no <note>; it must hold at least one");
    }
    return notes;
  }

  /** A note's text; a note holds no elements. */
  private static String text(XmlCursor cursor, String unit) throws XMLStreamException {
    StringBuilder sb = new StringBuilder();
    while (true) {
      int event = cursor.next();
      if (XmlCursor.isText(event)) {
        sb.append(cursor.xml().getText());
      } else if (event == javax.xml.stream.XMLStreamConstants.START_ELEMENT) {
        throw cursor.error(unit, "a <note> holds only text, not <" + cursor.qualifiedName() + ">");
      } else if (event == javax.xml.stream.XMLStreamConstants.END_ELEMENT) {
        return sb.toString();
      }
    }
  }
}
