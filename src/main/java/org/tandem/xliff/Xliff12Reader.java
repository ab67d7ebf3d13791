package org.tandem.xliff;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tandem.io.Stax;
import org.tandem.model.TandemException;

/**
 * Reads an XLIFF 1.2 file as a translator's CAT tool returns it, safely. ({@link XliffFiles} reads
 * 1.2 and 2.x alike; this class reads only 1.2.)
 *
 * <p>Tolerated: attributes in any order, added notes, {@code alt-trans}, {@code phase-group},
 * {@code seg-source}, CDATA, character references, a BOM, CRLF, extension elements and attributes,
 * any 1.2 {@code state} (mapped by {@link Xliff12States}), targets without {@code xml:lang}, and the
 * inline forms listed in {@link Xliff12ContentReader}. Whitespace is reported as written.
 *
 * <p>Refused with a {@link TandemException} naming file, line and unit: a DOCTYPE (so no external
 * or expanding entities ever), XInclude, files over {@value #MAX_BYTES} bytes, input that is not
 * well-formed XML or not UTF-8 without saying so, a root other than {@code <xliff>}, a version
 * other than 1.2, no or several {@code <file>}s, languages other than de/tr, units without id or
 * {@code <source>}, duplicate unit ids and inline codes without a positive number id. The JDK's
 * own XML limits stay on.
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
    return XmlInput.readFile(file, maxBytes, this::read);
  }

  /** Reads XLIFF 1.2 from a stream (left open); {@code displayName} names it in messages. */
  public XliffDocument read(InputStream in, String displayName) {
    ChapterCollector collector = new ChapterCollector();
    XmlInput.Limited input = new XmlInput.Limited(in, displayName, maxBytes);
    XMLStreamReader xml = null;
    try {
      xml = Stax.safeInputFactory().createXMLStreamReader(Utf8Check.checked(input, displayName));
      XmlCursor cursor = new XmlCursor(xml, displayName);
      if (XliffRoot.find(cursor) != XliffVersion.V1_2) {
        throw cursor.error(null, "this is an XLIFF 2 file; this reader reads XLIFF 1.2 (use XliffFiles)");
      }
      new Xliff12Parser(cursor, new ChapterFileHandler(displayName, collector)).parse();
      return collector.document();
    } catch (XMLStreamException e) {
      throw XmlInput.error(e, displayName, input);
    } catch (IOException e) {
      throw new TandemException(displayName, 0, 0, null, "the file cannot be read: " + e.getMessage(), e);
    } finally {
      close(xml);
    }
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
}
