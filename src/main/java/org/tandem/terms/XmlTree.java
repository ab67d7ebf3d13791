package org.tandem.terms;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.tandem.io.Stax;
import javax.xml.stream.XMLStreamReader;
import org.tandem.io.LimitedInputStream;
import org.tandem.model.TandemException;

/**
 * A small read-only element tree of an XML file, with the line each element starts on, read
 * safely: a DOCTYPE is skipped but never processed (no DTD, no external or expanding entities, no
 * network), and input larger than a limit is refused. Glossary files are small, and a tree keeps
 * the TBX readers short.
 */
final class XmlTree {
  /** The largest glossary file read (a glossary of 100,000 concepts is some 60 MB of TBX). */
  static final long MAX_BYTES = 256L * 1024 * 1024;
  /** Deeper nesting than any glossary has: refused rather than risking the stack. */
  private static final int MAX_DEPTH = 64;

  /**
   * An element.
   *
   * @param name the local name
   * @param namespace the namespace URI, or empty
   * @param attributes attributes by local name ({@code xml:lang} as {@code lang})
   * @param children the child elements in order
   * @param text the element's text content, its descendants' included
   * @param line the line the element starts on
   */
  record Node(String name, String namespace, Map<String, String> attributes, List<Node> children,
      String text, int line) {
    /** An attribute's value, or empty. */
    String attribute(String local) {
      return attributes.getOrDefault(local, "");
    }

    /** The children with this local name. */
    List<Node> all(String local) {
      return children.stream().filter(c -> c.name.equals(local)).toList();
    }
  }

  private XmlTree() {}

  /** Reads the whole document; problems become a {@link TandemException} with the line. */
  static Node read(InputStream in, String file) {
    XMLStreamReader xml = null;
    try {
      xml = Stax.safeInputFactory().createXMLStreamReader(new Limited(in, file));
      while (xml.next() != XMLStreamConstants.START_ELEMENT) {
        // skip the prolog: declaration, comments, processing instructions, a DOCTYPE
      }
      return element(xml, 0, file);
    } catch (XMLStreamException e) {
      throw notWellFormed(e, file);
    } finally {
      try {
        if (xml != null) {
          xml.close();
        }
      } catch (XMLStreamException ignored) {
        // the caller closes the stream
      }
    }
  }

  private static Node element(XMLStreamReader xml, int depth, String file) throws XMLStreamException {
    int line = xml.getLocation().getLineNumber();
    if (depth > MAX_DEPTH) {
      throw new TandemException(file, line, 0, null, "elements are nested more than " + MAX_DEPTH
          + " deep; this is not a glossary", null);
    }
    String name = xml.getLocalName();
    String ns = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
    Map<String, String> attributes = new HashMap<>();
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
    }
    List<Node> children = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        Node child = element(xml, depth + 1, file);
        children.add(child);
        text.append(child.text());
      } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
          || event == XMLStreamConstants.SPACE) {
        text.append(xml.getText());
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        return new Node(name, ns, Map.copyOf(attributes), List.copyOf(children), text.toString(), line);
      }
    }
  }

  private static TandemException notWellFormed(XMLStreamException e, String file) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TandemException te) {
        return te;
      }
    }
    Location at = e.getLocation();
    String detail = String.valueOf(e.getMessage()).replaceFirst("(?s)^.*?Message: ", "").strip();
    return new TandemException(file, at == null ? 0 : at.getLineNumber(),
        at == null ? 0 : at.getColumnNumber(), null,
        "the file is not well-formed XML (" + detail + "); it may be damaged or cut off", e);
  }

  /** Counts bytes and stops the parser once the limit is passed. */
  private static final class Limited extends LimitedInputStream {
    Limited(InputStream in, String file) {
      super(in, file, MAX_BYTES, "glossary files");
    }
  }
}
