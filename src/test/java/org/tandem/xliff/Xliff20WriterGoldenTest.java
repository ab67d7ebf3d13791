package org.tandem.xliff;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/** The XLIFF 2.0 writer, golden files in {@code org/tandem/xliff/v20/} (see {@link XliffWriterGoldenTest}). */
class Xliff20WriterGoldenTest extends XliffWriterGoldenTest {
  static byte[] write(XliffDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new Xliff20Writer().write(doc, out);
    return out.toByteArray();
  }

  @Override
  Path golden() {
    return Path.of("src/test/resources/org/tandem/xliff/v20");
  }

  @Override
  byte[] bytes(XliffDocument doc) throws IOException {
    return write(doc);
  }

  @Override
  void checkVersionSpecifics(String xml) {
    assertTrue(xml.contains(" canResegment=\"no\""), "tools must not split or join tandem's segments");
  }
}
