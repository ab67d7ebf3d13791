package org.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.cli.CliRun.tandem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.model.Chapter;
import org.tandem.model.Content;
import org.tandem.model.Segment;
import org.tandem.model.State;
import org.tandem.store.ChapterSegments;
import org.tandem.store.MergeConflict;
import org.tandem.store.Workspace;

class BuildCommandTest {
  @TempDir Path tmp;

  @Test
  void anUnresolvedMergeConflictIsNeverPublished() throws Exception {
    Path dir = Workspaces.sample(tmp.resolve("ws"));
    Workspace ws = Workspace.open(dir);
    Chapter chapter = ws.config().chapter("altena-ehrenamt").orElseThrow();
    ChapterSegments store = ws.load(chapter);
    List<Segment> segments = new ArrayList<>(store.segments());
    Segment first = segments.get(0);
    segments.set(0, new Segment(first.key(), first.para(), first.source(),
        Content.text("<<<<<<< A\nbir\n=======\niki\n>>>>>>> B"), State.NEEDS_UPDATE, first.source(),
        MergeConflict.ORIGIN, List.of()));
    ws.save(store.withSegments(segments));

    CliRun strict = tandem(dir, "build", "altena-ehrenamt", "--require-complete");
    assertEquals(1, strict.exit(), strict.toString());
    CliRun run = tandem(dir, "build", "altena-ehrenamt");
    assertEquals(0, run.exit(), run.toString());
    String md = Files.readString(dir.resolve("build/tr/altena-ehrenamt.md"));
    assertFalse(md.contains("<<<<<<<"), md);
    assertTrue(md.startsWith("# " + first.source().plainText() + "\n"), md);
  }

  @Test
  void aChapterEditedSinceSegmentingStopsTheBuildBeforeAnythingIsWritten() throws Exception {
    Path dir = Workspaces.sample(tmp.resolve("ws"));
    assertEquals(0, tandem(dir, "build").exit());
    Path out = dir.resolve("build");
    java.util.Map<String, String> before = Workspaces.fingerprint(out);
    Path source = dir.resolve("chapters/tr/sultanbeyli-mesleki-egitim.md");
    Files.writeString(source, Files.readString(source) + "\nYeni bir paragraf.\n");

    CliRun run = tandem(dir, "build");
    assertEquals(2, run.exit(), run.toString());
    assertTrue(run.err().contains("chapters/tr/sultanbeyli-mesleki-egitim.md: the source of chapter"
        + " 'sultanbeyli-mesleki-egitim' changed since it was last segmented; run 'tandem segment"
        + " sultanbeyli-mesleki-egitim' first"), run.err());
    assertEquals(before, Workspaces.fingerprint(out), "the edition stays as it was");
  }
}
