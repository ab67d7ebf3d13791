package org.tandem.xliff;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.tandem.model.Content;
import org.tandem.model.TandemException;

/**
 * Writes an {@link XliffDocument} as XLIFF 2.0 core that validates against the OASIS schema and
 * keeps the standard's rules on ids.
 *
 * <p>Like the 1.2 writer: UTF-8 with an XML declaration, LF, two-space indentation, a final newline,
 * no dates, so the same document gives the same bytes. The root names {@code srcLang} and
 * {@code trgLang}; the single {@code <file>} has the chapter id as its {@code id} (the way the
 * chapter travels), the workspace-relative {@code original} and {@code canResegment="no"}, because
 * a unit is one of tandem's segments and must come back as one. Each unit is {@code <unit id="KEY">}
 * ({@code xml:space="preserve"} where whitespace matters) with its notes, the original data of its
 * codes, and one {@code <segment id="seg">} carrying the state ({@link Xliff20States}), the source and
 * the target if any; codes and ids as {@link Xliff20CodeLayout} plans them; offered translations
 * in the Matches module ({@link Xliff20MatchWriter}). Characters XML cannot
 * hold are written as {@code <cp>} in text and data; in ids and notes they are refused with a
 * {@link TandemException} naming the unit, as is an id that is not an XML name token.
 */
public final class Xliff20Writer {
  /** The XLIFF 2 namespace. */
  public static final String NAMESPACE = XliffRoot.NAMESPACE_20;

  /** Writes the document to {@code out} (left open). */
  public void write(XliffDocument doc, OutputStream out) throws IOException {
    try {
      XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      newline(xml, 0);
      xml.writeStartElement("xliff");
      xml.writeDefaultNamespace(NAMESPACE);
      xml.writeAttribute("version", "2.0");
      xml.writeAttribute("srcLang", doc.sourceLang().code());
      xml.writeAttribute("trgLang", doc.targetLang().code());
      writeFile(xml, doc);
      newline(xml, 0);
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close(); // flushes; does not close out
    } catch (XMLStreamException e) {
      throw new IOException("could not write XLIFF: " + e.getMessage(), e);
    }
  }

  private void writeFile(XMLStreamWriter xml, XliffDocument doc) throws XMLStreamException {
    newline(xml, 1);
    xml.writeStartElement("file");
    xml.writeAttribute("id", token(doc.chapter() == null ? "f1" : doc.chapter(), "the chapter id", null));
    if (!doc.original().isEmpty()) {
      xml.writeAttribute("original", relative(doc.original()));
    }
    xml.writeAttribute("canResegment", "no");
    for (XliffUnit unit : doc.units()) {
      writeUnit(xml, unit);
    }
    newline(xml, 1);
    xml.writeEndElement();
  }

  private static String relative(String original) {
    if (original.startsWith("/") || original.contains("\\") || original.matches("^[A-Za-z]:.*")) {
      throw new IllegalArgumentException(
          "XLIFF 'original' must be a workspace-relative path with '/', not " + original);
    }
    return checkedAttribute(original, "the original", null);
  }

  private void writeUnit(XMLStreamWriter xml, XliffUnit unit) throws XMLStreamException {
    newline(xml, 2);
    xml.writeStartElement("unit");
    xml.writeAttribute("id", token(unit.id(), "the unit id", unit.id()));
    if (unit.preserveSpace()) {
      xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "space", "preserve");
    }
    new Xliff20MatchWriter(xml).write(unit.matches(), 3);
    writeNotes(xml, unit);
    Xliff20CodeLayout layout = Xliff20CodeLayout.plan(unit.source(), unit.target());
    writeData(xml, layout.data(), 3);
    writeSegment(xml, unit, layout);
    newline(xml, 2);
    xml.writeEndElement();
  }

  private void writeNotes(XMLStreamWriter xml, XliffUnit unit) throws XMLStreamException {
    if (unit.notes().isEmpty()) {
      return;
    }
    newline(xml, 3);
    xml.writeStartElement("notes");
    for (String note : unit.notes()) {
      int bad = Xml10.firstNonChar(note);
      if (bad >= 0) {
        throw new TandemException(null, 0, 0, unit.id(),
            "a note contains the character " + Xml10.name(bad) + ", which XLIFF cannot hold", null);
      }
      newline(xml, 4);
      xml.writeStartElement("note");
      new Xliff20ContentWriter(xml).writeText(note);
      xml.writeEndElement();
    }
    newline(xml, 3);
    xml.writeEndElement();
  }

  /** Writes {@code <originalData>} at {@code depth}, when there is data. */
  static void writeData(XMLStreamWriter xml, Map<String, String> data, int depth) throws XMLStreamException {
    if (data.isEmpty()) {
      return;
    }
    newline(xml, depth);
    xml.writeStartElement("originalData");
    for (Map.Entry<String, String> d : data.entrySet()) {
      newline(xml, depth + 1);
      xml.writeStartElement("data");
      xml.writeAttribute("id", d.getKey());
      new Xliff20ContentWriter(xml).writeText(d.getValue());
      xml.writeEndElement();
    }
    newline(xml, depth);
    xml.writeEndElement();
  }

  private void writeSegment(XMLStreamWriter xml, XliffUnit unit, Xliff20CodeLayout layout)
      throws XMLStreamException {
    newline(xml, 3);
    xml.writeStartElement("segment");
    xml.writeAttribute("id", Xliff20CodeLayout.SEGMENT_ID);
    xml.writeAttribute("state", Xliff20States.toXliff(unit.target() == null ? org.tandem.model.State.NEW : unit.state()));
    String subState = unit.target() == null ? null : Xliff20States.subState(unit.state());
    if (subState != null) {
      xml.writeAttribute("subState", subState);
    }
    writeContent(xml, "source", unit.source(), layout.source());
    if (unit.target() != null) {
      writeContent(xml, "target", unit.target(), layout.target());
    }
    newline(xml, 3);
    xml.writeEndElement();
  }

  private void writeContent(XMLStreamWriter xml, String element, Content content,
      Map<Integer, Xliff20CodeLayout.Placed> placed) throws XMLStreamException {
    newline(xml, 4);
    xml.writeStartElement(element);
    new Xliff20ContentWriter(xml).write(content.pieces(), placed);
    xml.writeEndElement();
  }

  /** An id as written: it must be an XML name token, or the file would be invalid. */
  private static String token(String id, String what, String unit) {
    if (!Xml10.isNmtoken(id)) {
      throw new TandemException(null, 0, 0, unit, what + " '" + id + "' cannot be an XLIFF 2 id"
          + " (only letters, digits, '.', '-', '_' and ':' are allowed)", null);
    }
    return id;
  }

  /** An attribute value as written; control characters are refused, as parsers would turn them into spaces. */
  static String checkedAttribute(String value, String what, String unit) {
    int bad = Xml10.firstNonChar(value);
    bad = bad >= 0 ? bad : value.chars().filter(c -> c < 0x20).findFirst().orElse(-1);
    if (bad >= 0) {
      throw new TandemException(null, 0, 0, unit,
          what + " contains the character " + Xml10.name(bad) + ", which XLIFF cannot hold", null);
    }
    return value;
  }

  private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
  }
}
