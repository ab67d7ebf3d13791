package org.tandem.tm;

import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.tandem.io.Stax;
import org.tandem.model.Code;
import org.tandem.model.CodeKind;
import org.tandem.model.Content;
import org.tandem.model.Piece;
import org.tandem.model.Text;

/**
 * Writes segment content as the inside of a TMX {@code <seg>}: a pair of codes as
 * {@code <bpt i="N" x="ID" type="T">}/{@code <ept i="N">}, a half whose partner is in another
 * segment as {@code <it pos="begin|end" x="ID">}, a standalone code as {@code <ph x="ID">}; the
 * element's text is the code's Markdown data. {@code x} keeps tandem's code id, so that the tags
 * come back as they were; {@code i} numbers the pairs of the segment.
 */
final class TmxSegWriter {
  private final XMLStreamWriter xml;

  TmxSegWriter(XMLStreamWriter xml) {
    this.xml = xml;
  }

  /** Writes the content; the caller has checked that every character can be written. */
  void write(Content content) throws XMLStreamException {
    List<Piece> pieces = content.pieces();
    int[] partners = content.codePartners();
    int pair = 0;
    int[] pairOf = new int[pieces.size()];
    for (int i = 0; i < pieces.size(); i++) {
      Piece piece = pieces.get(i);
      if (piece instanceof Text t) {
        chars(t.value());
      } else if (piece instanceof Code c) {
        if (partners[i] >= 0 && c.kind() == CodeKind.OPEN) {
          pairOf[i] = ++pair;
          pairOf[partners[i]] = pair;
        }
        code(c, partners[i] >= 0, pairOf[i]);
      }
    }
  }

  private void code(Code code, boolean paired, int pair) throws XMLStreamException {
    String x = Integer.toString(code.id());
    if (code.kind() == CodeKind.PLACEHOLDER) {
      xml.writeStartElement("ph");
      xml.writeAttribute("x", x);
      type(code);
    } else if (!paired) {
      xml.writeStartElement("it");
      xml.writeAttribute("pos", code.kind() == CodeKind.OPEN ? "begin" : "end");
      xml.writeAttribute("x", x);
      type(code);
    } else if (code.kind() == CodeKind.OPEN) {
      xml.writeStartElement("bpt");
      xml.writeAttribute("i", Integer.toString(pair));
      xml.writeAttribute("x", x);
      type(code);
    } else {
      xml.writeStartElement("ept");
      xml.writeAttribute("i", Integer.toString(pair));
    }
    chars(code.data());
    xml.writeEndElement();
  }

  private void type(Code code) throws XMLStreamException {
    if (!code.type().isEmpty()) {
      xml.writeAttribute("type", code.type());
    }
  }

  /** Text; a carriage return as {@code &#13;}, as a raw one would be read back as a line feed. */
  void chars(String s) throws XMLStreamException {
    Stax.writeText(xml, s);
  }

  /** True when every character of the content (text and code data) can stand in XML 1.0. */
  static boolean writable(Content content) {
    for (Piece piece : content.pieces()) {
      String s = piece instanceof Text t ? t.value() : ((Code) piece).data();
      if (!isXmlText(s) || (piece instanceof Code c && !isXmlText(c.type()))) {
        return false;
      }
    }
    return true;
  }

  /** True when {@code s} holds only characters XML 1.0 allows. */
  static boolean isXmlText(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
          || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
      if (!ok) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }
}
