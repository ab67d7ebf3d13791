package org.tandem.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.xliff.Xliff12Reader;

/**
 * Okapi's XLIFF 2.0 reader, with maximal validation, accepts every file {@code tandem export --xliff 2.0}
 * writes and finds in it what the XLIFF 1.2 export of the same chapter holds.
 */
class OkapiXliff20ReaderTest {
  @TempDir Path tmp;

  @Test
  void readsEveryUnitWithItsIdTextAndTags() throws Exception {
    RequiredTool.check(OkapiXliff20.available(), "Okapi's XLIFF 2.0 reader (" + OkapiXliff20.READER + ")",
        "okapi-lib-xliff2, on the test classpath with mvn -Pinterop");
    InteropWorkspace ws = InteropWorkspace.copyOfSample(tmp.resolve("ws")).withTestChapters();
    List<Path> xliff12 = ws.export(tmp.resolve("out-1.2"));
    List<Path> xliff20 = ws.export(tmp.resolve("out-2.0"), "--xliff", "2.0");
    assertEquals(9, xliff20.size(), "seven sample chapters and two test chapters");
    assertEquals(xliff12.stream().map(Path::getFileName).toList(), xliff20.stream().map(Path::getFileName).toList());
    for (int i = 0; i < xliff20.size(); i++) {
      List<OkapiXliff20.Unit> expected = new Xliff12Reader().read(xliff12.get(i)).units().stream()
          .map(OkapiXliff20.Unit::of).toList();
      assertEquals(expected, OkapiXliff20.read(xliff20.get(i)), xliff20.get(i).getFileName().toString());
    }
  }
}
