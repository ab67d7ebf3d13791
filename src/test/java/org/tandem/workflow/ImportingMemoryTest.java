package org.tandem.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.model.Chapter;
import org.tandem.model.Code;
import org.tandem.model.CodeKind;
import org.tandem.model.Content;
import org.tandem.model.Lang;
import org.tandem.model.Segment;
import org.tandem.model.State;
import org.tandem.store.ChapterSegments;
import org.tandem.store.Workspace;
import org.tandem.xliff.XliffDocument;
import org.tandem.xliff.XliffFiles;
import org.tandem.xliff.XliffUnit;
import org.tandem.xliff.XliffVersion;

/**
 * A 100,000-unit XLIFF file (about 50 MB as 1.2, 70 MB as 2.0) is read unit by unit, never held
 * whole: a child JVM with {@value #HEAP_MB} MB of heap, less than the file, reads every unit of it.
 * And the whole import of such a file, segment store included, succeeds in 256 MB. The tests assert
 * that the children succeed, not how long they took.
 */
class ImportingMemoryTest {
  static final int UNITS = 100_000;
  static final List<Code> CODES = List.of(new Code(1, CodeKind.OPEN, "bold", "**"),
      new Code(1, CodeKind.CLOSE, "bold", "**"), new Code(2, CodeKind.PLACEHOLDER, "image", "![Karte](karte.png)"));

  @TempDir Path tmp;

  @Test
  void aHundredThousandUnitFileIsStreamedInLittleHeap() throws Exception {
    for (XliffVersion version : XliffVersion.values()) {
      Path xlf = xliff(tmp.resolve("gross-" + version + ".xlf"), version);
      assertTrue(Files.size(xlf) > 48L * 1024 * 1024, "the file alone is larger than the child's heap");
      String log = child("-Xmx" + HEAP_MB + "m", "org.tandem.xliff.UnitCounter", xlf.toString());
      assertTrue(log.contains(UNITS + " units of XLIFF " + version), log);
    }
  }

  /**
   * The whole import, store included, as {@code tandem import} in a child JVM with 256 MB of heap.
   * Needs the streamed segment store (store-streaming.patch): the store's JSON tree of 100,000
   * segments alone needs more than 768 MB.
   */
  @Test
  void aHundredThousandUnitsImportWithin256MegabytesOfHeap() throws Exception {
    Path ws = workspace(tmp.resolve("ws"));
    for (XliffVersion version : XliffVersion.values()) {
      Path xlf = xliff(tmp.resolve("gross-" + version + ".xlf"), version);
      String log = child("-Xmx256m", "org.tandem.cli.Main", "import", "-w", ws.toString(), xlf.toString());
      int applied = version == XliffVersion.V1_2 ? UNITS : 0; // the 2.0 file brings the same translations again
      assertTrue(log.contains("gross: " + applied + " applied, " + (UNITS - applied) + " unchanged, 0 rejected"), log);
    }
    Workspace opened = Workspace.open(ws);
    List<Segment> stored = opened.load(opened.config().chapter("gross").orElseThrow()).segments();
    assertEquals(UNITS, stored.size());
    Segment last = stored.get(UNITS - 1);
    assertEquals(State.TRANSLATED, last.state());
    assertEquals(target(UNITS - 1), last.target());
  }

  /** A workspace with one German chapter of {@link #UNITS} untranslated segments. */
  private static Path workspace(Path dir) throws java.io.IOException {
    Workspace ws = Workspace.init(dir, "Groß");
    Chapter chapter = new Chapter("gross", "chapters/de/gross.md", Lang.DE);
    Files.writeString(dir.resolve(chapter.file()), "# Groß\n");
    ws.saveConfig(ws.config().withChapter(chapter));
    List<Segment> segments = new ArrayList<>(UNITS);
    for (int i = 0; i < UNITS; i++) {
      segments.add(Segment.untranslated("s" + i, i + 1, source(i)));
    }
    ws.save(new ChapterSegments("gross", UNITS, segments, List.of()));
    return dir;
  }

  /** The heap the reading child gets: less than either file, so it cannot hold one whole. */
  static final int HEAP_MB = 32;

  /** Runs a main class in a child JVM with this test's classpath; returns its output, asserting exit 0. */
  private String child(String heap, String mainClass, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(javaBin(), heap, "-XX:+ExitOnOutOfMemoryError",
        "-cp", System.getProperty("java.class.path"), mainClass));
    command.addAll(List.of(args));
    Path log = Files.createTempFile(tmp, "child", ".log");
    Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertTrue(child.waitFor(10, TimeUnit.MINUTES), "the child finished");
    String output = Files.readString(log);
    assertEquals(0, child.exitValue(), output);
    return output;
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static Content source(int i) {
    return Content.parse("{1}Satz{/1} " + i + ": Die Kommune tagt an einem warmen Tag in Düsseldorf.{2/}", CODES);
  }

  private static Content target(int i) {
    return Content.parse("{1}Cümle{/1} " + i + ": belediye İstanbul'da ılık bir günde toplanıyor.{2/}", CODES);
  }

  /** The chapter translated, as an XLIFF file of the given version. */
  private static Path xliff(Path file, XliffVersion version) throws java.io.IOException {
    List<XliffUnit> units = new ArrayList<>(UNITS);
    for (int i = 0; i < UNITS; i++) {
      units.add(XliffUnit.of("s" + i, source(i), target(i), State.TRANSLATED, List.of("Glossar: Kommune → belediye")));
    }
    XliffDocument doc = new XliffDocument("chapters/de/gross.md", "gross", Lang.DE, Lang.TR, units);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      XliffFiles.write(doc, version, out);
    }
    return file;
  }
}
