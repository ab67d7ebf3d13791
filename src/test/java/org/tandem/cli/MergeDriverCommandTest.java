package org.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.cli.CliRun.tandem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.model.Content;
import org.tandem.model.Segment;
import org.tandem.model.State;
import org.tandem.store.ChapterSegments;
import org.tandem.store.SegmentStoreJson;

/** {@code tandem merge-driver BASE OURS THEIRS PATH}, run in-process on files as git passes them. */
class MergeDriverCommandTest {
  static final Segment S1 = Segment.untranslated("s1", 1, Content.text("Die Kommune hilft."));
  static final Segment S2 = Segment.untranslated("s2", 2, Content.text("Die Familien ziehen ein."));

  @TempDir Path tmp;

  Path file(String name, Segment... segments) throws Exception {
    Path file = tmp.resolve(name);
    Files.writeString(file, SegmentStoreJson.write(new ChapterSegments("ch", 3, List.of(segments), List.of())));
    return file;
  }

  ChapterSegments read(Path file) throws Exception {
    return SegmentStoreJson.read(Files.readString(file), file.toString());
  }

  @Test
  void mergesChangesToDifferentSegmentsIntoOurs() throws Exception {
    Path base = file("base", S1, S2);
    Segment a = S1.withTarget(Content.text("Belediye yardım ediyor."), State.TRANSLATED);
    Segment t = S2.withTarget(Content.text("Aileler taşınıyor."), State.REVIEWED);
    Path ours = file("ours", a, S2);
    Path theirs = file("theirs", S1, t);
    CliRun r = tandem(null, "merge-driver", base.toString(), ours.toString(), theirs.toString(), "segments/ch.json");
    assertEquals(0, r.exit(), r.toString());
    assertEquals("", r.out() + r.err());
    assertEquals(List.of(a, t), read(ours).segments());
  }

  @Test
  void aSegmentTranslatedDifferentlyIsAConflictInsideItAndExitsOne() throws Exception {
    Path base = file("base", S1, S2);
    Path ours = file("ours", S1.withTarget(Content.text("Belediye yardım ediyor."), State.TRANSLATED), S2);
    Path theirs = file("theirs", S1.withTarget(Content.text("Belediye destek oluyor."), State.TRANSLATED), S2);
    CliRun r = tandem(null, "merge-driver", base.toString(), ours.toString(), theirs.toString(), "segments/ch.json");
    assertEquals(1, r.exit(), r.toString());
    assertEquals("segments/ch.json: 1 segment translated differently on both branches: s1; both translations are"
        + " kept inside each; run 'tandem diff', resolve, then 'git add segments/ch.json'\n", r.err());
    Segment merged = read(ours).segments().get(0);
    assertEquals("<<<<<<< Belediye yardım ediyor. ======= Belediye destek oluyor. >>>>>>>", merged.target().markup());
    assertEquals(State.NEEDS_UPDATE, merged.state());
  }

  @Test
  void anEmptyBaseMeansTheFileIsNewOnBothSides() throws Exception {
    Path base = tmp.resolve("empty");
    Files.writeString(base, "");
    Path ours = file("ours", S1);
    Path theirs = file("theirs", S1, S2);
    assertEquals(0, tandem(null, "merge-driver", base.toString(), ours.toString(), theirs.toString()).exit());
    assertEquals(List.of(S1, S2), read(ours).segments());
  }

  @Test
  void aBrokenVersionLeavesOursUntouchedAndExitsTwo() throws Exception {
    Path base = file("base", S1);
    Path ours = file("ours", S1, S2);
    String before = Files.readString(ours);
    Path theirs = tmp.resolve("theirs");
    Files.writeString(theirs, "{\n<<<<<<< HEAD\n");
    CliRun r = tandem(null, "merge-driver", base.toString(), ours.toString(), theirs.toString(), "segments/ch.json");
    assertEquals(2, r.exit(), r.toString());
    assertTrue(r.err().startsWith("tandem: segments/ch.json (theirs):2: the segment file is not valid JSON"), r.err());
    assertEquals(before, Files.readString(ours));
  }

  @Test
  void versionsOfDifferentChaptersAreRefused() throws Exception {
    Path base = file("base", S1);
    Path ours = file("ours", S1);
    Path theirs = tmp.resolve("theirs");
    Files.writeString(theirs, SegmentStoreJson.write(new ChapterSegments("anderes", 2, List.of(S1), List.of())));
    CliRun r = tandem(null, "merge-driver", base.toString(), ours.toString(), theirs.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("belong to different chapters ('ch' and 'anderes')"), r.err());
  }
}
