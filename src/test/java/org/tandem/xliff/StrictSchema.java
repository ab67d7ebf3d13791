package org.tandem.xliff;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;

/** The OASIS XLIFF 1.2 strict schema from ../shared/testdata, loaded once, for validating in tests (offline). */
public final class StrictSchema {
  private static final Path SCHEMAS = Path.of("../shared/testdata/xliff/schemas-1.2");
  private static final String XML_XSD = "http://www.w3.org/2001/xml.xsd";

  private static Schema strict;

  private StrictSchema() {}

  private static synchronized Schema schema() throws SAXException {
    if (strict != null) {
      return strict;
    }
    Path xsd = SCHEMAS.resolve("xliff-core-1.2-strict.xsd");
    assertTrue(Files.isRegularFile(xsd), "the strict schema is missing: " + xsd.toAbsolutePath());
    SchemaFactory factory = SchemaFactory.newDefaultInstance();
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
    factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> local(systemId));
    strict = factory.newSchema(xsd.toFile());
    return strict;
  }

  /** Serves xml.xsd from disk; any other reference fails rather than going to the network. */
  private static LSInput local(String systemId) {
    if (!XML_XSD.equals(systemId)) {
      throw new IllegalStateException("the schema refers to " + systemId + ", which is not available offline");
    }
    try {
      DOMImplementationLS ls = (DOMImplementationLS) DocumentBuilderFactory.newDefaultInstance()
          .newDocumentBuilder().getDOMImplementation();
      LSInput input = ls.createLSInput();
      Path file = SCHEMAS.resolve("xml.xsd");
      input.setSystemId(file.toUri().toString());
      input.setByteStream(Files.newInputStream(file));
      return input;
    } catch (ParserConfigurationException | IOException e) {
      throw new IllegalStateException(e);
    }
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
