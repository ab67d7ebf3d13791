package org.tandem.xliff;

import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tandem.model.TandemException;

/** A StAX reader with the few moves the XLIFF parsers need, and errors that say where they are. */
final class XmlCursor {
  /** The message for a file with a DOCTYPE: the door to XXE and billion-laughs attacks. */
  static final String DTD_MESSAGE = "XLIFF files must not contain a DTD or entity declarations"
      + " (<!DOCTYPE ...>); remove it or save the file again from your translation tool";

  /** The XInclude namespace: an include could pull a local file into the text. */
  static final String XINCLUDE = "http://www.w3.org/2001/XInclude";
  /** The message for an XInclude element. */
  static final String XINCLUDE_MESSAGE = "XLIFF files must not use XInclude (<xi:include>): it could"
      + " pull local files into the translation; remove it or save the file again from your translation tool";

  private final XMLStreamReader xml;
  private final String file;
  private String namespace = "";

  XmlCursor(XMLStreamReader xml, String file) {
    this.xml = xml;
    this.file = file;
  }

  /** The file's name as used in messages. */
  String file() {
    return file;
  }

  /** The underlying reader. */
  XMLStreamReader xml() {
    return xml;
  }

  /** Takes the namespace of the XLIFF elements (that of the root) for {@link #isXliff}. */
  void useNamespace(String uri) {
    namespace = Objects.requireNonNullElse(uri, "");
  }

  /** Advances one event; a DOCTYPE or an XInclude element is refused wherever it is. */
  int next() throws XMLStreamException {
    int event = xml.next();
    if (event == XMLStreamConstants.DTD) {
      // the reader stands at the DOCTYPE's end; name the line where it starts
      long lines = String.valueOf(xml.getText()).chars().filter(c -> c == '\n').count();
      throw errorAt(Math.max(1, line() - (int) lines), null, DTD_MESSAGE);
    }
    if (event == XMLStreamConstants.START_ELEMENT && XINCLUDE.equals(xml.getNamespaceURI())) {
      throw error(null, XINCLUDE_MESSAGE);
    }
    return event;
  }

  /** Moves to the next child element of the current one: true there, false at the parent's end. */
  boolean nextChild() throws XMLStreamException {
    while (true) {
      int event = next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        return true;
      }
      if (event == XMLStreamConstants.END_ELEMENT || event == XMLStreamConstants.END_DOCUMENT) {
        return false;
      }
    }
  }

  /**
   * Like {@link #nextChild}, for elements whose content is only elements: text other than
   * whitespace is an error naming {@code parent}.
   */
  boolean nextChildOnly(String unit, String parent) throws XMLStreamException {
    while (true) {
      int event = next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        return true;
      }
      if (event == XMLStreamConstants.END_ELEMENT || event == XMLStreamConstants.END_DOCUMENT) {
        return false;
      }
      if (isText(event) && !xml.isWhiteSpace() && !xml.getText().isBlank()) {
        throw error(unit, "<" + parent + "> may hold only elements, not the text '"
            + abbreviate(xml.getText().strip()) + "'");
      }
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 37) + "..." : s;
  }

  /** The namespace of the XLIFF elements. */
  String namespace() {
    return namespace;
  }

  /** The current element's name as written, with its prefix. */
  String qualifiedName() {
    String prefix = xml.getPrefix();
    return prefix == null || prefix.isEmpty() ? xml.getLocalName() : prefix + ":" + xml.getLocalName();
  }

  /** True when the current element is in the XLIFF namespace (extensions in others are ignored). */
  boolean isXliff() {
    return namespace.equals(Objects.requireNonNullElse(xml.getNamespaceURI(), ""));
  }

  /** True when the current element is the XLIFF element {@code local}. */
  boolean isXliff(String local) {
    return isXliff() && local.equals(xml.getLocalName());
  }

  /** The current element's local name. */
  String local() {
    return xml.getLocalName();
  }

  /** An attribute without namespace (not one of the same name in an extension namespace), or null. */
  String attr(String local) {
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      String ns = xml.getAttributeNamespace(i);
      if ((ns == null || ns.isEmpty()) && local.equals(xml.getAttributeLocalName(i))) {
        return xml.getAttributeValue(i);
      }
    }
    return null;
  }

  /** An {@code xml:} attribute such as {@code xml:space}, or null. */
  String xmlAttr(String local) {
    return xml.getAttributeValue(XMLConstants.XML_NS_URI, local);
  }

  /** Consumes the current element with everything inside it. */
  void skipElement() throws XMLStreamException {
    text();
  }

  /** Consumes the current element and returns all text inside it, child elements' text included. */
  String text() throws XMLStreamException {
    StringBuilder sb = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      int event = next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (isText(event)) {
        sb.append(xml.getText());
      }
    }
    return sb.toString();
  }

  /** True for events that carry character data (CDATA sections included). */
  static boolean isText(int event) {
    return event == XMLStreamConstants.CHARACTERS
        || event == XMLStreamConstants.CDATA
        || event == XMLStreamConstants.SPACE;
  }

  /** The current line, from 1. */
  int line() {
    Location at = xml.getLocation();
    return at == null ? 0 : Math.max(at.getLineNumber(), 0);
  }

  /** A user-facing error at the current position. */
  TandemException error(String unit, String message) {
    Location at = xml.getLocation();
    int column = at == null ? 0 : Math.max(at.getColumnNumber(), 0);
    return new TandemException(file, line(), column, unit, message, null);
  }

  /** A user-facing error at a line seen earlier. */
  TandemException errorAt(int line, String unit, String message) {
    return new TandemException(file, line, 0, unit, message, null);
  }
}
