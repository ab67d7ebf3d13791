package org.tandem.xliff;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

/** Finds the root element of an XLIFF document and tells which version it is. */
final class XliffRoot {
  /** The XLIFF 1.2 namespace. */
  static final String NAMESPACE_12 = "urn:oasis:names:tc:xliff:document:1.2";
  /** The XLIFF 2 core namespace (2.0, 2.1 and 2.2 share it). */
  static final String NAMESPACE_20 = "urn:oasis:names:tc:xliff:document:2.0";

  private XliffRoot() {}

  /**
   * Moves to the root element, checks that it is {@code <xliff>} of version 1.2 or 2.x, makes its
   * namespace the cursor's XLIFF namespace and returns the version.
   */
  static XliffVersion find(XmlCursor cursor) throws XMLStreamException {
    int event = cursor.xml().getEventType();
    while (event != XMLStreamConstants.START_ELEMENT) {
      event = cursor.next();
    }
    if (!"xliff".equals(cursor.local())) {
      throw cursor.error(null, "this is not an XLIFF file: it starts with <" + cursor.local()
          + ">, an XLIFF file starts with <xliff>");
    }
    String version = cursor.attr("version");
    String namespace = cursor.xml().getNamespaceURI();
    String v = version == null ? null : version.strip();
    XliffVersion found = versionOf(cursor, v, namespace == null ? "" : namespace);
    cursor.useNamespace(namespace);
    return found;
  }

  private static XliffVersion versionOf(XmlCursor cursor, String version, String namespace) {
    boolean two = version != null && version.matches("2\\.\\d+");
    if (two && !NAMESPACE_20.equals(namespace)) {
      throw cursor.error(null, "the file says XLIFF " + version + " but its elements are not in the XLIFF 2"
          + " namespace (xmlns=\"" + NAMESPACE_20 + "\")");
    }
    if (two) {
      return XliffVersion.V2_0;
    }
    if ("1.2".equals(version) && (namespace.isEmpty() || NAMESPACE_12.equals(namespace))) {
      return XliffVersion.V1_2;
    }
    if (version == null && NAMESPACE_20.equals(namespace)) {
      throw cursor.error(null, "the <xliff> element has no version attribute (version=\"2.0\")");
    }
    throw cursor.error(null, "XLIFF version '" + version + "' is not supported; tandem reads XLIFF 1.2 and 2.0");
  }
}
