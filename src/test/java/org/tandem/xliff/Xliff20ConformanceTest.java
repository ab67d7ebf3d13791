package org.tandem.xliff;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tandem.TestData;
import org.tandem.model.TandemException;

/**
 * The OASIS XLIFF 2.1 conformance suite (third-party material found through {@link TestData}:
 * xliff/oasis-2.1-test-suite; most files declare 2.0): every valid core file is read, and invalid core files are refused with a message
 * naming the broken rule. tandem claims no module support: valid module files must be read (their
 * module content is skipped), and the share of invalid module files refused is only printed.
 */
class Xliff20ConformanceTest {
  private static final String SUITE = "xliff/oasis-2.1-test-suite";

  static List<Path> files(String folder) throws IOException {
    Path dir = TestData.require(SUITE + "/" + folder, "The OASIS XLIFF 2.1 test suite");
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".xlf")).sorted().toList();
    }
  }

  /** The valid files; without the suite, one placeholder whose test reports the suite as missing. */
  static Stream<Path> valid() throws IOException {
    if (!Files.isDirectory(TestData.root().resolve(SUITE))) {
      return Stream.of(Path.of(SUITE)); // a method source that aborts would be skipped silently
    }
    return Stream.of("core/valid", "core/in-out", "modules/valid").flatMap(f -> {
      try {
        return files(f).stream();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  @ParameterizedTest
  @MethodSource("valid")
  void readsEveryValidFile(Path file) {
    TestData.require(SUITE, "The OASIS XLIFF 2.1 test suite");
    XliffBundle bundle = assertDoesNotThrow(() -> XliffFiles.readAny(file), file.toString());
    assertEquals(XliffVersion.V2_0, bundle.version());
    assertFalse(bundle.files().isEmpty(), file.toString());
  }

  @Test
  void refusesTheInvalidCoreFilesNamingTheRule() throws IOException {
    List<Path> invalid = files("core/invalid");
    List<String> missed = new ArrayList<>();
    int refused = 0;
    for (Path file : invalid) {
      String message = refusal(file);
      if (message == null) {
        missed.add(file.getFileName().toString());
        continue;
      }
      refused++;
      System.out.println("refused " + file.getFileName() + ": " + message);
      assertFalse(message.contains("not well-formed"), "a rule is named, not a parse error: " + message);
    }
    double share = 100.0 * refused / invalid.size();
    System.out.printf(Locale.ROOT, "XLIFF 2 core/invalid: %d of %d refused (%.1f%%); not caught: %s%n",
        refused, invalid.size(), share, missed.isEmpty() ? "none" : missed);
    assertEquals(119, invalid.size(), "the suite has 119 invalid core files");
    assertTrue(share >= 90.0, "at least 90% of the invalid files are refused; missed " + missed);
  }

  @Test
  void printsTheShareOfInvalidModuleFilesRefused() throws IOException {
    List<Path> invalid = files("modules/invalid");
    long refused = invalid.stream().filter(f -> refusal(f) != null).count();
    System.out.printf(Locale.ROOT, "XLIFF 2 modules/invalid (no module support claimed): %d of %d refused%n",
        refused, invalid.size());
    assertFalse(invalid.isEmpty());
  }

  /** Why the file was refused, or null when it was read. */
  private static String refusal(Path file) {
    try {
      XliffFiles.readAny(file);
      return null;
    } catch (TandemException e) {
      return e.located().substring(e.located().indexOf(file.getFileName().toString()));
    }
  }
}
