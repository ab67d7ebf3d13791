package org.tandem.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** Tool runs report their output, and a run that hangs is killed and fails with what it printed. */
class ChildProcessTest {
  @TempDir Path tmp;

  @Test
  void aFailedRunShowsCommandExitCodeAndOutput() throws Exception {
    ChildProcess run = ChildProcess.run(tmp, List.of("sh", "-c", "echo 'Türkçe İ ı ß'; echo oops >&2; exit 3"));
    assertEquals(3, run.exit());
    assertEquals("Türkçe İ ı ß\noops\n", run.output());
    AssertionFailedError failed = assertThrows(AssertionFailedError.class, run::ok);
    assertTrue(failed.getMessage().contains("exit 3") && failed.getMessage().contains("oops"), failed.getMessage());
  }

  @Test
  void aHangingRunIsKilledWithItsChildrenAndFailsWithItsOutput() throws Exception {
    Path pidFile = tmp.resolve("child.pid");
    AssertionFailedError failed = assertThrows(AssertionFailedError.class, () -> ChildProcess.run(tmp,
        List.of("sh", "-c", "sleep 300 & echo $! > child.pid; echo started; wait"), Duration.ofSeconds(1)));
    assertTrue(failed.getMessage().startsWith("killed after 1 s: sh -c"), failed.getMessage());
    assertTrue(failed.getMessage().contains("started"), failed.getMessage());
    long child = Long.parseLong(Files.readString(pidFile).strip());
    Optional<ProcessHandle> sleeper = ProcessHandle.of(child);
    if (sleeper.isPresent()) {
      sleeper.get().onExit().get(10, TimeUnit.SECONDS); // a survivor would time out here instead of hanging on
    }
  }
}
