package org.tandem.xliff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares the XLIFF 2.0 writer's output with golden files in {@code v20/}. Regenerate them after an
 * intended change with {@code mvn test -Dtest=Xliff20WriterGoldenTest -Dtandem.regenerateGoldens=true}
 * and review the diff.
 */
class Xliff20WriterGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/org/tandem/xliff/v20");
  private static final boolean REGENERATE = Boolean.getBoolean("tandem.regenerateGoldens");

  static Stream<String> names() {
    return XliffSamples.all().keySet().stream();
  }

  static byte[] write(XliffDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new Xliff20Writer().write(doc, out);
    return out.toByteArray();
  }

  @Test
  void everySampleHasItsGoldenFileAndNoGoldenFileIsOrphaned() throws IOException {
    Set<String> goldens = new TreeSet<>();
    try (Stream<Path> files = Files.list(GOLDEN)) {
      files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xlf"))
          .forEach(n -> goldens.add(n.substring(0, n.length() - 4)));
    }
    if (!REGENERATE) {
      assertEquals(new TreeSet<>(XliffSamples.all().keySet()), goldens);
    }
  }

  @ParameterizedTest
  @MethodSource("names")
  void writesTheGoldenBytes(String name) throws IOException {
    byte[] actual = write(XliffSamples.all().get(name));
    Path golden = GOLDEN.resolve(name + ".xlf");
    if (REGENERATE) {
      Files.write(golden, actual);
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), new String(actual, StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @MethodSource("names")
  void writesTheSameBytesEveryTime(String name) throws IOException {
    XliffDocument doc = XliffSamples.all().get(name);
    assertArrayEquals(write(doc), write(doc));
  }

  @ParameterizedTest
  @MethodSource("names")
  void writesDeclarationLineFeedsAndFinalNewline(String name) throws IOException {
    String xml = new String(write(XliffSamples.all().get(name)), StandardCharsets.UTF_8);
    assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff "), xml);
    assertTrue(xml.endsWith("</xliff>\n"));
    assertFalse(xml.contains("\r"), "carriage returns are written as &#13;");
    assertTrue(xml.contains(" canResegment=\"no\""), "tools must not split or join tandem's segments");
  }
}
