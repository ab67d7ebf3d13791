package org.tandem.workflow;

import java.nio.file.Path;
import java.util.List;
import org.tandem.align.Aligner;
import org.tandem.align.Evidence;
import org.tandem.align.Link;
import org.tandem.align.Report;
import org.tandem.align.Sentence;
import org.tandem.extract.ExtractedDocument;
import org.tandem.model.Chapter;
import org.tandem.model.Segment;
import org.tandem.model.TandemException;
import org.tandem.store.ChapterSegments;
import org.tandem.store.Suggestions;
import org.tandem.store.Workspace;

/**
 * {@code tandem align}: attaches an existing translation to a chapter's segments. The translation is
 * segmented with the target language's rules and aligned sentence by sentence ({@link Aligner});
 * pairs from the threshold on become translations (state translated, origin aligned), pairs below it
 * are kept as suggestions that exported XLIFF offers. Nothing is written on a dry run, when the file
 * is refused, or when the alignment is not confident.
 */
public final class Aligning {
  /** The default confidence from which an aligned pair becomes a translation. */
  public static final double THRESHOLD = 0.5;

  /**
   * The least share of the chapter's segments that must align confidently before anything is
   * written; below it the file is taken for something other than this chapter's translation.
   */
  public static final double MIN_CONFIDENT_SHARE = 0.3;

  private Aligning() {}

  /**
   * How to align.
   *
   * @param dryRun compute and report, write nothing
   * @param overwrite replace translations segments already have
   * @param threshold the confidence from which a pair becomes a translation
   */
  public record Options(boolean dryRun, boolean overwrite, double threshold) {
    public Options {
      if (threshold < 0 || threshold > 1) {
        throw new IllegalArgumentException("the threshold is a confidence between 0 and 1, not " + threshold);
      }
    }
  }

  /**
   * What aligning did (or would do, on a dry run).
   *
   * @param chapter the chapter
   * @param report the alignment for review
   * @param translated segments that received a translation
   * @param joined pairs of segments joined into one unit for a translation of both in one sentence
   * @param suggested segments that received a suggestion
   * @param kept segments whose translation was kept because it would have been replaced (dry run)
   * @param written true when the store was changed
   */
  public record Outcome(Chapter chapter, Report report, int translated, int joined, int suggested, int kept,
      boolean written) {}

  /** Thrown when too little of a file aligns confidently with the chapter: exit 1, nothing written. */
  public static final class NotConfidentException extends TandemException {
    private static final long serialVersionUID = 1L;

    private final transient Report report;

    NotConfidentException(String file, String message, Report report) {
      super(file, 0, message);
      this.report = report;
    }

    /** The alignment that was not confident enough, for review. */
    public Report report() {
      return report;
    }
  }

  /** Aligns {@code file} with {@code chapter}'s segments and applies the result. Call under the workspace lock. */
  public static Outcome align(Project project, Chapter chapter, Path file, Options options) {
    Workspace ws = project.workspace();
    ChapterSegments stored = ws.load(chapter);
    if (stored.segments().isEmpty()) {
      throw new TandemException(chapter.file(), 0, "chapter '" + chapter.id() + "' has no segments yet; run"
          + " 'tandem segment " + chapter.id() + "' first");
    }
    AlignInputs.Translation translation = AlignInputs.translation(project, chapter, file);
    ExtractedDocument current = AlignInputs.current(project, chapter, stored.segments());
    List<Sentence> source = AlignInputs.source(stored.segments(), current);
    List<Link> links = new Aligner(new Evidence(project.glossary())).align(source, chapter.sourceLang(),
        translation.sentences());
    AlignPlan plan = AlignPlan.make(stored, current, translation, links, options);
    Report report = new Report(chapter.id(), file.toString(), chapter.sourceLang(), options.threshold(),
        plan.rows());
    checkConfident(chapter, file, plan, stored.segments().size(), report);
    checkOverwrite(chapter, file, plan.overwritten(), options);
    boolean write = !options.dryRun() && plan.changes();
    if (write) {
      ws.save(plan.store());
      Suggestions.save(ws, new Suggestions(chapter.id(), file.toString().replace('\\', '/'), plan.suggestions()));
    }
    return new Outcome(chapter, report, plan.translated(), plan.joined(), plan.suggestions().size(),
        plan.overwritten().size(), write);
  }

  private static void checkConfident(Chapter chapter, Path file, AlignPlan plan, int segments, Report report) {
    int confident = plan.confidentSegments();
    if (confident == 0 || confident < MIN_CONFIDENT_SHARE * Math.min(segments, plan.targetSentences())) {
      throw new NotConfidentException(file.toString(), "only " + confident + " of the " + segments
          + " segments of chapter '" + chapter.id() + "' could be aligned confidently with this file; is it"
          + " really the chapter's translation? Nothing was changed (see --report for the alignment)", report);
    }
  }

  private static void checkOverwrite(Chapter chapter, Path file, List<Segment> overwritten, Options options) {
    if (!overwritten.isEmpty() && !options.overwrite() && !options.dryRun()) {
      List<String> keys = overwritten.stream().map(Segment::key).limit(5).toList();
      throw new TandemException(file.toString(), 0, "chapter '" + chapter.id() + "' already has "
          + overwritten.size() + " translated segment" + (overwritten.size() == 1 ? "" : "s") + " ("
          + String.join(", ", keys) + (overwritten.size() > 5 ? ", ..." : "") + ") that this alignment would"
          + " replace; nothing was changed. Run again with --overwrite to replace them, or --dry-run to see"
          + " what would change");
    }
  }
}
