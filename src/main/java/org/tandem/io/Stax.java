package org.tandem.io;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** StAX set up once for files from outside: reading without DTDs or entities, writing text that survives a reader. */
public final class Stax {
  private Stax() {}

  /**
   * A factory that never reads a DTD, resolves no external entity and opens no URL; namespace-aware,
   * and silent about warnings (errors surface as exceptions).
   */
  public static XMLInputFactory safeInputFactory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setXMLResolver((publicId, systemId, base, namespace) -> {
      throw new XMLStreamException("external resources are not allowed: " + systemId);
    });
    factory.setXMLReporter((message, type, info, location) -> {
      // warnings are not shown: errors surface as exceptions
    });
    return factory;
  }

  /**
   * Writes text; a carriage return goes out as {@code &#13;} because a raw one would be turned into a
   * line feed by every XML parser (the StAX writer writes it raw).
   */
  public static void writeText(XMLStreamWriter xml, String s) throws XMLStreamException {
    int start = 0;
    for (int i = s.indexOf('\r'); i >= 0; i = s.indexOf('\r', start)) {
      xml.writeCharacters(s.substring(start, i));
      xml.writeEntityRef("#13");
      start = i + 1;
    }
    if (start < s.length()) {
      xml.writeCharacters(s.substring(start));
    }
  }
}
