package org.tandem.tm;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Validates TMX against the TMX 1.4 DTD (LISA OSCAR, "-//LISA OSCAR:1998//DTD for Translation
 * Memory eXchange//EN", as shipped with OmegaT 3.6), offline: the DTD comes from the test resources.
 */
public final class TmxDtd {
  private TmxDtd() {}

  /** The validation errors of a TMX document (empty when valid). */
  public static List<String> errors(byte[] tmx) throws Exception {
    String text = new String(tmx, StandardCharsets.UTF_8);
    int afterDeclaration = text.startsWith("<?xml") ? text.indexOf("?>") + 2 : 0;
    String withDoctype = text.substring(0, afterDeclaration) + "\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">"
        + text.substring(afterDeclaration);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setValidating(true);
    factory.setNamespaceAware(false);
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setEntityResolver((publicId, systemId) -> {
      if (systemId == null || !systemId.endsWith("tmx14.dtd")) {
        throw new IllegalStateException("unexpected external entity " + systemId);
      }
      InputStream dtd = TmxDtd.class.getResourceAsStream("/org/tandem/tm/tmx14.dtd");
      return new InputSource(dtd);
    });
    List<String> errors = new ArrayList<>();
    builder.setErrorHandler(new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {}

      @Override
      public void error(SAXParseException e) {
        errors.add(e.getLineNumber() + ": " + e.getMessage());
      }

      @Override
      public void fatalError(SAXParseException e) {
        errors.add(e.getLineNumber() + ": " + e.getMessage());
      }
    });
    try {
      builder.parse(new ByteArrayInputStream(withDoctype.getBytes(StandardCharsets.UTF_8)));
    } catch (org.xml.sax.SAXException e) {
      errors.add(e.getMessage());
    }
    return errors;
  }
}
