package org.tandem.xliff;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tandem.model.TandemException;

/**
 * Reads an XLIFF 1.2 file as a translator's CAT tool returns it, safely.
 *
 * <p>Tolerated: attributes in any order, added notes, {@code alt-trans}, {@code phase-group},
 * {@code seg-source}, CDATA, character references, a BOM, CRLF, extension elements and attributes,
 * any 1.2 {@code state} (mapped by {@link Xliff12States}), targets without {@code xml:lang}, and the
 * inline forms listed in {@link Xliff12ContentReader}. Whitespace is reported as written.
 *
 * <p>Refused with a {@link TandemException} naming file, line and unit: a DOCTYPE (so no external
 * or expanding entities ever), files over {@value #MAX_BYTES} bytes, input that is not well-formed
 * XML, a root other than {@code <xliff>}, a version other than 1.2 (2.x gets its own message), no
 * or several {@code <file>}s, languages other than de/tr, units without id or {@code <source>},
 * duplicate unit ids and inline codes without a positive number id. The JDK's own XML limits stay on.
 */
public final class Xliff12Reader {
  /** The largest file read: a whole book is a few MB, so this only stops accidents and attacks. */
  public static final long MAX_BYTES = 200L * 1024 * 1024;

  private final long maxBytes;

  /** A reader with the default size limit. */
  public Xliff12Reader() {
    this(MAX_BYTES);
  }

  /** A reader refusing input larger than {@code maxBytes} (for tests). */
  Xliff12Reader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** Reads an XLIFF 1.2 file. */
  public XliffDocument read(Path file) {
    String name = file.toString();
    try {
      if (Files.size(file) > maxBytes) {
        throw tooLarge(name);
      }
      try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
        return read(in, name);
      }
    } catch (NoSuchFileException e) {
      throw new TandemException(name, 0, 0, null, "the file does not exist", e);
    } catch (IOException e) {
      throw new TandemException(name, 0, 0, null, "the file cannot be read: " + e.getMessage(), e);
    }
  }

  /** Reads XLIFF 1.2 from a stream (left open); {@code displayName} names it in messages. */
  public XliffDocument read(InputStream in, String displayName) {
    XMLStreamReader xml = null;
    try {
      xml = factory().createXMLStreamReader(new Limited(in, displayName));
      return new Xliff12Parser(new XmlCursor(xml, displayName)).parse();
    } catch (XMLStreamException e) {
      throw notWellFormed(e, displayName);
    } finally {
      close(xml);
    }
  }

  /** A factory that never reads a DTD, resolves no entity and opens no URL. */
  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setXMLResolver((publicId, systemId, base, namespace) -> {
      throw new XMLStreamException("external resources are not allowed: " + systemId);
    });
    return factory;
  }

  private static TandemException notWellFormed(XMLStreamException e, String file) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TandemException te) {
        return te; // the size limit, thrown from inside the parser
      }
    }
    Location at = e.getLocation();
    String detail = String.valueOf(e.getMessage()).replaceFirst("(?s)^.*?Message: ", "").strip();
    return new TandemException(file, at == null ? 0 : at.getLineNumber(),
        at == null ? 0 : at.getColumnNumber(), null,
        "the file is not well-formed XML (" + detail + "); it may be damaged or cut off", e);
  }

  private TandemException tooLarge(String file) {
    return new TandemException(file, 0, 0, null, "the file is larger than "
        + (maxBytes >= 1024 * 1024 ? maxBytes / (1024 * 1024) + " MB" : maxBytes + " bytes")
        + "; tandem refuses XLIFF files this big", null);
  }

  private static void close(XMLStreamReader xml) {
    try {
      if (xml != null) {
        xml.close();
      }
    } catch (XMLStreamException e) {
      // nothing was held open that the caller's stream does not close itself
    }
  }

  /** Counts bytes and stops the parser once the limit is passed (streams have no size to check). */
  private final class Limited extends FilterInputStream {
    private final String file;
    private long count;

    Limited(InputStream in, String file) {
      super(in);
      this.file = file;
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
        throw tooLarge(file);
      }
    }
  }
}
