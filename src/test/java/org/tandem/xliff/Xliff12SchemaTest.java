package org.tandem.xliff;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.SAXException;

/** Every file the writer produces validates against the OASIS XLIFF 1.2 strict schema, offline. */
class Xliff12SchemaTest {
  @ParameterizedTest
  @MethodSource("org.tandem.xliff.Xliff12WriterGoldenTest#names")
  void writtenFileIsStrictlyValid(String name) throws IOException {
    byte[] xml = Xliff12WriterGoldenTest.write(XliffSamples.all().get(name));
    assertDoesNotThrow(() -> StrictSchema.validate(xml));
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
    assertThrows(SAXException.class, () -> StrictSchema.validate(okapiLike.getBytes(StandardCharsets.UTF_8)));
  }
}
