package org.tandem.xliff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

/**
 * Reads the inside of an XLIFF 2 {@code <source>}, {@code <target>} or {@code <data>} into a flat list
 * of {@link Xliff20Inline} pieces, without recursion (deep nesting cannot exhaust the stack). Each
 * element's attributes are checked; an element the standard does not allow there is an error;
 * {@code <cp hex="...">} becomes its character, and must name one XML cannot hold.
 */
final class Xliff20InlineReader {
  private static final Set<String> EMPTY = Set.of("ph", "sc", "ec", "sm", "em");
  private static final Set<String> SPANS = Set.of("pc", "mrk");

  private final XmlCursor cursor;
  private final String unit;
  private final boolean dataOnly;
  private final List<Xliff20Inline> pieces = new ArrayList<>();
  private final List<Xliff20Inline> open = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private int textLine;

  private Xliff20InlineReader(XmlCursor cursor, String unit, boolean dataOnly) {
    this.cursor = cursor;
    this.unit = unit;
    this.dataOnly = dataOnly;
  }

  /** Reads the current element's content up to and including its end tag. */
  static List<Xliff20Inline> read(XmlCursor cursor, String unit, boolean dataOnly) throws XMLStreamException {
    return new Xliff20InlineReader(cursor, unit, dataOnly).readAll();
  }

  private List<Xliff20Inline> readAll() throws XMLStreamException {
    String parent = cursor.local();
    while (true) {
      int event = cursor.next();
      if (XmlCursor.isText(event)) {
        if (text.length() == 0) {
          textLine = cursor.line();
        }
        text.append(cursor.xml().getText());
      } else if (event == XMLStreamConstants.START_ELEMENT) {
        startElement(parent);
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        if (open.isEmpty()) {
          flush();
          return pieces;
        }
        Xliff20Inline start = open.remove(open.size() - 1);
        add(new Xliff20Inline(Xliff20Inline.Kind.END, start.name(), start.attributes(), "", cursor.line()));
      }
    }
  }

  private void startElement(String parent) throws XMLStreamException {
    String name = cursor.local();
    boolean allowed = cursor.isXliff() && (name.equals("cp") || !dataOnly && (EMPTY.contains(name) || SPANS.contains(name)));
    if (!allowed) {
      throw cursor.error(unit, "<" + cursor.qualifiedName() + "> may not stand inside <" + parent + ">"
          + (dataOnly ? " (only text and <cp>)" : " (only text and the inline elements of XLIFF 2)"));
    }
    String bad = Xliff20Attributes.problem(cursor.xml(), cursor.namespace());
    if (bad != null) {
      throw cursor.error(unit, bad);
    }
    if (name.equals("cp")) {
      codePoint(cursor.attr("hex"));
      cursor.skipElement();
      return;
    }
    Xliff20Inline piece = new Xliff20Inline(SPANS.contains(name) ? Xliff20Inline.Kind.START : Xliff20Inline.Kind.EMPTY,
        name, attributes(), "", cursor.line());
    add(piece);
    if (SPANS.contains(name)) {
      open.add(piece);
    } else if (cursor.nextChildOnly(unit, name)) {
      throw cursor.error(unit, "<" + name + "> must be empty, but holds <" + cursor.qualifiedName() + ">");
    }
  }

  private void codePoint(String hex) {
    long cp = hex.length() > 8 ? Long.MAX_VALUE : Long.parseLong(hex, 16);
    if (cp > Character.MAX_CODE_POINT) {
      throw cursor.error(unit, "<cp hex=\"" + hex + "\"> names no Unicode character");
    }
    if (Xml10.isChar((int) cp)) {
      throw cursor.error(unit, "<cp hex=\"" + hex + "\"> stands for " + Xml10.name((int) cp)
          + ", which XML can hold as it is; <cp> is only for characters XML cannot hold");
    }
    if (text.length() == 0) {
      textLine = cursor.line();
    }
    text.appendCodePoint((int) cp);
  }

  private Map<String, String> attributes() {
    Map<String, String> attributes = new LinkedHashMap<>();
    for (int i = 0; i < cursor.xml().getAttributeCount(); i++) {
      String ns = cursor.xml().getAttributeNamespace(i);
      if (ns == null || ns.isEmpty()) {
        attributes.put(cursor.xml().getAttributeLocalName(i), cursor.xml().getAttributeValue(i));
      }
    }
    return attributes;
  }

  private void add(Xliff20Inline piece) {
    flush();
    pieces.add(piece);
  }

  private void flush() {
    if (text.length() > 0) {
      pieces.add(new Xliff20Inline(Xliff20Inline.Kind.TEXT, "", Map.of(), text.toString(), textLine));
      text.setLength(0);
    }
  }
}
