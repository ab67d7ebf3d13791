package org.tandem.interop;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** A missing tool skips an interop test in a plain build and fails it in the interop profile. */
class RequiredToolTest {
  private String saved;

  @BeforeEach
  void saveProperty() {
    saved = System.getProperty(RequiredTool.PROPERTY);
  }

  @AfterEach
  void restoreProperty() {
    if (saved == null) {
      System.clearProperty(RequiredTool.PROPERTY);
    } else {
      System.setProperty(RequiredTool.PROPERTY, saved);
    }
  }

  @Test
  void anAvailableToolPassesInBothBuilds() {
    System.clearProperty(RequiredTool.PROPERTY);
    assertDoesNotThrow(() -> RequiredTool.check(true, "OmegaT", "apt-get install omegat"));
    System.setProperty(RequiredTool.PROPERTY, "true");
    assertDoesNotThrow(() -> RequiredTool.check(true, "OmegaT", "apt-get install omegat"));
  }

  @Test
  void aMissingToolSkipsWithWhatToInstall() {
    System.clearProperty(RequiredTool.PROPERTY);
    TestAbortedException skipped = assertThrows(TestAbortedException.class,
        () -> RequiredTool.check(false, "OmegaT", "apt-get install omegat"));
    assertTrue(skipped.getMessage().contains("OmegaT is not available (apt-get install omegat)"), skipped.getMessage());
  }

  @Test
  void aMissingToolFailsInTheInteropProfile() {
    System.setProperty(RequiredTool.PROPERTY, "true");
    AssertionFailedError failed = assertThrows(AssertionFailedError.class,
        () -> RequiredTool.check(false, "OmegaT", "apt-get install omegat"));
    assertTrue(failed.getMessage().contains("the interop profile (mvn -Pinterop verify) needs it"), failed.getMessage());
  }
}
