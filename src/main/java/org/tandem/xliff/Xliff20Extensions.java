package org.tandem.xliff;

import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

/**
 * Extension and module elements in a file, group or unit: tolerated and skipped, but an element a
 * module does not define is an error, and ids inside them ({@code id} or {@code xml:id}) must be
 * unique within the enclosing file, group or unit, as the standard requires.
 */
final class Xliff20Extensions {
  private Xliff20Extensions() {}

  /** True when the current element is an extension's or a module's (not in the XLIFF namespace). */
  static boolean isExtension(XmlCursor cursor) {
    return !cursor.isXliff();
  }

  /** Skips the current extension element; its ids go into {@code ids} (one set per file, group or unit). */
  static void skip(XmlCursor cursor, String unit, Set<String> ids) throws XMLStreamException {
    String bad = Xliff20Modules.elementProblem(cursor.xml().getNamespaceURI(), cursor.local());
    if (bad != null) {
      throw cursor.error(unit, bad);
    }
    int depth = 0;
    do {
      int event = cursor.xml().getEventType();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
        if (!cursor.isXliff()) { // XLIFF content inside a module (a match's source) has ids of its own
          collect(cursor, unit, ids);
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
      if (depth > 0) {
        cursor.next();
      }
    } while (depth > 0);
  }

  private static void collect(XmlCursor cursor, String unit, Set<String> ids) {
    for (int i = 0; i < cursor.xml().getAttributeCount(); i++) {
      String ns = cursor.xml().getAttributeNamespace(i);
      boolean isId = "id".equals(cursor.xml().getAttributeLocalName(i))
          && (ns == null || ns.isEmpty() || XMLConstants.XML_NS_URI.equals(ns));
      if (isId) {
        add(cursor, unit, ids, cursor.xml().getAttributeValue(i));
      }
    }
  }

  private static void add(XmlCursor cursor, String unit, Set<String> ids, String id) {
    if (!ids.add(id)) {
      throw cursor.error(unit, "the id '" + id + "' is used twice by extension elements in the same"
          + " file, group or unit; such ids must be unique there");
    }
  }
}
