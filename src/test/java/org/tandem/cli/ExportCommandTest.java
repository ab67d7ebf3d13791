package org.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.cli.CliRun.tandem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.xliff.CoreSchema20;
import org.tandem.xliff.StrictSchema;
import org.tandem.xliff.XliffDocument;
import org.tandem.xliff.XliffFiles;
import org.tandem.xliff.XliffUnit;
import org.tandem.xliff.XliffVersion;

/** {@code tandem export --xliff 1.2|2.0} on a copy of the sample workspace. */
class ExportCommandTest {
  @TempDir Path tmp;
  Path ws;

  @BeforeEach
  void copySample() throws Exception {
    ws = Workspaces.sample(tmp.resolve("ws"));
  }

  private List<Path> export(String dir, String... options) throws Exception {
    String[] args = Stream.concat(Stream.of("export", "-o", tmp.resolve(dir).toString()), Stream.of(options))
        .toArray(String[]::new);
    CliRun run = tandem(ws, args);
    assertEquals(0, run.exit(), run.toString());
    try (Stream<Path> files = Files.list(tmp.resolve(dir))) {
      return files.sorted().toList();
    }
  }

  @Test
  void everyChapterExportedAsXliff20ValidatesAndReadsBackLikeTheXliff12Export() throws Exception {
    List<Path> v20 = export("v20", "--xliff", "2.0");
    List<Path> v12 = export("v12");
    assertEquals(7, v20.size());
    for (int i = 0; i < v20.size(); i++) {
      byte[] xml = Files.readAllBytes(v20.get(i));
      assertDoesNotThrow(() -> CoreSchema20.validate(xml), v20.get(i).toString());
      byte[] old = Files.readAllBytes(v12.get(i));
      assertDoesNotThrow(() -> StrictSchema.validate(old), v12.get(i).toString());
      assertTrue(new String(xml, java.nio.charset.StandardCharsets.UTF_8).contains("version=\"2.0\""));
      XliffDocument a = XliffFiles.read(v20.get(i));
      XliffDocument b = XliffFiles.read(v12.get(i));
      assertEquals(b.units().stream().map(ExportCommandTest::withoutRawState).toList(),
          a.units().stream().map(ExportCommandTest::withoutRawState).toList(), v20.get(i).toString());
      assertEquals(List.of(b.chapter(), b.original(), b.sourceLang()), List.of(a.chapter(), a.original(), a.sourceLang()));
    }
    assertEquals(XliffVersion.V1_2, XliffFiles.readAny(v12.get(0)).version(), "1.2 stays the default");
  }

  private static XliffUnit withoutRawState(XliffUnit u) {
    return new XliffUnit(u.id(), u.source(), u.target(), u.state(), u.notes(), null, u.preserveSpace());
  }

  @Test
  void refusesAnUnknownVersion() {
    CliRun run = tandem(ws, "export", "-o", tmp.resolve("x").toString(), "--xliff", "1.1");
    assertEquals(2, run.exit(), run.toString());
    assertTrue(run.err().contains("unknown XLIFF version '1.1' (expected 1.2 or 2.0)"), run.toString());
    CliRun state = tandem(ws, "export", "-o", tmp.resolve("x").toString(), "--state", "done");
    assertEquals(2, state.exit(), state.toString());
    assertTrue(state.err().contains("unknown state 'done'"), state.toString());
  }
}
