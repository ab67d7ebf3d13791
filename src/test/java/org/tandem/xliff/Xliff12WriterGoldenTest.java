package org.tandem.xliff;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/** The XLIFF 1.2 writer, golden files in {@code org/tandem/xliff/} (see {@link XliffWriterGoldenTest}). */
class Xliff12WriterGoldenTest extends XliffWriterGoldenTest {
  static byte[] write(XliffDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new Xliff12Writer().write(doc, out);
    return out.toByteArray();
  }

  @Override
  Path golden() {
    return Path.of("src/test/resources/org/tandem/xliff");
  }

  @Override
  byte[] bytes(XliffDocument doc) throws IOException {
    return write(doc);
  }

  @Override
  void checkVersionSpecifics(String xml) {
    assertFalse(xml.startsWith("\ufeff"));
  }
}
