package org.tandem.tm;

import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tandem.io.LimitedInputStream;
import org.tandem.model.TandemException;

/**
 * Opens TMX safely: StAX that never loads a DTD, resolves no external entity and opens no URL, and
 * stops after a number of bytes. Many TMX files name the TMX DTD ({@code <!DOCTYPE tmx SYSTEM
 * "tmx14.dtd">}); that is accepted and ignored, but a DOCTYPE with an internal subset (entity
 * declarations, the door to XXE and billion-laughs attacks) is refused by {@link TmxReader}.
 */
final class TmxInput {
  private TmxInput() {}

  /** A reader over {@code in} that refuses input past {@code maxBytes}. */
  static XMLStreamReader open(InputStream in, String file, long maxBytes) throws XMLStreamException {
    return factory().createXMLStreamReader(new Limited(in, file, maxBytes));
  }

  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
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

  /** The message for input past the size limit. */
  static TandemException tooLarge(String file, long maxBytes) {
    return LimitedInputStream.tooLarge(file, maxBytes, "translation memories");
  }

  /** Counts bytes and stops the parser once the limit is passed. */
  private static final class Limited extends LimitedInputStream {
    Limited(InputStream in, String file, long maxBytes) {
      super(in, file, maxBytes, "translation memories");
    }
  }
}
