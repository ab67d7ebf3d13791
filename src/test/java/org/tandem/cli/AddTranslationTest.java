package org.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.cli.CliRun.tandem;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.model.Chapter;
import org.tandem.model.Segment;
import org.tandem.model.State;
import org.tandem.store.Workspace;

/** {@code tandem add --translation} and {@code --pair-folders}: add a chapter and align its translation in one step. */
class AddTranslationTest {
  @TempDir Path tmp;

  private Path init() {
    Path ws = tmp.resolve("ws");
    assertEquals(0, tandem(null, "init", ws.toString()).exit());
    return ws;
  }

  private static long aligned(Path ws, String id) {
    Workspace w = Workspace.open(ws);
    Chapter chapter = w.config().chapter(id).orElseThrow();
    return w.load(chapter).segments().stream()
        .filter(s -> s.state() == State.TRANSLATED && s.origin().equals("aligned")).count();
  }

  @Test
  void addsAChapterAndAlignsItsTranslation() {
    Path ws = init();
    CliRun run = tandem(ws, "add", "chapters/de/altena-ehrenamt.md", "--lang", "de", "--translation",
        AlignCommandTest.TRANSLATION.toString());
    assertEquals(0, run.exit(), run.toString());
    assertTrue(run.out().contains("Added chapter altena-ehrenamt"), run.out());
    assertTrue(run.out().contains("42 segments translated (aligned)"), run.out());
    assertEquals(42, aligned(ws, "altena-ehrenamt"));
  }

  @Test
  void pairsFilesOfTheSameNameInLanguageFolders() throws Exception {
    Path ws = init();
    Path in = tmp.resolve("texte");
    Files.createDirectories(in.resolve("de"));
    Files.createDirectories(in.resolve("tr"));
    Files.copy(Path.of("chapters/de/altena-ehrenamt.md"), in.resolve("de/altena.md"));
    Files.copy(AlignCommandTest.TRANSLATION, in.resolve("tr/altena.md"));
    Files.writeString(in.resolve("de/ohne.md"), "# Ohne Übersetzung\n\nDie Stadt wächst und die Schulen sind voll.\n");
    Files.writeString(in.resolve("tr/yalniz.md"), "# Yalnız\n\nBu metnin Almancası yok.\n");
    CliRun run = tandem(ws, "add", in.toString(), "--lang", "de", "--pair-folders");
    assertEquals(0, run.exit(), run.toString());
    assertTrue(run.err().contains("yalniz.md: no de/yalniz.md to pair it with; not added"), run.err());
    assertEquals(java.util.List.of("altena", "ohne"),
        Workspace.open(ws).config().chapters().stream().map(Chapter::id).toList());
    assertEquals(42, aligned(ws, "altena"));
    assertEquals(0, aligned(ws, "ohne"));
  }

  @Test
  void pairFoldersNeedsTheLanguageOfTheOriginals() {
    Path ws = init();
    CliRun run = tandem(ws, "add", "chapters/", "--pair-folders");
    assertEquals(2, run.exit(), run.toString());
    assertTrue(run.err().contains("--pair-folders needs --lang de or --lang tr"), run.err());
  }

  @Test
  void aRefusedTranslationLeavesTheChapterAddedWithoutTargets() throws Exception {
    Path ws = init();
    CliRun run = tandem(ws, "add", "chapters/de/altena-ehrenamt.md", "--lang", "de", "--translation",
        "chapters/de/osnabrueck-integrationskonzept.md");
    assertEquals(2, run.exit(), run.toString());
    assertTrue(run.err().contains("is written in German"), run.err());
    Workspace w = Workspace.open(ws);
    assertTrue(w.load(w.config().chapter("altena-ehrenamt").orElseThrow()).segments().stream()
        .noneMatch(Segment::hasTarget));
  }
}
