package org.tandem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Third-party test material (OASIS XLIFF schemas and test suite, public segmentation gold sets) that is not
 * ours to commit: found through one setting, skipped visibly when absent, required in CI.
 *
 * <p>The folder is the system property {@code tandem.testdata}, else the environment variable
 * {@code TANDEM_TESTDATA}, else {@code ../shared/testdata} beside the checkout. A test that needs a file calls
 * {@link #require}: when the file is missing the test is skipped with a message naming the file and how to
 * provide it, or fails when {@code -Dtandem.testdata.required=true} is set (as .ci/run does), so that CI
 * cannot pass without having run it.
 */
public final class TestData {
  /** The system property naming the folder. */
  public static final String PROPERTY = "tandem.testdata";
  /** The environment variable naming the folder, used when the property is not set. */
  public static final String VARIABLE = "TANDEM_TESTDATA";
  /** The system property that turns missing material into a failure. */
  public static final String REQUIRED = "tandem.testdata.required";

  private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();

  private TestData() {}

  /** The folder of third-party test material (which may not exist). */
  public static Path root() {
    String configured = System.getProperty(PROPERTY);
    if (configured == null || configured.isBlank()) {
      configured = System.getenv(VARIABLE);
    }
    if (configured == null || configured.isBlank()) {
      configured = "../shared/testdata";
    }
    return Path.of(configured).toAbsolutePath().normalize();
  }

  /**
   * The file or folder {@code relative} inside the material; skips the calling test when it is missing
   * (fails instead when the material is required). {@code what} says what it is, for the message.
   */
  public static Path require(String relative, String what) {
    Path path = root().resolve(relative);
    if (Files.exists(path)) {
      return path;
    }
    String message = what + " is missing: " + path + ". It is third-party material kept out of the"
        + " repository; set -D" + PROPERTY + "=DIR or " + VARIABLE + "=DIR to a folder holding " + relative
        + " (see docs/testing.md)";
    if (Boolean.getBoolean(REQUIRED)) {
      Assertions.fail(message + "; -D" + REQUIRED + "=true makes it required");
    }
    if (REPORTED.add(relative)) { // once per file: visible even in mvn -q, where skips are not listed
      System.err.println("tandem tests: skipped: " + message);
    }
    return Assumptions.abort(message + "; test skipped");
  }
}
