package org.tandem.xliff;

import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.tandem.io.Stax;
import org.tandem.model.Code;
import org.tandem.model.CodeKind;
import org.tandem.model.Content;
import org.tandem.model.Piece;
import org.tandem.model.TandemException;
import org.tandem.model.Text;

/**
 * Writes the inside of a {@code <source>} or {@code <target>}: text and inline codes.
 *
 * <p>A pair of codes within the content becomes {@code <bpt id="N">}/{@code <ept id="N">} (paired by
 * their shared id, as Okapi and OmegaT do); a half whose partner is in another segment becomes
 * {@code <it pos="open|close">}; a standalone code {@code <ph>}. The element's content is the code's
 * Markdown data. A character XML 1.0 cannot hold (a control character, a lone surrogate) becomes
 * {@code <ph ctype="x-tandem-char">U+0001</ph>}, which {@link Xliff12ContentReader} turns back into
 * the character: nothing is lost and the file stays well-formed. In code data such a character
 * cannot be wrapped, so it is refused with a {@link TandemException} naming the unit.
 */
final class Xliff12ContentWriter {
  private final XMLStreamWriter xml;
  private final String unit;
  private int nextCharId;

  /** A writer for the contents of one unit. */
  Xliff12ContentWriter(XMLStreamWriter xml, String unit) {
    this.xml = xml;
    this.unit = unit;
  }

  /** Writes the pieces; char placeholders are numbered from {@code firstCharId}, an id no code uses. */
  void write(Content content, int firstCharId) throws XMLStreamException {
    nextCharId = firstCharId;
    List<Piece> pieces = content.pieces();
    int[] partners = content.codePartners();
    for (int i = 0; i < pieces.size(); i++) {
      if (pieces.get(i) instanceof Text t) {
        writeText(t.value());
      } else {
        writeCode((Code) pieces.get(i), partners[i] >= 0);
      }
    }
  }

  private void writeCode(Code code, boolean paired) throws XMLStreamException {
    String id = Integer.toString(code.id());
    if (code.kind() == CodeKind.PLACEHOLDER) {
      start("ph", id, Xliff12CodeTypes.placeholder(code.type()));
    } else if (!paired) {
      start("it", id, Xliff12CodeTypes.delimiter(code.type()));
      xml.writeAttribute("pos", code.kind() == CodeKind.OPEN ? "open" : "close");
    } else if (code.kind() == CodeKind.OPEN) {
      start("bpt", id, Xliff12CodeTypes.delimiter(code.type()));
    } else {
      start("ept", id, null); // the strict schema has no ctype on ept
    }
    writeData(code);
    xml.writeEndElement();
  }

  private void start(String element, String id, String ctype) throws XMLStreamException {
    xml.writeStartElement(element);
    xml.writeAttribute("id", id);
    if (ctype != null) {
      xml.writeAttribute("ctype", ctype);
    }
  }

  private void writeData(Code code) throws XMLStreamException {
    int bad = Xml10.firstNonChar(code.data());
    if (bad >= 0) {
      throw new TandemException(null, 0, 0, unit,
          "inline code " + code.tag() + " contains the character " + Xml10.name(bad)
              + ", which XLIFF (XML 1.0) cannot hold; remove it from the source document", null);
    }
    writeChars(code.data());
  }

  /** Writes text, wrapping characters XML cannot hold in char placeholders. */
  private void writeText(String text) throws XMLStreamException {
    int start = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (!Xml10.isChar(cp)) {
        writeChars(text.substring(start, i));
        writeCharPlaceholder(cp);
        start = next;
      }
      i = next;
    }
    writeChars(text.substring(start));
  }

  private void writeCharPlaceholder(int cp) throws XMLStreamException {
    start("ph", Integer.toString(nextCharId++), Xliff12CodeTypes.CHAR_CTYPE);
    xml.writeCharacters(Xml10.name(cp));
    xml.writeEndElement();
  }

  /** Writes legal characters, a carriage return as {@code &#13;} (see {@link Stax#writeText}). */
  void writeChars(String s) throws XMLStreamException {
    Stax.writeText(xml, s);
  }
}
