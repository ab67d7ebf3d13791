package org.tandem.xliff;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import org.tandem.io.LimitedInputStream;
import org.tandem.model.TandemException;

/**
 * What the XLIFF readers add to {@link org.tandem.io.Stax#safeInputFactory()}: input that stops
 * after a number of bytes, and parser errors turned into messages a translator understands (empty
 * file, file cut off, not UTF-8, not well-formed).
 */
final class XmlInput {
  private XmlInput() {}

  /**
   * The safe factory, but one that honours a DOCTYPE's internal subset: tools write {@code <!ENTITY nbsp
   * "&#160;">} there and use {@code &nbsp;} in the text. An external DTD is still never loaded (a
   * reference to one is passed over), an external entity expands to nothing, and entity expansion is
   * capped, so a file cannot reach outside or blow up memory ("billion laughs").
   */
  static XMLInputFactory withInternalSubset() {
    XMLInputFactory factory = org.tandem.io.Stax.safeInputFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, true);
    factory.setProperty("http://java.sun.com/xml/stream/properties/ignore-external-dtd", true);
    factory.setProperty("jdk.xml.entityExpansionLimit", "10000");
    return factory;
  }

  /** The user-facing error for a parser failure; a TandemException thrown inside passes unchanged. */
  static TandemException error(XMLStreamException e, String file, Limited input) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TandemException te) {
        return te; // the size limit, thrown from inside the parser
      }
    }
    Location at = e.getLocation();
    int line = at == null ? 0 : Math.max(at.getLineNumber(), 0);
    int column = at == null ? 0 : Math.max(at.getColumnNumber(), 0);
    String detail = String.valueOf(e.getMessage()).replaceFirst("(?s)^.*?Message: ", "").strip();
    return new TandemException(file, line, column, null, explain(e, detail, input), e);
  }

  private static String explain(XMLStreamException e, String detail, Limited input) {
    if (input != null && input.count() == 0) {
      return "the file is not well-formed XML: it is empty; was it saved or copied completely?";
    }
    if (isEncodingError(e, detail)) {
      return "the file is not UTF-8 (" + detail + "): an XLIFF file without an encoding declaration must"
          + " be UTF-8; save it as UTF-8, or declare its encoding in the first line, e.g."
          + " <?xml version=\"1.0\" encoding=\"windows-1254\"?>";
    }
    if (detail.contains("Premature end of file") || detail.contains("must start and end within the same entity")) {
      return "the file is not well-formed XML: it ends before the XLIFF document is complete, so it was"
          + " probably cut off (" + detail + ")";
    }
    return "the file is not well-formed XML (" + detail + "); it may be damaged or cut off";
  }

  private static boolean isEncodingError(XMLStreamException e, String detail) {
    for (Throwable t = e; t != null; t = t.getCause() != null ? t.getCause() : nested(t)) {
      if (t instanceof CharConversionException) {
        return true;
      }
    }
    return detail.contains("-byte UTF-8 sequence");
  }

  private static Throwable nested(Throwable t) {
    return t instanceof XMLStreamException x && x.getNestedException() != t ? x.getNestedException() : null;
  }

  /** The message for input past the size limit. */
  /** What reads a file's stream. */
  interface StreamReader<T> {
    T read(InputStream in, String name) throws IOException;
  }

  /**
   * Opens a file (refusing one over {@code maxBytes}) and hands its stream to {@code reader}; a missing or
   * unreadable file is a {@link TandemException} naming it.
   */
  static <T> T readFile(java.nio.file.Path file, long maxBytes, StreamReader<T> reader) {
    String name = file.toString();
    try {
      if (java.nio.file.Files.size(file) > maxBytes) {
        throw tooLarge(name, maxBytes);
      }
      try (InputStream in = new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(file))) {
        return reader.read(in, name);
      }
    } catch (java.nio.file.NoSuchFileException e) {
      throw new TandemException(name, 0, 0, null, "the file does not exist", e);
    } catch (IOException e) {
      throw new TandemException(name, 0, 0, null, "the file cannot be read: " + e.getMessage(), e);
    }
  }

  static TandemException tooLarge(String file, long maxBytes) {
    return LimitedInputStream.tooLarge(file, maxBytes, "XLIFF files");
  }

  /** Counts bytes and stops the parser once the limit is passed (streams have no size to check). */
  static final class Limited extends LimitedInputStream {
    Limited(InputStream in, String file, long maxBytes) {
      super(in, file, maxBytes, "XLIFF files");
    }
  }
}
