package org.tandem.workflow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.tandem.build.BilingualHtml;
import org.tandem.build.BilingualRow;
import org.tandem.build.EditionChapter;
import org.tandem.build.EditionFormat;
import org.tandem.build.ImagePaths;
import org.tandem.build.IndexHtml;
import org.tandem.extract.ExtractedDocument;
import org.tandem.format.DocumentFormat;
import org.tandem.format.Formats;
import org.tandem.model.Chapter;
import org.tandem.model.Content;
import org.tandem.model.Segment;
import org.tandem.model.State;
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
   * @param edition the chapter as the whole-publication editions show it (titles in both languages, rows)
   */
  public record Built(Chapter chapter, Path translated, Path html, int untranslated, int segments, Progress progress,
      EditionChapter edition) {
    /** The chapter's first segment in the source language. */
    public String title() {
      return edition.sourceTitle();
    }
  }

  /**
   * What to build besides the chapters.
   *
   * @param requireComplete refuse (nothing written) when a segment is untranslated or out of date
   * @param editions the whole-publication editions to write into build/edition/
   * @param font the font file for the PDF, or null to find one on the system
   */
  public record Options(boolean requireComplete, Set<EditionFormat> editions, Path font) {
    public Options {
      editions = Set.copyOf(editions);
    }
  }

  /**
   * What a build wrote.
   *
   * @param chapters the chapters built
   * @param editions the edition files written, in the order html, pdf, docx
   */
  public record Result(List<Built> chapters, List<Path> editions) {}

  /**
   * A chapter ready to render.
   *
   * @param targets per segment the translation for the translated document, or null to keep the source
   * @param shown per segment the translation the bilingual outputs show, or null: out-of-date translations
   *     are shown in the source language there, marked
   */
  private record Prepared(Chapter chapter, ExtractedDocument doc, List<Content> targets, List<Content> shown,
      List<Segment> segments, Progress progress) {
    int untranslated() {
      return (int) shown.stream().filter(t -> t == null).count();
    }
  }

  /**
   * Builds {@code chapters} into {@code out}, on every processor, and the editions the options ask for
   * (always of the whole publication). Every chapter and edition is rendered before anything is written,
   * so a chapter that cannot be built (its source changed since it was last segmented), a missing font
   * or, with {@code requireComplete}, an untranslated segment leaves the output as it was.
   */
  public static Result build(Project project, List<Chapter> chapters, Path out, Options options, Tracker tracker) {
    List<Chapter> all = options.editions().isEmpty() ? chapters : project.workspace().config().chapters();
    Set<String> selected = chapters.stream().map(Chapter::id).collect(Collectors.toSet());
    List<Rendered> rendered = Parallel.map(all, chapter -> render(project, prepare(project, chapter), out,
        selected.contains(chapter.id()) ? tracker : Tracker.NONE));
    if (options.requireComplete()) {
      List<String> incomplete = rendered.stream().filter(r -> r.built().untranslated() > 0)
          .map(r -> r.built().chapter().id() + " (" + r.built().untranslated() + " untranslated or out of date)")
          .toList();
      if (!incomplete.isEmpty()) {
        throw new IncompleteException("not every segment is translated: " + String.join(", ", incomplete));
      }
    }
    Publishing.Editions editions = Publishing.render(project, rendered.stream().map(r -> r.built().edition())
        .toList(), out, options);
    List<Built> built = Parallel.map(rendered.stream().filter(r -> selected.contains(r.built().chapter().id()))
        .toList(), r -> {
          AtomicFiles.write(r.built().translated(), r.translated());
          AtomicFiles.write(r.built().html(), r.html());
          return r.built();
        });
    List<Path> written = editions.write();
    writeIndex(project, out, built);
    return new Result(built, written);
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
    List<Content> shown = new ArrayList<>(targets);
    for (int i = 0; i < shown.size(); i++) {
      if (segments.get(i).state() == State.NEEDS_UPDATE) {
        shown.set(i, null);
      }
    }
    return new Prepared(chapter, doc, targets, shown, segments, Progress.of(chapter, segments));
  }

  private static Rendered render(Project project, Prepared p, Path out, Tracker tracker) {
    Chapter chapter = p.chapter();
    DocumentFormat format = Formats.of(chapter);
    byte[] translated = format.write(p.doc(), p.targets(), chapter.targetLang(), s -> s);
    Path file = out.resolve(chapter.targetLang().code()).resolve(fileName(chapter));
    Path html = out.resolve("bilingual").resolve(chapter.id() + ".html");
    String progress = chapter.sourceLang().nativeName() + " \u2192 " + chapter.targetLang().nativeName()
        + ": " + p.progress().percentDone() + "% translated, " + p.untranslated() + " of "
        + p.targets().size() + " segments still in the original language";
    List<BilingualRow> rows = format.rows(p.doc(), p.shown());
    // image paths are relative to the chapter's file; the pages are elsewhere
    Path chapterDir = project.workspace().resolve(chapter.file()).getParent();
    EditionChapter edition = editionChapter(p, ImagePaths.rebase(rows, chapterDir, out.resolve("edition")));
    String page = BilingualHtml.page(edition.sourceTitle(), chapter.sourceLang(),
        ImagePaths.rebase(rows, chapterDir, html.getParent()), progress);
    tracker.done(chapter, p.targets().size());
    return new Rendered(new Built(chapter, file, html, p.untranslated(), p.targets().size(), p.progress(), edition),
        translated, page);
  }

  private static EditionChapter editionChapter(Prepared p, List<BilingualRow> rows) {
    List<Segment> segments = p.segments();
    String sourceTitle = segments.isEmpty() ? p.chapter().id() : segments.get(0).source().plainText();
    String targetTitle = segments.isEmpty() || p.shown().get(0) == null ? sourceTitle : p.shown().get(0).plainText();
    int untranslatedWords = 0;
    for (int i = 0; i < segments.size(); i++) {
      untranslatedWords += p.shown().get(i) == null ? Progress.wordCount(segments.get(i).source().plainText()) : 0;
    }
    return new EditionChapter(p.chapter().id(), p.chapter().sourceLang(), sourceTitle, targetTitle, rows,
        segments.size(), p.untranslated(), p.progress().totalWords(), untranslatedWords);
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
      String translatedTitle;
      if (b != null) {
        progress = b.progress();
        title = b.title();
        translatedTitle = b.edition().targetTitle();
      } else {
        List<Segment> segments = ws.load(chapter).segments();
        progress = Progress.of(chapter, segments);
        title = segments.isEmpty() ? chapter.id() : segments.get(0).source().plainText();
        Segment first = segments.isEmpty() ? null : segments.get(0);
        translatedTitle = first != null && first.hasTarget() && first.state().isDone()
            ? first.target().plainText() : title;
      }
      entries.add(new IndexHtml.Entry(chapter.id(), title, translatedTitle, chapter.sourceLang(),
          progress.percentDone(), "bilingual/" + chapter.id() + ".html",
          chapter.targetLang().code() + "/" + fileName(chapter)));
    }
    String name = ws.config().name().isBlank() ? "tandem" : ws.config().name();
    AtomicFiles.write(out.resolve("index.html"), IndexHtml.page(name, entries, Publishing.existing(project, out)));
  }

  private static String fileName(Chapter chapter) {
    String file = chapter.file();
    return file.substring(file.lastIndexOf('/') + 1);
  }
}
