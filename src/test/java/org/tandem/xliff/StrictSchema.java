package org.tandem.xliff;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;

/**
 * The OASIS XLIFF 1.2 strict schema, loaded once, for validating in tests (offline). The copy is the one
 * Okapi's verification library ships (a test dependency): the OASIS schema with its import of xml.xsd
 * pointing at the local copy beside it instead of the W3C's address, so nothing goes to the network.
 */
public final class StrictSchema {
  private static final String FOLDER = "/net/sf/okapi/lib/verification/";
  private static final String STRICT = "xliff-core-1.2-strict.xsd";
  private static final String XML = "xml.xsd";

  private static Schema strict;

  private StrictSchema() {}

  private static synchronized Schema schema() throws SAXException {
    if (strict != null) {
      return strict;
    }
    SchemaFactory factory = SchemaFactory.newDefaultInstance();
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file"); // xml.xsd beside it, in the jar
    strict = factory.newSchema(resource(STRICT));
    return strict;
  }

  private static URL resource(String name) {
    URL url = StrictSchema.class.getResource(FOLDER + name);
    if (url == null) {
      throw new IllegalStateException(name + " is not on the test classpath (okapi-lib-verification)");
    }
    return url;
  }

  /** Writes the strict schema and the xml.xsd it imports into {@code dir} (for xmllint); returns the schema. */
  public static Path copyTo(Path dir) throws IOException {
    for (String name : new String[] {STRICT, XML}) {
      try (InputStream in = resource(name).openStream()) {
        Files.copy(in, dir.resolve(name));
      }
    }
    return dir.resolve(STRICT);
  }

  /** Validates a document; throws SAXException naming the first violation. */
  public static void validate(byte[] xml) throws SAXException, IOException {
    Validator validator = schema().newValidator();
    validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    try (InputStream in = new ByteArrayInputStream(xml)) {
      validator.validate(new StreamSource(in));
    }
  }
}
