package org.tandem.workflow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tandem.model.Chapter;
import org.tandem.model.Segment;
import org.tandem.model.TandemException;
import org.tandem.store.ChapterSegments;
import org.tandem.store.SegmentationCache;
import org.tandem.store.Workspace;
import org.tandem.xliff.XliffChapterHandler;
import org.tandem.xliff.XliffDocument;
import org.tandem.xliff.XliffFiles;
import org.tandem.xliff.XliffUnit;

/**
 * Applies translated XLIFF (1.2 or 2.x) to the segment store, all or nothing per file unless asked
 * otherwise: units are matched by id, their source must still be the stored source (modulo what
 * CAT tools do to whitespace) and their target must keep every inline code in a workable order, or
 * the unit is reported and, by default, nothing of the file is applied: the store stays byte for
 * byte as it was. The file is streamed, so a large one is never held whole in memory; the chapter
 * comes from the file's chapter id or {@code original}, which only ever select one of the
 * workspace's chapters and never name a place to write.
 */
public final class Importing {
  private Importing() {}

  /**
   * How to import.
   *
   * @param dryRun check and report, write nothing
   * @param partial apply the good units of a file even when others are rejected or in conflict
   * @param acceptChanged apply a translation whose source changed since the export, as needs-update
   */
  public record Options(boolean dryRun, boolean partial, boolean acceptChanged) {}

  /**
   * A unit that could not be applied.
   *
   * @param unit the unit id
   * @param line the line where the unit starts in the file
   * @param message why, in words a translator understands
   */
  public record Rejection(String unit, int line, String message) {}

  /**
   * A unit whose source is no longer the stored one (the chapter changed after the export).
   *
   * @param unit the unit id
   * @param line the line where the unit starts in the file
   * @param fileSource the source in the XLIFF file (inline codes as {1}…{/1})
   * @param storeSource the source in the workspace
   */
  public record Conflict(String unit, int line, String fileSource, String storeSource) {}

  /**
   * What importing one file did (or would do, in a dry run).
   *
   * @param file the XLIFF file
   * @param chapter the chapter it belongs to
   * @param applied units whose translation or state changed the store (or would have)
   * @param changedSources of those, units with a changed source applied as needs-update
   * @param unchanged units with nothing new
   * @param rejected units refused
   * @param conflicts units whose source changed
   * @param written whether the store was written
   */
  public record Result(Path file, Chapter chapter, int applied, int changedSources, int unchanged,
      List<Rejection> rejected, List<Conflict> conflicts, boolean written) {
    /** True when every unit could be applied. */
    public boolean accepted() {
      return rejected.isEmpty() && conflicts.isEmpty();
    }
  }

  /**
   * What importing one of several files gave: its result, or the error that refused it whole.
   *
   * @param file the XLIFF file
   * @param result what was applied, or null
   * @param error why nothing of the file was applied, or null
   * @param unreadable true when the error is that the file cannot be read as a chapter's XLIFF at all (not
   *     well-formed, not XLIFF, broken XLIFF rules), false when a readable file was refused by this workspace
   */
  public record Outcome(Path file, Result result, TandemException error, boolean unreadable) {}

  /**
   * Imports XLIFF files on every processor: files of different chapters at once, files of the same
   * chapter one after the other in the order given, so the later file's translation wins as it would
   * one file at a time.
   *
   * @return per file, in the order given, what importing it did
   */
  public static List<Outcome> importFiles(Project project, List<Path> files, Options options, Tracker tracker) {
    List<String> chapters = Parallel.map(files, file -> chapterOf(project.workspace(), file));
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < files.size(); i++) {
      String key = chapters.get(i) != null ? chapters.get(i) : "\u0000" + i; // unknown: on its own
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
    }
    Outcome[] outcomes = new Outcome[files.size()];
    SegmentationCache cache = SegmentationCache.read(project.workspace());
    try {
      importGroups(project, files, options, tracker, groups, outcomes, cache);
    } finally {
      cache.save();
    }
    return List.of(outcomes);
  }

  private static void importGroups(Project project, List<Path> files, Options options, Tracker tracker,
      Map<String, List<Integer>> groups, Outcome[] outcomes, SegmentationCache cache) {
    Parallel.mapWriting(List.copyOf(groups.values()), group -> {
      for (int i : group) {
        Path file = files.get(i);
        Run run = new Run(project.workspace(), file, options, cache);
        try {
          XliffFiles.readChapter(file, run);
          Result result = run.finish();
          outcomes[i] = new Outcome(file, result, null, false);
          tracker.done(result.chapter(), result.applied() + result.unchanged());
        } catch (TandemException e) {
          outcomes[i] = new Outcome(file, null, e, e != run.refusal);
        }
      }
      return group;
    });
  }

  /** The id of the chapter a file belongs to, from its header alone, or null when it cannot be told. */
  private static String chapterOf(Workspace ws, Path file) {
    try {
      XliffFiles.readChapter(file, new XliffChapterHandler() {
        @Override
        public void header(XliffDocument header) {
          throw new HeaderRead(chapterOf(ws, header, file).id());
        }

        @Override
        public void unit(XliffUnit unit, int line) {}
      });
    } catch (HeaderRead read) {
      return read.chapter;
    } catch (RuntimeException e) {
      return null; // the import reports why
    }
    return null;
  }

  /** Stops reading a file once its header is known. */
  private static final class HeaderRead extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String chapter;

    HeaderRead(String chapter) {
      super(null, null, false, false);
      this.chapter = chapter;
    }
  }

  /** Imports one XLIFF file all or nothing; with {@code dryRun} nothing is written. */
  public static Result importFile(Project project, Path file, boolean dryRun) {
    return importFile(project, file, new Options(dryRun, false, false));
  }

  /** Imports one XLIFF file. */
  public static Result importFile(Project project, Path file, Options options) {
    SegmentationCache cache = SegmentationCache.read(project.workspace());
    Run run = new Run(project.workspace(), file, options, cache);
    XliffFiles.readChapter(file, run);
    Result result = run.finish();
    cache.save();
    return result;
  }

  /** The segment with the unit's translation, or the segment itself when the unit brings nothing new. */
  static Segment apply(Segment seg, XliffUnit unit) {
    ImportingUnits.Outcome outcome = ImportingUnits.decide(seg, unit, false);
    if (outcome instanceof ImportingUnits.Applied a) {
      return a.segment();
    }
    if (outcome instanceof ImportingUnits.Rejected r) {
      throw new IllegalArgumentException(r.message());
    }
    if (outcome instanceof ImportingUnits.Conflict c) {
      throw new IllegalArgumentException(conflictMessage(c.fileSource(), c.storeSource()));
    }
    return seg;
  }

  /** The words for a conflict, with both texts. */
  static String conflictMessage(String fileSource, String storeSource) {
    return "the source text differs from the workspace's: the XLIFF file has \"" + fileSource
        + "\", the workspace has \"" + storeSource + "\"; the chapter changed after the export: export it"
        + " again, or import with --accept-changed to keep the translation as needs-update";
  }

  /** One file's import, fed unit by unit by the reader. */
  private static final class Run implements XliffChapterHandler {
    private final Workspace ws;
    private final Path file;
    private final Options options;
    private final SegmentationCache cache;
    private Chapter chapter;
    private ChapterSegments stored;
    private final Map<String, Integer> index = new HashMap<>();
    private List<Segment> segments;
    private final List<Rejection> rejected = new ArrayList<>();
    private final List<Conflict> conflicts = new ArrayList<>();
    private int applied;
    private int changedSources;
    private int unchanged;
    /** The workspace's refusal of a readable file (no such chapter, other languages), or null. */
    private TandemException refusal;

    Run(Workspace ws, Path file, Options options, SegmentationCache cache) {
      this.ws = ws;
      this.cache = cache;
      this.file = file;
      this.options = options;
    }

    @Override
    public void header(XliffDocument header) {
      try {
        chapter = chapterOf(ws, header, file);
      } catch (TandemException e) {
        refusal = e;
        throw e;
      }
      stored = ws.load(chapter);
      segments = new ArrayList<>(stored.segments());
      for (int i = 0; i < segments.size(); i++) {
        index.put(segments.get(i).key(), i);
      }
    }

    @Override
    public void unit(XliffUnit unit, int line) {
      Integer at = index.get(unit.id());
      if (at == null) {
        rejected.add(new Rejection(unit.id(), line, "no segment with this id in chapter '" + chapter.id()
            + "' (was the chapter re-segmented after the export? export it again)"));
        return;
      }
      ImportingUnits.Outcome outcome = ImportingUnits.decide(segments.get(at), unit, options.acceptChanged());
      if (outcome instanceof ImportingUnits.Applied a) {
        segments.set(at, a.segment());
        applied++;
        changedSources += a.changedSource() ? 1 : 0;
      } else if (outcome instanceof ImportingUnits.Conflict c) {
        conflicts.add(new Conflict(unit.id(), line, c.fileSource(), c.storeSource()));
      } else if (outcome instanceof ImportingUnits.Rejected r) {
        rejected.add(new Rejection(unit.id(), line, r.message()));
      } else {
        unchanged++;
      }
    }

    Result finish() {
      boolean clean = rejected.isEmpty() && conflicts.isEmpty();
      boolean write = !options.dryRun() && applied > 0 && (clean || options.partial());
      if (write) {
        String before = cache.stamp(chapter);
        ws.save(stored.withSegments(segments));
        cache.carry(chapter, before); // the sources are unchanged: still current for re-segmenting
      }
      int counted = clean || options.partial() ? applied : 0;
      return new Result(file, chapter, counted, clean || options.partial() ? changedSources : 0,
          unchanged, List.copyOf(rejected), List.copyOf(conflicts), write);
    }
  }

  /**
   * The chapter a file belongs to, from the chapter id it carries or else its {@code original};
   * both must agree, and the languages must be the chapter's.
   */
  private static Chapter chapterOf(Workspace ws, XliffDocument doc, Path file) {
    Optional<Chapter> byId = doc.chapter() == null ? Optional.empty() : ws.config().chapter(doc.chapter());
    Optional<Chapter> byOriginal = ws.config().chapters().stream().filter(c -> c.file().equals(doc.original())).findFirst();
    if (byId.isPresent() && byOriginal.isPresent() && !byId.get().equals(byOriginal.get())) {
      throw new TandemException(file.toString(), 0, "this XLIFF file names chapter '" + doc.chapter()
          + "' but its original is '" + doc.original() + "', the file of chapter '" + byOriginal.get().id()
          + "'; it was edited by hand or comes from another workspace");
    }
    Chapter chapter = byId.or(() -> byOriginal).orElseThrow(() -> new TandemException(file.toString(), 0,
        "this XLIFF file belongs to no chapter of this workspace (it names "
            + (doc.chapter() == null ? "no chapter" : "chapter '" + doc.chapter() + "'")
            + " and its original is '" + doc.original() + "')"));
    if (doc.sourceLang() != chapter.sourceLang() || doc.targetLang() != chapter.targetLang()) {
      throw new TandemException(file.toString(), 0, "the file translates " + doc.sourceLang() + " -> "
          + doc.targetLang() + ", but chapter '" + chapter.id() + "' is " + chapter.sourceLang() + " -> "
          + chapter.targetLang());
    }
    return chapter;
  }
}
