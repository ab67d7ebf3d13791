package org.tandem.xliff;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tandem.io.Stax;
import org.tandem.model.TandemException;

/**
 * The way into XLIFF for the rest of tandem: reads 1.2 and 2.x, telling them apart by the root
 * element, and writes either version. Reading is streamed (StAX), refuses DTDs, entities, XInclude
 * and files over {@value #MAX_BYTES} bytes, and reports problems as {@link TandemException}s naming
 * file, line and unit.
 */
public final class XliffFiles {
  /** The largest file read: a whole book is a few MB, so this only stops accidents and attacks. */
  public static final long MAX_BYTES = Xliff12Reader.MAX_BYTES;

  private XliffFiles() {}

  /** Reads any XLIFF 1.2 or 2.x file, whatever its languages and number of {@code <file>}s. */
  public static XliffBundle readAny(Path file) {
    XliffBundle.Collector collector = new XliffBundle.Collector();
    XliffVersion version = read(file, MAX_BYTES, null, collector);
    return collector.bundle(file.toString(), version);
  }

  /** Reads a chapter's XLIFF file (1.2 or 2.x): one {@code <file>}, German and Turkish. */
  public static XliffDocument read(Path file) {
    ChapterCollector collector = new ChapterCollector();
    read(file, MAX_BYTES, null, new ChapterFileHandler(file.toString(), collector));
    return collector.document();
  }

  /** Streams a chapter's XLIFF file (1.2 or 2.x) to {@code handler}, so a big file is never held whole. */
  public static XliffVersion readChapter(Path file, XliffChapterHandler handler) {
    return read(file, MAX_BYTES, null, new ChapterFileHandler(file.toString(), handler));
  }

  /** Writes {@code doc} as XLIFF of the given version to {@code out} (left open). */
  public static void write(XliffDocument doc, XliffVersion version, OutputStream out) throws IOException {
    switch (version) {
      case V1_2 -> new Xliff12Writer().write(doc, out);
      case V2_0 -> new Xliff20Writer().write(doc, out);
    }
  }

  /** Reads a file; {@code only} refuses the other version when not null. */
  static XliffVersion read(Path file, long maxBytes, XliffVersion only, XliffHandler handler) {
    String name = file.toString();
    try {
      if (Files.isDirectory(file)) {
        throw new TandemException(name, 0, 0, null, "this is a folder, not an XLIFF file", null);
      }
      if (Files.size(file) > maxBytes) {
        throw XmlInput.tooLarge(name, maxBytes);
      }
      try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
        return read(in, name, maxBytes, only, handler);
      }
    } catch (NoSuchFileException e) {
      throw new TandemException(name, 0, 0, null, "the file does not exist", e);
    } catch (IOException e) {
      throw new TandemException(name, 0, 0, null, "the file cannot be read: " + e.getMessage(), e);
    }
  }

  /** Reads from a stream (left open); {@code name} names it in messages. */
  static XliffVersion read(InputStream in, String name, long maxBytes, XliffVersion only, XliffHandler handler) {
    XmlInput.Limited input = new XmlInput.Limited(in, name, maxBytes);
    XMLStreamReader xml = null;
    try {
      xml = Stax.safeInputFactory().createXMLStreamReader(Utf8Check.checked(input, name));
      XmlCursor cursor = new XmlCursor(xml, name);
      XliffVersion version = XliffRoot.find(cursor);
      if (only != null && version != only) {
        throw cursor.error(null, "this is an XLIFF " + version + " file, but XLIFF " + only + " is expected here");
      }
      switch (version) {
        case V1_2 -> new Xliff12Parser(cursor, handler).parse();
        case V2_0 -> new Xliff20Parser(cursor, handler).parse();
      }
      return version;
    } catch (XMLStreamException e) {
      throw XmlInput.error(e, name, input);
    } catch (IOException e) {
      throw new TandemException(name, 0, 0, null, "the file cannot be read: " + e.getMessage(), e);
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
