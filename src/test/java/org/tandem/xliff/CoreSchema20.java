package org.tandem.xliff;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;

/**
 * The OASIS XLIFF 2.0 core schema (with the Matches and Metadata module schemas, so that what tandem writes
 * in the Matches module is validated too), loaded once, offline. The copies are the ones Okapi's XLIFF 2
 * library ships (a test dependency); they equal the OASIS files but for the type of srcLang and trgLang,
 * which the OASIS copy declares as xs:language.
 */
public final class CoreSchema20 {
  private static final String FOLDER = "/net/sf/okapi/lib/xliff2/";

  private static Schema schema;

  private CoreSchema20() {}

  private static synchronized Schema schema() throws SAXException {
    if (schema != null) {
      return schema;
    }
    SchemaFactory factory = SchemaFactory.newDefaultInstance();
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file"); // the imports are in the same jar
    schema = factory.newSchema(new Source[] {
        source("xliff_core_2.0.xsd"), source("modules/metadata.xsd"), source("modules/matches.xsd")});
    return schema;
  }

  private static Source source(String name) {
    URL url = CoreSchema20.class.getResource(FOLDER + name);
    if (url == null) {
      throw new IllegalStateException(name + " is not on the test classpath (okapi-lib-xliff2)");
    }
    return new StreamSource(url.toString());
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
