package org.tandem.xliff;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;

/** Every file the writer produces validates against the OASIS XLIFF 1.2 strict schema, offline. */
class Xliff12SchemaTest {
  private static final Path SCHEMAS = Path.of("../shared/testdata/xliff/schemas-1.2");
  private static final String XML_XSD = "http://www.w3.org/2001/xml.xsd";

  private static Schema strict;

  @BeforeAll
  static void loadSchema() throws SAXException, IOException {
    Path xsd = SCHEMAS.resolve("xliff-core-1.2-strict.xsd");
    assertTrue(Files.isRegularFile(xsd), "the strict schema is missing: " + xsd.toAbsolutePath());
    SchemaFactory factory = SchemaFactory.newDefaultInstance();
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
    factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> local(systemId));
    strict = factory.newSchema(xsd.toFile());
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

  static void validate(byte[] xml) throws SAXException, IOException {
    Validator validator = strict.newValidator();
    validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    try (InputStream in = new ByteArrayInputStream(xml)) {
      validator.validate(new StreamSource(in));
    }
  }

  @ParameterizedTest
  @MethodSource("org.tandem.xliff.Xliff12WriterGoldenTest#names")
  void writtenFileIsStrictlyValid(String name) throws IOException {
    byte[] xml = Xliff12WriterGoldenTest.write(XliffSamples.all().get(name));
    assertDoesNotThrow(() -> validate(xml));
  }

  @Test
  void validatorCatchesWhatOkapisWriterDoes() {
    String okapiLike = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"
               xmlns:okp="okapi-framework:xliff-extensions">
          <file original="/home/me/a.md" source-language="de" target-language="tr" datatype="x-undefined">
            <body><trans-unit id="1" okp:engine="x"><source>a</source></trans-unit></body>
          </file>
        </xliff>
        """;
    assertThrows(SAXException.class, () -> validate(okapiLike.getBytes(StandardCharsets.UTF_8)));
  }
}
