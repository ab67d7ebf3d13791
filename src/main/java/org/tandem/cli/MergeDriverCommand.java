package org.tandem.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tandem.model.TandemException;
import org.tandem.store.AtomicFiles;
import org.tandem.store.ChapterSegments;
import org.tandem.store.SegmentMerge;
import org.tandem.store.SegmentStoreJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tandem merge-driver}: git's merge driver for segment files, merging segment by segment. */
@Command(
    name = "merge-driver",
    mixinStandardHelpOptions = true,
    header = "Merge two versions of a segment file (a git merge driver).",
    description = {"Merge two versions of segments/CHAPTER.json segment by segment; git calls it during"
        + " 'git merge' once it is set up (see docs). Changes to different segments are all kept; a"
        + " segment translated differently on both sides keeps both translations inside it, between"
        + " <<<<<<< and >>>>>>>, and becomes needs-update ('tandem diff' shows it). The result, written to"
        + " OURS, is always a valid segment file.",
        "",
        "Set-up, once per clone:  git config merge.tandem.name \"tandem segment store\"",
        "  git config merge.tandem.driver \"tandem merge-driver %%O %%A %%B %%P\"",
        "and in .gitattributes:  segments/*.json merge=tandem",
        "",
        "Exit codes: 0 merged; 1 merged with conflicts inside segments (git then reports the file as"
            + " conflicted until it is resolved and added); 2 a version is not a segment file (OURS is left"
            + " as it was)."})
final class MergeDriverCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "BASE", description = "The common ancestor's version (git's %%O).")
  Path base;

  @Parameters(index = "1", paramLabel = "OURS", description = "The current branch's version; the result is"
      + " written here (git's %%A).")
  Path ours;

  @Parameters(index = "2", paramLabel = "THEIRS", description = "The other branch's version (git's %%B).")
  Path theirs;

  @Parameters(index = "3", arity = "0..1", paramLabel = "PATH", description = "The file's path in the"
      + " repository, for messages (git's %%P).")
  String path;

  @Override
  public Integer call() {
    String name = path != null ? path : ours.toString();
    ChapterSegments a = read(ours, name + " (ours)");
    ChapterSegments t = read(theirs, name + " (theirs)");
    if (!a.chapter().equals(t.chapter())) {
      throw new TandemException(name, 0, "the two versions belong to different chapters ('" + a.chapter()
          + "' and '" + t.chapter() + "')");
    }
    ChapterSegments b = isEmpty(base) ? ChapterSegments.empty(a.chapter()) : read(base, name + " (base)");
    SegmentMerge.Result result = SegmentMerge.merge(b, a, t);
    AtomicFiles.write(ours, SegmentStoreJson.write(result.store()));
    PrintWriter err = spec.commandLine().getErr();
    result.renamed().forEach((from, to) -> err.printf("%s: the other branch's new segment %s is now %s%n",
        name, from, to));
    if (result.clean()) {
      return Main.OK;
    }
    err.printf("%s: %d segment%s translated differently on both branches: %s; both translations are kept"
        + " inside each; run 'tandem diff', resolve, then 'git add %s'%n", name, result.conflicts().size(),
        result.conflicts().size() == 1 ? "" : "s", String.join(", ", result.conflicts()), name);
    return Main.FAILED;
  }

  private static boolean isEmpty(Path file) {
    try {
      return Files.size(file) == 0;
    } catch (IOException e) {
      throw new TandemException(file.toString(), 0, "cannot read: " + e.getMessage());
    }
  }

  private static ChapterSegments read(Path file, String name) {
    try {
      return SegmentStoreJson.read(Files.readString(file), name);
    } catch (IOException e) {
      throw new TandemException(name, 0, "cannot read: " + e.getMessage());
    }
  }
}
