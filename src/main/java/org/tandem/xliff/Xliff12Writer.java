package org.tandem.xliff;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.tandem.model.Code;
import org.tandem.model.TandemException;

/**
 * Writes an {@link XliffDocument} as XLIFF 1.2 that validates against the OASIS strict schema.
 *
 * <p>The output is UTF-8 with an XML declaration, LF line ends, two-space indentation and a final
 * newline, and carries no date or version, so the same document always gives the same bytes. The
 * single {@code <file>} has {@code original} (workspace-relative, never absolute),
 * {@code source-language}, {@code target-language}, {@code datatype} (x-markdown, html, plaintext, ...) and
 * {@code tool-id="tandem"}, declared by {@code <header><tool>}. The chapter id travels as a header
 * note {@code <note from="tandem">chapter: ID</note>}: strict XLIFF 1.2 has no attribute meant for
 * it, extension attributes would need a schema of our own to validate strictly, and CAT tools keep
 * the header as it is. Each unit is {@code <trans-unit id="KEY" xml:space="preserve">} (so tools do
 * not collapse whitespace), with {@code approved="yes"} when reviewed or final, its
 * {@code <source>}, a {@code <target state="...">} when there is a target (see
 * {@link Xliff12States}), a {@code <note>} per note, and an {@code <alt-trans>} per offered
 * translation ({@link XliffMatch}: memory matches, the previous version). Inline codes, and text characters XML
 * 1.0 cannot hold (kept as {@code x-tandem-char} placeholders), are described in
 * {@link Xliff12ContentWriter}; such characters in ids, notes or code data are refused with a
 * {@link TandemException} naming the unit, because they cannot be written without loss.
 */
public final class Xliff12Writer {
  /** The XLIFF 1.2 namespace. */
  public static final String NAMESPACE = "urn:oasis:names:tc:xliff:document:1.2";
  /** The {@code from} of the header note that carries the chapter id. */
  static final String CHAPTER_NOTE_FROM = "tandem";
  /** What precedes the chapter id in that note. */
  static final String CHAPTER_NOTE_PREFIX = "chapter: ";

  private static final String TOOL = "tandem";

  /** Writes the document to {@code out} (left open). */
  public void write(XliffDocument doc, OutputStream out) throws IOException {
    checkOriginal(doc.original());
    try {
      XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      writeRoot(xml, doc);
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close(); // flushes; does not close out
    } catch (XMLStreamException e) {
      throw new IOException("could not write XLIFF: " + e.getMessage(), e);
    }
  }

  private static void checkOriginal(String original) {
    if (original.startsWith("/") || original.contains("\\") || original.matches("^[A-Za-z]:.*")) {
      throw new IllegalArgumentException(
          "XLIFF 'original' must be a workspace-relative path with '/', not " + original);
    }
  }

  /** XLIFF 1.2's name for the kind of document, by the source file's extension. */
  static String datatype(String original) {
    String name = original.substring(original.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
    String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
    return switch (ext) {
      case "html", "htm" -> "html";
      case "xhtml" -> "xhtml";
      case "txt" -> "plaintext";
      case "md", "markdown", "" -> "x-markdown";
      default -> "x-" + ext;
    };
  }

  private void writeRoot(XMLStreamWriter xml, XliffDocument doc) throws XMLStreamException {
    newline(xml, 0);
    xml.writeStartElement("xliff");
    xml.writeDefaultNamespace(NAMESPACE);
    xml.writeAttribute("version", "1.2");
    newline(xml, 1);
    xml.writeStartElement("file");
    attribute(xml, "original", doc.original(), null);
    xml.writeAttribute("source-language", doc.sourceLang().code());
    xml.writeAttribute("target-language", doc.targetLang().code());
    xml.writeAttribute("datatype", datatype(doc.original()));
    xml.writeAttribute("tool-id", TOOL);
    writeHeader(xml, doc.chapter());
    writeBody(xml, doc);
    newline(xml, 1);
    xml.writeEndElement();
    newline(xml, 0);
    xml.writeEndElement();
  }

  private void writeHeader(XMLStreamWriter xml, String chapter) throws XMLStreamException {
    newline(xml, 2);
    xml.writeStartElement("header");
    newline(xml, 3);
    xml.writeEmptyElement("tool");
    xml.writeAttribute("tool-id", TOOL);
    xml.writeAttribute("tool-name", TOOL);
    if (chapter != null) {
      newline(xml, 3);
      xml.writeStartElement("note");
      xml.writeAttribute("from", CHAPTER_NOTE_FROM);
      text(xml, CHAPTER_NOTE_PREFIX + chapter, "the chapter id", null);
      xml.writeEndElement();
    }
    newline(xml, 2);
    xml.writeEndElement();
  }

  private void writeBody(XMLStreamWriter xml, XliffDocument doc) throws XMLStreamException {
    newline(xml, 2);
    xml.writeStartElement("body");
    for (XliffUnit unit : doc.units()) {
      writeUnit(xml, unit);
    }
    newline(xml, 2);
    xml.writeEndElement();
  }

  private void writeUnit(XMLStreamWriter xml, XliffUnit unit) throws XMLStreamException {
    newline(xml, 3);
    xml.writeStartElement("trans-unit");
    attribute(xml, "id", unit.id(), unit.id());
    if (unit.target() != null && Xliff12States.isApproved(unit.state())) {
      xml.writeAttribute("approved", "yes");
    }
    if (unit.preserveSpace()) {
      xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "space", "preserve");
    }
    writeContents(xml, unit);
    for (String note : unit.notes()) {
      newline(xml, 4);
      xml.writeStartElement("note");
      text(xml, note, "a note", unit.id());
      xml.writeEndElement();
    }
    for (XliffMatch match : unit.matches()) {
      writeMatch(xml, unit.id(), match);
    }
    newline(xml, 3);
    xml.writeEndElement();
  }

  /**
   * An offered translation as {@code <alt-trans match-quality="87" origin="..." alttranstype="...">}
   * with its own {@code <source>} and {@code <target>}; {@code alttranstype} is written only for
   * the previous version, as {@code proposal} is the schema's default.
   */
  private void writeMatch(XMLStreamWriter xml, String unit, XliffMatch match) throws XMLStreamException {
    newline(xml, 4);
    xml.writeStartElement("alt-trans");
    xml.writeAttribute("match-quality", Integer.toString(match.quality()));
    if (!match.origin().isEmpty()) {
      attribute(xml, "origin", match.origin(), unit);
    }
    if (match.kind() == XliffMatch.Kind.PREVIOUS_VERSION) {
      xml.writeAttribute("alttranstype", "previous-version");
    }
    Xliff12ContentWriter content = new Xliff12ContentWriter(xml, unit);
    int firstCharId = Math.max(maxCodeId(match.source()), maxCodeId(match.target())) + 1;
    newline(xml, 5);
    xml.writeStartElement("source");
    content.write(match.source(), firstCharId);
    xml.writeEndElement();
    newline(xml, 5);
    xml.writeStartElement("target");
    content.write(match.target(), firstCharId);
    xml.writeEndElement();
    newline(xml, 4);
    xml.writeEndElement();
  }

  private static int maxCodeId(org.tandem.model.Content content) {
    return content.codes().stream().mapToInt(Code::id).max().orElse(0);
  }

  private void writeContents(XMLStreamWriter xml, XliffUnit unit) throws XMLStreamException {
    Xliff12ContentWriter content = new Xliff12ContentWriter(xml, unit.id());
    int firstCharId = maxCodeId(unit) + 1;
    newline(xml, 4);
    xml.writeStartElement("source");
    content.write(unit.source(), firstCharId);
    xml.writeEndElement();
    if (unit.target() != null) {
      newline(xml, 4);
      xml.writeStartElement("target");
      xml.writeAttribute("state", Xliff12States.toXliff(unit.state()));
      content.write(unit.target(), firstCharId);
      xml.writeEndElement();
    }
  }

  private static int maxCodeId(XliffUnit unit) {
    int max = unit.source().codes().stream().mapToInt(Code::id).max().orElse(0);
    if (unit.target() != null) {
      max = Math.max(max, unit.target().codes().stream().mapToInt(Code::id).max().orElse(0));
    }
    return max;
  }

  /** Writes element text of our own (notes, the chapter): it must be representable as it is. */
  private static void text(XMLStreamWriter xml, String value, String what, String unit)
      throws XMLStreamException {
    refuseNonChars(value, what, unit, false);
    new Xliff12ContentWriter(xml, unit).writeChars(value);
  }

  /** Writes an attribute; control characters are refused as parsers would turn them into spaces. */
  private static void attribute(XMLStreamWriter xml, String name, String value, String unit)
      throws XMLStreamException {
    refuseNonChars(value, "the " + name, unit, true);
    xml.writeAttribute(name, value);
  }

  private static void refuseNonChars(String value, String what, String unit, boolean inAttribute) {
    int bad = inAttribute ? firstControl(value) : Xml10.firstNonChar(value);
    if (bad >= 0) {
      throw new TandemException(null, 0, 0, unit,
          what + " contains the character " + Xml10.name(bad) + ", which XLIFF cannot hold", null);
    }
  }

  private static int firstControl(String value) {
    int bad = Xml10.firstNonChar(value);
    return bad >= 0 ? bad : value.chars().filter(c -> c < 0x20).findFirst().orElse(-1);
  }

  private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
  }
}
