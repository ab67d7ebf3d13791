package org.tandem.xliff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Compares a writer's output for every {@link XliffSamples} document with its golden file.
 * Regenerate the files after an intended change with {@code mvn test -Dtest=Xliff12WriterGoldenTest
 * -Dtandem.regenerateGoldens=true} (or Xliff20WriterGoldenTest) and review the diff.
 */
abstract class XliffWriterGoldenTest {
  private static final boolean REGENERATE = Boolean.getBoolean("tandem.regenerateGoldens");

  /** The folder of the golden files. */
  abstract Path golden();

  /** The writer's bytes for a document. */
  abstract byte[] bytes(XliffDocument doc) throws IOException;

  /** What every file of this version must show besides the common checks. */
  abstract void checkVersionSpecifics(String xml);

  static Stream<String> names() {
    return XliffSamples.all().keySet().stream();
  }

  @Test
  void everySampleHasItsGoldenFileAndNoGoldenFileIsOrphaned() throws IOException {
    Set<String> goldens = new TreeSet<>();
    try (Stream<Path> files = Files.list(golden())) {
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
    byte[] actual = bytes(XliffSamples.all().get(name));
    Path file = golden().resolve(name + ".xlf");
    if (REGENERATE) {
      Files.write(file, actual);
    }
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), new String(actual, StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @MethodSource("names")
  void writesTheSameBytesEveryTime(String name) throws IOException {
    XliffDocument doc = XliffSamples.all().get(name);
    assertArrayEquals(bytes(doc), bytes(doc));
  }

  @ParameterizedTest
  @MethodSource("names")
  void writesDeclarationLineFeedsAndFinalNewline(String name) throws IOException {
    String xml = new String(bytes(XliffSamples.all().get(name)), StandardCharsets.UTF_8);
    assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff "), xml);
    assertTrue(xml.endsWith("</xliff>\n"));
    assertFalse(xml.contains("\r"), "carriage returns are written as &#13;");
    checkVersionSpecifics(xml);
  }
}
