package org.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.cli.CliRun.tandem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.model.Segment;
import org.tandem.model.State;
import org.tandem.model.TandemException;
import org.tandem.store.ChapterSegments;
import org.tandem.store.MergeConflict;
import org.tandem.store.SegmentStoreJson;

/**
 * Two translators on two git branches of a real repository (the sample workspace), each importing
 * translations of the same chapter; merged with plain {@code git merge}, first without tandem's merge
 * driver and then with it configured as the docs describe. The repository's {@code .gitattributes}
 * names the driver from the start: until a clone configures it, git merges the files as text.
 */
class GitMergeTest {
  static final String CHAPTER = "saarbruecken-arbeitsmarkt";
  static final String STORE = "segments/" + CHAPTER + ".json";

  @TempDir Path tmp;
  Path repo;
  Git git;
  List<Segment> untranslated;

  @BeforeEach
  void repository() throws Exception {
    repo = Workspaces.sample(tmp.resolve("repo"));
    Files.writeString(repo.resolve(".gitignore"), "build/\n.tandem.lock\n");
    Files.writeString(repo.resolve(".gitattributes"), "segments/*.json merge=tandem\n");
    git = new Git(repo, tmp.resolve("home"));
    git.ok("init", "-q", "-b", "main");
    git.ok("add", "-A");
    git.ok("commit", "-q", "-m", "sample");
    untranslated = store().segments().stream()
        .filter(s -> s.state() == State.NEW && s.source().codes().isEmpty()).toList();
  }

  ChapterSegments store() throws Exception {
    return SegmentStoreJson.read(Files.readString(repo.resolve(STORE)), STORE);
  }

  Segment segment(String key) throws Exception {
    return store().segments().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
  }

  /** On a new branch from main: translate {@code keys} through an XLIFF round trip, then commit. */
  void branch(String name, String... keysAndTranslations) throws Exception {
    git.ok("checkout", "-q", "main");
    git.ok("checkout", "-q", "-b", name);
    Path out = tmp.resolve("out-" + name);
    assertEquals(0, tandem(repo, "export", CHAPTER, "--state", "new", "-o", out.toString()).exit());
    Path xlf = out.resolve(CHAPTER + ".de-tr.xlf");
    String xml = Files.readString(xlf);
    for (int i = 0; i < keysAndTranslations.length; i += 2) {
      Matcher m = Pattern.compile("<trans-unit id=\"" + keysAndTranslations[i] + "\"[^>]*>\\s*<source>.*?</source>",
          Pattern.DOTALL).matcher(xml);
      assertTrue(m.find(), keysAndTranslations[i]);
      xml = xml.substring(0, m.end()) + "\n        <target state=\"translated\">" + keysAndTranslations[i + 1]
          + "</target>" + xml.substring(m.end());
    }
    Files.writeString(xlf, xml);
    CliRun imported = tandem(repo, "import", xlf.toString());
    assertEquals(0, imported.exit(), imported.toString());
    git.ok("commit", "-q", "-a", "-m", "translations of " + name);
  }

  void useDriver() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    git.ok("config", "merge.tandem.name", "tandem segment store");
    git.ok("config", "merge.tandem.driver", "'" + java + "' -cp '" + classpath + "' org.tandem.cli.Main"
        + " merge-driver %O %A %B %P");
  }

  @Test
  void translationsOfDifferentSegmentsMergeWithAndWithoutTheDriver() throws Exception {
    String a = untranslated.get(0).key();
    String b = untranslated.get(1).key();
    branch("anna", a, "Anna'nın çevirisi.");
    branch("berk", b, "Berk'in çevirisi.");
    Git.Run plain = git.run("merge", "--no-edit", "anna");
    assertEquals(0, plain.exit(), "neighbouring segments merge as text: " + plain.output());
    assertEquals("Anna'nın çevirisi.", segment(a).target().markup());
    assertEquals("Berk'in çevirisi.", segment(b).target().markup());

    git.ok("reset", "-q", "--hard", "HEAD~1");
    useDriver();
    Git.Run driven = git.run("merge", "--no-edit", "anna");
    assertEquals(0, driven.exit(), driven.output());
    assertEquals("Anna'nın çevirisi.", segment(a).target().markup());
    assertEquals("Berk'in çevirisi.", segment(b).target().markup());
    assertEquals(State.TRANSLATED, segment(a).state());
  }

  @Test
  void theSameSegmentTranslatedOnBothBranchesIsAConflictInsideThatSegmentOnly() throws Exception {
    String same = untranslated.get(2).key();
    String other = untranslated.get(5).key();
    branch("anna", same, "Anna'nın çevirisi.");
    branch("berk", same, "Berk'in çevirisi.", other, "Berk'in başka bir çevirisi.");

    Git.Run plain = git.run("merge", "--no-edit", "anna");
    assertEquals(1, plain.exit(), plain.output());
    String text = Files.readString(repo.resolve(STORE));
    assertTrue(text.contains("<<<<<<< HEAD"), "git's own markers break the JSON");
    assertThrows(TandemException.class, () -> SegmentStoreJson.read(text, STORE));
    git.ok("merge", "--abort");

    useDriver();
    Git.Run driven = git.run("merge", "--no-edit", "anna");
    assertEquals(1, driven.exit(), "git reports the conflict until it is resolved: " + driven.output());
    assertTrue(driven.output().contains(STORE + ": 1 segment translated differently on both branches: " + same),
        driven.output());
    ChapterSegments merged = store(); // valid JSON
    Segment conflict = segment(same);
    assertEquals(State.NEEDS_UPDATE, conflict.state());
    assertEquals("<<<<<<< Berk'in çevirisi. ======= Anna'nın çevirisi. >>>>>>>", conflict.target().markup());
    assertTrue(MergeConflict.isConflict(conflict));
    assertEquals("Berk'in başka bir çevirisi.", segment(other).target().markup());
    assertEquals(1, merged.segments().stream().filter(MergeConflict::isConflict).count());

    CliRun diff = tandem(repo, "diff", CHAPTER);
    assertTrue(diff.out().contains("  this branch:  Berk'in çevirisi.\n  other branch: Anna'nın çevirisi.\n"), diff.out());
    Path out = tmp.resolve("resolve");
    assertEquals(0, tandem(repo, "export", CHAPTER, "--state", "needs-update", "-o", out.toString()).exit());
    Path xlf = out.resolve(CHAPTER + ".de-tr.xlf");
    Files.writeString(xlf, Files.readString(xlf).replace("&lt;&lt;&lt;&lt;&lt;&lt;&lt; Berk'in çevirisi. ======="
        + " Anna'nın çevirisi. &gt;&gt;&gt;&gt;&gt;&gt;&gt;", "Anna'nın çevirisi.").replace("<<<<<<< Berk'in çevirisi."
        + " ======= Anna'nın çevirisi. >>>>>>>", "Anna'nın çevirisi."));
    CliRun resolved = tandem(repo, "import", xlf.toString());
    assertEquals(0, resolved.exit(), resolved.toString());
    assertEquals(State.TRANSLATED, segment(same).state());
    assertEquals("", MergeConflict.isConflict(segment(same)) ? "still a conflict" : "");
    git.ok("add", STORE);
    git.ok("commit", "-q", "--no-edit");
  }

  @Test
  void branchesThatBothAddedParagraphsGetDistinctKeysOnlyWithTheDriver() throws Exception {
    Path md = repo.resolve("chapters/de/" + CHAPTER + ".md");
    String original = Files.readString(md);
    int firstBreak = original.indexOf("\n\n");
    git.ok("checkout", "-q", "-b", "anna");
    Files.writeString(md, original.substring(0, firstBreak) + "\n\nEin neuer Absatz am Anfang des Kapitels."
        + original.substring(firstBreak));
    assertEquals(0, tandem(repo, "segment", CHAPTER).exit());
    git.ok("commit", "-q", "-a", "-m", "anna adds a paragraph");
    git.ok("checkout", "-q", "main");
    git.ok("checkout", "-q", "-b", "berk");
    Files.writeString(md, original + "\nEin ganz anderer neuer Absatz am Ende.\n");
    assertEquals(0, tandem(repo, "segment", CHAPTER).exit());
    git.ok("commit", "-q", "-a", "-m", "berk adds a paragraph");

    Git.Run plain = git.run("merge", "--no-edit", "anna");
    assertEquals(0, plain.exit(), plain.output());
    List<String> keys = store().segments().stream().map(Segment::key).toList();
    assertNotEquals(keys.size(), new HashSet<>(keys).size(), "a text merge gives both new segments one key");

    git.ok("reset", "-q", "--hard", "HEAD~1");
    useDriver();
    Git.Run driven = git.run("merge", "--no-edit", "anna");
    assertEquals(0, driven.exit(), driven.output());
    assertTrue(driven.output().contains("the other branch's new segment"), driven.output());
    Set<String> unique = new HashSet<>();
    store().segments().forEach(s -> assertTrue(unique.add(s.key()), "duplicate " + s.key()));
    CliRun segment = tandem(repo, "segment", CHAPTER);
    assertTrue(segment.out().contains(" 0 moved, 0 edited, 0 added, 0 retired"), segment.out());
    assertFalse(Files.readString(repo.resolve(STORE)).contains("<<<<<<<"));
  }
}
