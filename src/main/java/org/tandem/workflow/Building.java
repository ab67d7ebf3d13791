package org.tandem.workflow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tandem.build.BilingualHtml;
import org.tandem.build.BilingualRow;
import org.tandem.build.IndexHtml;
import org.tandem.extract.ExtractedDocument;
import org.tandem.format.DocumentFormat;
import org.tandem.format.Formats;
import org.tandem.model.Chapter;
import org.tandem.model.Content;
import org.tandem.model.Segment;
import org.tandem.model.TandemException;
import org.tandem.store.AtomicFiles;
import org.tandem.store.ChapterSegments;
import org.tandem.store.MergeConflict;
import org.tandem.store.Workspace;

/** Builds the translated chapters, their bilingual pages and the edition's index. */
public final class Building {
  private Building() {}

  /**
   * What was built for one chapter.
   *
   * @param chapter the chapter
   * @param translated the translated document, in the source's format
   * @param html the bilingual page
   * @param untranslated segments shown in the source language
   * @param segments all segments
   * @param progress the chapter's translation progress
   * @param title the chapter's first segment in the source language
   */
  public record Built(Chapter chapter, Path translated, Path html, int untranslated, int segments, Progress progress,
      String title) {}

  private record Prepared(Chapter chapter, ExtractedDocument doc, List<Content> targets, Progress progress) {
    int untranslated() {
      return (int) targets.stream().filter(t -> t == null).count();
    }
  }

  /**
   * Builds {@code chapters} into {@code out}, on every processor. Every chapter is rendered before
   * anything is written, so a chapter that cannot be built (its source changed since it was last
   * segmented) leaves the output as it was; with {@code requireComplete}, so does a chapter with an
   * untranslated segment.
   */
  public static List<Built> build(Project project, List<Chapter> chapters, Path out, boolean requireComplete,
      Tracker tracker) {
    List<Rendered> rendered = Parallel.map(chapters, chapter -> render(prepare(project, chapter), out, tracker));
    if (requireComplete) {
      List<String> incomplete = rendered.stream().filter(r -> r.built().untranslated() > 0)
          .map(r -> r.built().chapter().id() + " (" + r.built().untranslated() + " untranslated)").toList();
      if (!incomplete.isEmpty()) {
        throw new IncompleteException("not every segment is translated: " + String.join(", ", incomplete));
      }
    }
    List<Built> built = Parallel.map(rendered, r -> {
      AtomicFiles.write(r.built().translated(), r.translated());
      AtomicFiles.write(r.built().html(), r.html());
      return r.built();
    });
    writeIndex(project, out, built);
    return built;
  }

  /** A chapter's output, rendered and not yet written. */
  private record Rendered(Built built, byte[] translated, String html) {}

  /** Thrown by {@code --require-complete} when a chapter is not fully translated. */
  public static final class IncompleteException extends TandemException {
    private static final long serialVersionUID = 1L;

    IncompleteException(String message) {
      super(message);
    }
  }

  private static Prepared prepare(Project project, Chapter chapter) {
    ChapterSegments stored = project.workspace().load(chapter);
    List<Segment> segments = stored.segments();
    ExtractedDocument doc = Joins.apply(project.extract(chapter), segments);
    boolean current = segments.size() == doc.segments().size();
    for (int i = 0; current && i < segments.size(); i++) {
      current = segments.get(i).source().equals(doc.segments().get(i).source());
    }
    if (!current) {
      throw new TandemException(chapter.file(), 0, "the source of chapter '" + chapter.id()
          + "' changed since it was last segmented; run 'tandem segment " + chapter.id() + "' first");
    }
    // An unresolved merge conflict holds two translations between markers: never publish it.
    List<Content> targets = segments.stream()
        .map(s -> s.hasTarget() && !MergeConflict.ORIGIN.equals(s.origin()) ? s.target() : null).toList();
    return new Prepared(chapter, doc, targets, Progress.of(chapter, segments));
  }

  private static Rendered render(Prepared p, Path out, Tracker tracker) {
    Chapter chapter = p.chapter();
    DocumentFormat format = Formats.of(chapter);
    byte[] translated = format.write(p.doc(), p.targets(), chapter.targetLang(), s -> s);
    Path file = out.resolve(chapter.targetLang().code()).resolve(fileName(chapter));
    Path html = out.resolve("bilingual").resolve(chapter.id() + ".html");
    String progress = chapter.sourceLang().nativeName() + " \u2192 " + chapter.targetLang().nativeName()
        + ": " + p.progress().percentDone() + "% translated, " + p.untranslated() + " of "
        + p.targets().size() + " segments still in the original language";
    String title = p.doc().segments().isEmpty() ? chapter.id() : p.doc().segments().get(0).source().plainText();
    List<BilingualRow> rows = format.rows(p.doc(), p.targets());
    String page = BilingualHtml.page(title, chapter.sourceLang(), rows, progress);
    tracker.done(chapter, p.targets().size());
    return new Rendered(new Built(chapter, file, html, p.untranslated(), p.targets().size(), p.progress(), title),
        translated, page);
  }

  /** The index of every chapter of the workspace: those just built, and those built before. */
  private static void writeIndex(Project project, Path out, List<Built> built) {
    Workspace ws = project.workspace();
    Map<String, Built> byId = new HashMap<>();
    built.forEach(b -> byId.put(b.chapter().id(), b));
    List<IndexHtml.Entry> entries = new ArrayList<>();
    for (Chapter chapter : ws.config().chapters()) {
      Built b = byId.get(chapter.id());
      Progress progress;
      String title;
      if (b != null) {
        progress = b.progress();
        title = b.title();
      } else {
        List<Segment> segments = ws.load(chapter).segments();
        progress = Progress.of(chapter, segments);
        title = segments.isEmpty() ? chapter.id() : segments.get(0).source().plainText();
      }
      entries.add(new IndexHtml.Entry(chapter.id(), title, chapter.sourceLang(),
          progress.percentDone(), "bilingual/" + chapter.id() + ".html",
          chapter.targetLang().code() + "/" + fileName(chapter)));
    }
    String name = ws.config().name().isBlank() ? "tandem" : ws.config().name();
    AtomicFiles.write(out.resolve("index.html"), IndexHtml.page(name, entries));
  }

  private static String fileName(Chapter chapter) {
    String file = chapter.file();
    return file.substring(file.lastIndexOf('/') + 1);
  }
}
