package org.tandem.tm;

import java.io.InputStream;
import javax.xml.stream.XMLStreamException;
import org.tandem.io.Stax;
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
    return Stax.safeInputFactory().createXMLStreamReader(new Limited(in, file, maxBytes));
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
