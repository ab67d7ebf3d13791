package org.tandem.xliff;

import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.tandem.model.Code;
import org.tandem.model.Piece;
import org.tandem.model.Text;

/**
 * Writes the inside of an XLIFF 2.0 {@code <source>}, {@code <target>} or {@code <data>}: text, and
 * inline codes as {@link Xliff20CodeLayout} placed them. A character XML 1.0 cannot hold (a control
 * character, a lone surrogate) becomes {@code <cp hex="0001"/>}, the standard's own way, so nothing
 * is lost; a carriage return goes out as {@code &#13;} so that parsers do not turn it into a line feed.
 */
final class Xliff20ContentWriter {
  private final XMLStreamWriter xml;

  Xliff20ContentWriter(XMLStreamWriter xml) {
    this.xml = xml;
  }

  /** Writes content whose codes were placed by a layout. */
  void write(List<Piece> pieces, Map<Integer, Xliff20CodeLayout.Placed> placed) throws XMLStreamException {
    for (int i = 0; i < pieces.size(); i++) {
      if (pieces.get(i) instanceof Text t) {
        writeText(t.value());
      } else {
        writeCode((Code) pieces.get(i), placed.get(i));
      }
    }
  }

  private void writeCode(Code code, Xliff20CodeLayout.Placed p) throws XMLStreamException {
    switch (p.form()) {
      case PC_END -> xml.writeEndElement();
      case PC_START -> {
        xml.writeStartElement("pc");
        xml.writeAttribute("id", p.id());
        optional("dataRefStart", p.dataRef());
        optional("dataRefEnd", p.dataRefEnd());
        typeAttributes(code.type());
      }
      case PH -> empty("ph", "id", p.id(), null, p.dataRef(), code.type());
      case SC -> empty("sc", "id", p.id(), null, p.dataRef(), code.type());
      case SC_ISOLATED -> empty("sc", "id", p.id(), "yes", p.dataRef(), code.type());
      case EC -> empty("ec", "startRef", p.startRef(), null, p.dataRef(), code.type());
      case EC_ISOLATED -> empty("ec", "id", p.id(), "yes", p.dataRef(), code.type());
    }
  }

  /** An empty code element: its id (or startRef), isolated, dataRef, type and subType, in that order. */
  private void empty(String element, String idName, String id, String isolated, String dataRef, String type)
      throws XMLStreamException {
    xml.writeEmptyElement(element);
    xml.writeAttribute(idName, id);
    optional("isolated", isolated);
    optional("dataRef", dataRef);
    typeAttributes(type);
  }

  private void typeAttributes(String type) throws XMLStreamException {
    Xliff20CodeTypes.Attributes a = Xliff20CodeTypes.of(type);
    optional("type", a.type());
    optional("subType", a.subType());
  }

  private void optional(String name, String value) throws XMLStreamException {
    if (value != null) {
      xml.writeAttribute(name, value);
    }
  }

  /** Writes text, turning characters XML cannot hold into {@code <cp>} and CR into a reference. */
  void writeText(String text) throws XMLStreamException {
    int start = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (!Xml10.isChar(cp) || cp == '\r') {
        xml.writeCharacters(text.substring(start, i));
        if (cp == '\r') {
          xml.writeEntityRef("#13");
        } else {
          xml.writeEmptyElement("cp");
          xml.writeAttribute("hex", String.format("%04X", cp));
        }
        start = next;
      }
      i = next;
    }
    xml.writeCharacters(text.substring(start));
  }
}
