package org.tandem.xliff;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;

/**
 * The OASIS XLIFF 2.0 core schema from ../shared/testdata (with the Matches and Metadata module
 * schemas, so that what tandem writes in the Matches module is validated too), loaded once, offline.
 */
public final class CoreSchema20 {
  private static final Path SCHEMAS = Path.of("../shared/testdata/xliff/schemas-2.1");

  private static Schema schema;

  private CoreSchema20() {}

  private static synchronized Schema schema() throws SAXException {
    if (schema != null) {
      return schema;
    }
    Path core = SCHEMAS.resolve("xliff_core_2.0.xsd");
    assertTrue(Files.isRegularFile(core), "the XLIFF 2.0 schema is missing: " + core.toAbsolutePath());
    SchemaFactory factory = SchemaFactory.newDefaultInstance();
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file"); // the imports are local files
    schema = factory.newSchema(new Source[] {
        new StreamSource(core.toFile()),
        new StreamSource(SCHEMAS.resolve("metadata.xsd").toFile()),
        new StreamSource(SCHEMAS.resolve("matches.xsd").toFile())});
    return schema;
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
