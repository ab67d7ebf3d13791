package org.tandem.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.tandem.compare.Contents;
import org.tandem.extract.ExtractedDocument;
import org.tandem.format.DocumentFormat;
import org.tandem.format.Formats;
import org.tandem.model.Chapter;
import org.tandem.model.Lang;
import org.tandem.model.TandemException;
import org.tandem.store.AtomicFiles;
import org.tandem.store.ChapterSegments;
import org.tandem.store.SegmentationCache;
import org.tandem.store.Workspace;
import org.tandem.tm.TmUnit;
import org.tandem.tm.TranslationMemory;

/**
 * Registers chapters and (re-)segments them, carrying translations over, on every processor.
 *
 * <p>A chapter is read again only when it may have changed: the {@link SegmentationCache} remembers
 * the rules and the source file its segments were made from; when both are the same and its segment
 * file is as tandem left it, the source is hashed and nothing else is done.
 */
public final class Segmentation {
  private Segmentation() {}

  /**
   * Re-segments chapters and stores what changed.
   *
   * @param force read every chapter again, even those whose source and rules are unchanged
   * @return per chapter, in order, what re-segmenting did, or empty for a chapter that was skipped
   *     because its source and the rules are as when it was last segmented
   */
  public static List<Optional<Resegmenter.Result>> segment(Project project, List<Chapter> chapters, boolean force,
      Tracker tracker) {
    SegmentationCache cache = SegmentationCache.read(project.workspace());
    List<Project.Source> stale = Parallel.map(chapters, chapter -> {
      Project.Source source = project.source(chapter);
      if (force || !cache.current(chapter, project.rulesDigest(chapter), source.sha256())) {
        return source;
      }
      tracker.done(chapter, 0);
      return null;
    });
    Memory memory = new Memory(project, project.workspace().config().chapters(), cache);
    try {
      return Parallel.map(IntStream.range(0, chapters.size()).boxed().toList(), i -> {
        Project.Source source = stale.get(i);
        if (source == null) {
          return Optional.<Resegmenter.Result>empty();
        }
        Chapter chapter = chapters.get(i);
        Resegmenter.Result result = store(project, chapter, project.extract(chapter, source), memory);
        cache.record(chapter, project.rulesDigest(chapter), source.sha256(),
            Memories.keyHashes(chapter, result.store()));
        tracker.done(chapter, result.store().segments().size());
        return Optional.of(result);
      });
    } finally {
      cache.save(); // also when a chapter failed: what the others did is known
    }
  }

  /**
   * The workspace's translation memory, read only as far as a question needs it: a chapter is read
   * when the cache does not know what it gives the memory, or knows that it has a source the question
   * asks about; what is read is kept for the next question. Thread-safe (one question at a time).
   */
  private static final class Memory implements Resegmenter.Leverage {
    private final Project project;
    private final List<Chapter> chapters;
    private final SegmentationCache cache;
    private final TranslationMemory memory = new TranslationMemory();
    private final Set<String> read = new HashSet<>();
    private boolean references;

    /** The memory of {@code chapters} (the workspace's chapters before any of this run were written). */
    Memory(Project project, List<Chapter> chapters, SegmentationCache cache) {
      this.project = project;
      this.chapters = List.copyOf(chapters);
      this.cache = cache;
    }

    @Override
    public synchronized List<Optional<TranslationMemory.Leveraged>> answer(Lang lang,
        List<Resegmenter.Leverage.Query> queries) {
      if (queries.isEmpty()) {
        return List.of();
      }
      if (!references) {
        Memories.references(project.workspace()).forEach(memory::add);
        references = true;
      }
      int[] wanted = queries.stream().mapToInt(q -> Contents.matchKey(q.source()).hashCode()).sorted().toArray();
      List<Chapter> needed = chapters.stream().filter(c -> !read.contains(c.id()))
          .filter(c -> mayHave(cache.memoryKeys(c), wanted)).toList();
      Workspace ws = project.workspace();
      for (List<TmUnit> units : Parallel.map(needed, chapter -> {
        String stamp = cache.stamp(chapter);
        List<TmUnit> own = Memories.units(chapter, ws.load(chapter));
        cache.learn(chapter, stamp, Memories.keyHashes(own));
        return own;
      })) {
        units.forEach(memory::add);
      }
      needed.forEach(c -> read.add(c.id()));
      return queries.stream().map(q -> memory.leverage(lang, q.source(), q.before(), q.after())).toList();
    }

    /** True unless the chapter's known keys (sorted) contain none of the wanted ones (sorted). */
    private static boolean mayHave(int[] known, int[] wanted) {
      if (known == null) {
        return true;
      }
      for (int key : wanted) {
        if (Arrays.binarySearch(known, key) >= 0) {
          return true;
        }
      }
      return false;
    }
  }

  private static Resegmenter.Result store(Project project, Chapter chapter, ExtractedDocument doc,
      Resegmenter.Leverage memory) {
    Workspace ws = project.workspace();
    ChapterSegments stored = ws.load(chapter);
    Resegmenter.Result result = Resegmenter.apply(stored, doc.segments(), chapter.sourceLang(), memory);
    ws.save(result.store());
    return result;
  }

  /**
   * A document to register as a chapter.
   *
   * @param file the file
   * @param lang the language it is written in
   * @param id the chapter id, or null for one made from the file name
   * @param format the name of its format, or null for the one of the file's extension
   */
  public record Addition(Path file, Lang lang, String id, String format) {
    /** An addition whose format is decided by the file's extension. */
    public Addition(Path file, Lang lang, String id) {
      this(file, lang, id, null);
    }
  }

  /**
   * What became of an addition: the chapter and its segment count, or the error that kept it out.
   *
   * @param addition what was asked
   * @param chapter the registered chapter, or null
   * @param segments its segments
   * @param error why it was not added, or null
   */
  public record Added(Addition addition, Chapter chapter, int segments, TandemException error) {}

  private record Prepared(Addition addition, Chapter chapter, boolean copied, Project.Source source,
      ExtractedDocument doc, TandemException error) {
    Prepared failed(TandemException e) {
      return new Prepared(addition, chapter, copied, source, null, e);
    }
  }

  /**
   * Registers Markdown files as chapters and segments them; a file outside {@code chapters/LANG/} is
   * copied there first, so the workspace holds every source it refers to. A file that cannot be added
   * (unreadable, not UTF-8, an id or file name already taken) is reported in its {@link Added} and
   * leaves nothing behind; the others are still added, in the order given. New segments are
   * pre-filled from the translation memory as it was before the call.
   */
  public static List<Added> add(Project project, List<Addition> additions, Tracker tracker) {
    Workspace ws = project.workspace();
    List<Prepared> placed = place(ws, additions);
    List<Prepared> read = Parallel.map(placed, p -> p.error() != null ? p : extract(project, p));
    List<Prepared> good = read.stream().filter(p -> p.error() == null).toList();
    SegmentationCache cache = SegmentationCache.read(ws);
    // new segments are pre-filled from the memory of the chapters there were before the call
    Memory memory = new Memory(project, ws.config().chapters(), cache);
    var config = ws.config();
    for (Prepared p : good) {
      config = config.withChapter(p.chapter());
    }
    if (!good.isEmpty()) {
      ws.saveConfig(config);
    }
    try {
      return Parallel.map(read, p -> {
        if (p.error() != null) {
          return new Added(p.addition(), null, 0, p.error());
        }
        Resegmenter.Result r = store(project, p.chapter(), p.doc(), memory);
        cache.record(p.chapter(), project.rulesDigest(p.chapter()), p.source().sha256(),
            Memories.keyHashes(p.chapter(), r.store()));
        tracker.done(p.chapter(), r.store().segments().size());
        return new Added(p.addition(), p.chapter(), r.store().segments().size(), null);
      });
    } finally {
      cache.save();
    }
  }

  /** Gives each addition its chapter id and its place in the workspace, one after the other. */
  private static List<Prepared> place(Workspace ws, List<Addition> additions) {
    Set<String> ids = new HashSet<>();
    ws.config().chapters().forEach(c -> ids.add(c.id()));
    List<Prepared> placed = new ArrayList<>();
    for (Addition a : additions) {
      try {
        placed.add(place(ws, a, ids));
      } catch (TandemException e) {
        placed.add(new Prepared(a, null, false, null, null, e));
      }
    }
    return placed;
  }

  private static Prepared place(Workspace ws, Addition a, Set<String> ids) {
    Path file = a.file();
    if (!Files.isRegularFile(file)) {
      throw new TandemException(file.toString(), 0, "no such file");
    }
    // the format is known before anything is copied: a file tandem cannot read is refused as it is
    DocumentFormat format = a.format() != null ? Formats.byName(a.format())
        : Formats.byExtension(file.toString().replace('\\', '/'));
    String chapterId = a.id() != null ? a.id() : defaultId(file);
    if (ids.contains(chapterId)) {
      throw new TandemException("a chapter '" + chapterId + "' is already registered; choose another --id");
    }
    Path target = file.toAbsolutePath().normalize();
    boolean copied = !target.startsWith(ws.root());
    if (copied) {
      target = ws.resolve("chapters/" + a.lang().code()).resolve(file.getFileName().toString());
      if (Files.exists(target)) {
        throw new TandemException(ws.relative(target), 0, "a different file of that name is already there");
      }
      copy(file, target);
    }
    ids.add(chapterId);
    return new Prepared(a, new Chapter(chapterId, ws.relative(target), a.lang(), format.name()), copied, null, null,
        null);
  }

  /** Reads and segments an addition; a document tandem cannot read is not registered, nor its copy kept. */
  private static Prepared extract(Project project, Prepared p) {
    try {
      Project.Source source = project.source(p.chapter());
      return new Prepared(p.addition(), p.chapter(), p.copied(), source, project.extract(p.chapter(), source),
          null);
    } catch (TandemException e) {
      if (p.copied()) {
        deleteQuietly(project.workspace().resolve(p.chapter().file()));
      }
      return p.failed(e);
    }
  }

  /** The chapter id derived from a file name: {@code Osnabrück Konzept.md} becomes {@code osnabrueck-konzept}. */
  static String defaultId(Path file) {
    String name = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
    String ascii = name.toLowerCase(Locale.ROOT).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
        .replace("ß", "ss").replace("ç", "c").replace("ğ", "g").replace("ı", "i").replace("ş", "s");
    ascii = java.text.Normalizer.normalize(ascii, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String id = ascii.replaceAll("[^a-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
    return id.isEmpty() ? "chapter" : id;
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // the copy is left behind; the error being reported matters more
    }
  }

  private static void copy(Path from, Path to) {
    try {
      AtomicFiles.write(to, Files.readAllBytes(from));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + from + ": " + e.getMessage(), e);
    }
  }
}
