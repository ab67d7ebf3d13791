package org.tandem.interop;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Decides what a missing third-party tool means: a skipped test in a plain {@code mvn verify}, a failure
 * in {@code mvn -Pinterop verify} (the profile sets {@code tandem.interop.required=true}), so that CI
 * cannot pass without having run the tool.
 */
public final class RequiredTool {
  /** The system property the interop profile sets. */
  static final String PROPERTY = "tandem.interop.required";

  private RequiredTool() {}

  /** True when the interop profile is active. */
  static boolean required() {
    return Boolean.getBoolean(PROPERTY);
  }

  /** Skips (or, in the interop profile, fails) the calling test when {@code available} is false. */
  public static void check(boolean available, String tool, String howToGetIt) {
    if (available) {
      return;
    }
    String message = tool + " is not available (" + howToGetIt + ")";
    if (required()) {
      Assertions.fail(message + "; the interop profile (mvn -Pinterop verify) needs it");
    }
    Assumptions.abort(message + "; interop test skipped, run .ci/run or mvn -Pinterop verify to require it");
  }
}
