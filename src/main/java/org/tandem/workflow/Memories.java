package org.tandem.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.tandem.compare.Contents;
import org.tandem.model.Chapter;
import org.tandem.model.Content;
import org.tandem.model.Segment;
import org.tandem.model.State;
import org.tandem.store.ChapterSegments;
import org.tandem.store.MergeConflict;
import org.tandem.store.Workspace;
import org.tandem.tm.TmUnit;
import org.tandem.tm.TmxReader;
import org.tandem.tm.TranslationMemory;

/**
 * The workspace's translation memory: every translation in the segment store (translated,
 * reviewed, final; a needs-update translation for the source it was made for; retired segments
 * too) and the reference memories imported into {@code tm/*.tmx}. Unresolved merge conflicts and
 * untranslated segments are left out.
 */
public final class Memories {
  /** The workspace folder of imported reference memories. */
  public static final String FOLDER = "tm";

  private Memories() {}

  /** The whole memory: the workspace's own translations and the reference memories. */
  public static TranslationMemory of(Workspace ws) {
    TranslationMemory memory = new TranslationMemory();
    own(ws).forEach(memory::add);
    references(ws).forEach(memory::add);
    return memory;
  }

  /** The units of the reference memories in {@code tm/}. */
  static List<TmUnit> references(Workspace ws) {
    List<TmUnit> units = new ArrayList<>();
    for (Path file : referenceFiles(ws)) {
      String name = ws.relative(file);
      new TmxReader().read(file, name).units().forEach(u -> units.add(u.asReference(u.origin())));
    }
    return units;
  }

  /** The hashes of the match keys a chapter's store gives the memory (sources and, for the reverse direction, targets). */
  static int[] keyHashes(Chapter chapter, ChapterSegments store) {
    return keyHashes(units(chapter, store));
  }

  /** The hashes of the match keys of units' sources and targets. */
  static int[] keyHashes(List<TmUnit> units) {
    int[] keys = new int[units.size() * 2];
    int n = 0;
    for (TmUnit u : units) {
      keys[n++] = Contents.matchKey(u.source()).hashCode();
      keys[n++] = Contents.matchKey(u.target()).hashCode();
    }
    return keys;
  }

  /** The workspace's own translations, chapter by chapter in document order. */
  public static List<TmUnit> own(Workspace ws) {
    List<TmUnit> units = new ArrayList<>();
    Parallel.map(ws.config().chapters(), chapter -> units(chapter, ws.load(chapter))).forEach(units::addAll);
    return units;
  }

  /** The translations of one chapter's store. */
  static List<TmUnit> units(Chapter chapter, ChapterSegments store) {
    List<TmUnit> units = new ArrayList<>();
    List<Segment> segments = store.segments();
    String[] keys = new String[segments.size()]; // each source's match key, found once for its neighbours
    for (int i = 0; i < segments.size(); i++) {
      Segment s = segments.get(i);
      if (s.state().isDone() && s.hasTarget() && !MergeConflict.isConflict(s)) {
        String before = i > 0 ? matchKey(segments, keys, i - 1) : "";
        String after = i + 1 < segments.size() ? matchKey(segments, keys, i + 1) : "";
        units.add(unit(chapter, s, s.source(), before, after));
      } else if (s.state() == State.NEEDS_UPDATE && s.previousSource() != null && !MergeConflict.isConflict(s)) {
        units.add(unit(chapter, s, s.previousSource(), "", ""));
      }
    }
    for (Segment s : store.retired()) {
      if (s.hasTarget() && !MergeConflict.isConflict(s)) {
        units.add(unit(chapter, s, s.previousSource() != null ? s.previousSource() : s.source(), "", ""));
      }
    }
    return units;
  }

  private static String matchKey(List<Segment> segments, String[] keys, int i) {
    if (keys[i] == null) {
      keys[i] = Contents.matchKey(segments.get(i).source());
    }
    return keys[i];
  }

  private static TmUnit unit(Chapter chapter, Segment s, Content source, String before, String after) {
    return new TmUnit(chapter.sourceLang(), source, s.target(), chapter.id() + "/" + s.key(), s.state(), false,
        before, after);
  }

  /** The reference memories in {@code tm/}, sorted by name. */
  public static List<Path> referenceFiles(Workspace ws) {
    Path folder = ws.resolve(FOLDER);
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tmx"))
          .filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
    }
  }
}
