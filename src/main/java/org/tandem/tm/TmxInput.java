package org.tandem.tm;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
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
    return new TandemException(file, 0, 0, null, "the file is larger than "
        + (maxBytes >= 1024 * 1024 ? maxBytes / (1024 * 1024) + " MB" : maxBytes + " bytes")
        + "; tandem refuses translation memories this big", null);
  }

  /** Counts bytes and stops the parser once the limit is passed. */
  private static final class Limited extends FilterInputStream {
    private final String file;
    private final long maxBytes;
    private long count;

    Limited(InputStream in, String file, long maxBytes) {
      super(in);
      this.file = file;
      this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) {
      count += n;
      if (count > maxBytes) {
        throw tooLarge(file, maxBytes);
      }
    }
  }
}
