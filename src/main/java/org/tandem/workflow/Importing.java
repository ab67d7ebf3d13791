package org.tandem.workflow;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tandem.model.Chapter;
import org.tandem.model.Code;
import org.tandem.model.Content;
import org.tandem.model.Piece;
import org.tandem.model.Segment;
import org.tandem.model.State;
import org.tandem.model.TandemException;
import org.tandem.store.ChapterSegments;
import org.tandem.store.Workspace;
import org.tandem.xliff.Xliff12Reader;
import org.tandem.xliff.XliffDocument;
import org.tandem.xliff.XliffUnit;

/**
 * Applies translated XLIFF to the segment store, all or nothing per file: units are matched by id,
 * their source must still be the stored source and their target must keep every inline code, or the
 * file is refused and the store stays byte for byte as it was.
 */
public final class Importing {
  private Importing() {}

  /**
   * A unit that could not be applied.
   *
   * @param unit the unit id
   * @param message why, in words a translator understands
   */
  public record Rejection(String unit, String message) {}

  /**
   * What importing one file did (or would do, in a dry run).
   *
   * @param file the XLIFF file
   * @param chapter the chapter it belongs to
   * @param applied units whose translation or state changed the store
   * @param unchanged units with nothing new
   * @param rejected units refused; when any is, nothing of the file was applied
   */
  public record Result(Path file, Chapter chapter, int applied, int unchanged, List<Rejection> rejected) {
    /** True when the file was (or would be) applied. */
    public boolean accepted() {
      return rejected.isEmpty();
    }
  }

  /** Imports one XLIFF file; with {@code dryRun} nothing is written. */
  public static Result importFile(Project project, Path file, boolean dryRun) {
    Workspace ws = project.workspace();
    XliffDocument doc = new Xliff12Reader().read(file);
    Chapter chapter = chapterOf(ws, doc, file);
    ChapterSegments stored = ws.load(chapter);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < stored.segments().size(); i++) {
      index.put(stored.segments().get(i).key(), i);
    }
    List<Segment> segments = new ArrayList<>(stored.segments());
    List<Rejection> rejected = new ArrayList<>();
    int applied = 0;
    for (XliffUnit unit : doc.units()) {
      Integer at = index.get(unit.id());
      if (at == null) {
        rejected.add(new Rejection(unit.id(), "no segment with this id in chapter '" + chapter.id()
            + "' (was the chapter re-segmented after the export? export it again)"));
        continue;
      }
      try {
        Segment updated = apply(segments.get(at), unit);
        if (!updated.equals(segments.get(at))) {
          segments.set(at, updated);
          applied++;
        }
      } catch (IllegalArgumentException e) {
        rejected.add(new Rejection(unit.id(), e.getMessage()));
      }
    }
    if (rejected.isEmpty() && !dryRun && applied > 0) {
      ws.save(stored.withSegments(segments));
    }
    int unchanged = doc.units().size() - applied - rejected.size();
    return new Result(file, chapter, rejected.isEmpty() ? applied : 0, unchanged, rejected);
  }

  private static Chapter chapterOf(Workspace ws, XliffDocument doc, Path file) {
    Chapter chapter = (doc.chapter() != null ? ws.config().chapter(doc.chapter()) : java.util.Optional.<Chapter>empty())
        .or(() -> ws.config().chapters().stream().filter(c -> c.file().equals(doc.original())).findFirst())
        .orElseThrow(() -> new TandemException(file.toString(), 0, "this XLIFF file belongs to no chapter of "
            + "this workspace (its original is '" + doc.original() + "')"));
    if (doc.sourceLang() != chapter.sourceLang() || doc.targetLang() != chapter.targetLang()) {
      throw new TandemException(file.toString(), 0, "the file translates " + doc.sourceLang() + " -> "
          + doc.targetLang() + ", but chapter '" + chapter.id() + "' is " + chapter.sourceLang() + " -> "
          + chapter.targetLang());
    }
    return chapter;
  }

  /** The segment with the unit's translation, or the segment itself when the unit brings nothing new. */
  static Segment apply(Segment seg, XliffUnit unit) {
    if (!comparable(unit.source()).equals(comparable(seg.source()))) {
      throw new IllegalArgumentException("the source text differs from the workspace's (\""
          + abbreviate(unit.source().plainText()) + "\" instead of \"" + abbreviate(seg.source().plainText())
          + "\"); the chapter changed after the export: export it again");
    }
    if (!unit.hasTarget()) {
      return seg;
    }
    Content target = withStoredCodes(unit.target(), seg.source());
    State state = unit.state();
    if (state == State.NEW) {
      if (target.equals(seg.source())) {
        return seg; // a copy of the source left by a CAT tool's pre-fill: not a translation
      }
      state = State.TRANSLATED; // OmegaT leaves state="new" on what it translated
    }
    if (seg.hasTarget() && target.equals(seg.target()) && state.compareTo(seg.state()) <= 0) {
      return seg; // the same translation; a tool's lower state never undoes a review
    }
    return seg.withTarget(target, state);
  }

  /** The target with the source's code data; refuses missing or extra codes. */
  private static Content withStoredCodes(Content target, Content source) {
    Map<String, Code> byTag = new HashMap<>();
    for (Code code : source.codes()) {
      byTag.put(code.tag(), code);
    }
    Map<String, Integer> expected = source.codeTags();
    Map<String, Integer> found = target.codeTags();
    if (!expected.equals(found)) {
      throw new IllegalArgumentException(describeCodeDifference(expected, found, byTag));
    }
    List<Piece> pieces = new ArrayList<>();
    for (Piece piece : target.pieces()) {
      pieces.add(piece instanceof Code c ? byTag.get(c.tag()) : piece);
    }
    return new Content(pieces);
  }

  private static String describeCodeDifference(Map<String, Integer> expected, Map<String, Integer> found,
      Map<String, Code> byTag) {
    List<String> missing = new ArrayList<>();
    List<String> extra = new ArrayList<>();
    expected.forEach((tag, n) -> {
      if (found.getOrDefault(tag, 0) < n) {
        missing.add(tag + " (" + byTag.get(tag).data() + ")");
      }
    });
    found.forEach((tag, n) -> {
      if (expected.getOrDefault(tag, 0) < n) {
        extra.add(tag);
      }
    });
    StringBuilder sb = new StringBuilder("the target's inline codes do not match the source's:");
    if (!missing.isEmpty()) {
      sb.append(" missing ").append(String.join(", ", missing));
    }
    if (!extra.isEmpty()) {
      sb.append(missing.isEmpty() ? "" : ";").append(" not in the source ").append(String.join(", ", extra));
    }
    return sb.append(" (keep every tag of the source once in the translation)").toString();
  }

  /** The source as compared: NFC, whitespace runs collapsed, codes by tag; CAT tools re-flow text. */
  private static String comparable(Content content) {
    StringBuilder sb = new StringBuilder();
    for (Piece piece : content.pieces()) {
      sb.append(piece instanceof Code c ? "\u0001" + c.tag() + "\u0001" : ((org.tandem.model.Text) piece).value());
    }
    return Normalizer.normalize(sb.toString(), Normalizer.Form.NFC).replaceAll("[\\s\\u00A0]+", " ").strip();
  }

  private static String abbreviate(String s) {
    String flat = s.replaceAll("\\s+", " ").strip();
    return flat.length() > 50 ? flat.substring(0, 47) + "..." : flat;
  }
}
