package org.tandem.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import org.tandem.extract.ExtractedDocument;
import org.tandem.model.Chapter;
import org.tandem.model.Lang;
import org.tandem.model.TandemException;
import org.tandem.store.AtomicFiles;
import org.tandem.store.ChapterSegments;
import org.tandem.store.Workspace;
import org.tandem.tm.TranslationMemory;

/** Registers chapters and (re-)segments them, carrying translations over. */
public final class Segmentation {
  private Segmentation() {}

  /** Re-reads a chapter's source and updates its stored segments. */
  public static Resegmenter.Result segment(Project project, Chapter chapter) {
    return segment(project, chapter, memoryOf(project));
  }

  /**
   * Re-reads a chapter's source and updates its stored segments; new segments are pre-filled from
   * {@code memory}, which is asked for only when there is a new segment (pass one supplier for
   * several chapters, see {@link #memoryOf}, to build the memory once).
   */
  public static Resegmenter.Result segment(Project project, Chapter chapter, Supplier<TranslationMemory> memory) {
    return store(project, chapter, project.extract(chapter), memory);
  }

  /** The workspace's translation memory as it is now, built on first use and then kept. */
  public static Supplier<TranslationMemory> memoryOf(Project project) {
    TranslationMemory[] built = new TranslationMemory[1];
    return () -> {
      if (built[0] == null) {
        built[0] = Memories.of(project.workspace());
      }
      return built[0];
    };
  }

  private static Resegmenter.Result store(Project project, Chapter chapter, ExtractedDocument doc,
      Supplier<TranslationMemory> memory) {
    Workspace ws = project.workspace();
    ChapterSegments stored = ws.load(chapter);
    Resegmenter.Result result = Resegmenter.apply(stored, doc.segments(), chapter.sourceLang(), memory);
    ws.save(result.store());
    return result;
  }

  /**
   * Registers a Markdown file as a chapter and segments it. A file outside {@code chapters/LANG/}
   * is copied there first, so the workspace holds every source it refers to.
   */
  public static Chapter add(Project project, Path file, Lang lang, String id) {
    Workspace ws = project.workspace();
    if (!Files.isRegularFile(file)) {
      throw new TandemException(file.toString(), 0, "no such file");
    }
    String chapterId = id != null ? id : defaultId(file);
    if (ws.config().chapter(chapterId).isPresent()) {
      throw new TandemException("a chapter '" + chapterId + "' is already registered; choose another --id");
    }
    Path home = ws.resolve("chapters/" + lang.code());
    Path target = file.toAbsolutePath().normalize();
    boolean copied = !target.startsWith(ws.root());
    if (copied) {
      target = home.resolve(file.getFileName().toString());
      if (Files.exists(target)) {
        throw new TandemException(ws.relative(target), 0, "a different file of that name is already there");
      }
      copy(file, target);
    }
    Chapter chapter = new Chapter(chapterId, ws.relative(target), lang);
    ExtractedDocument doc;
    try {
      doc = project.extract(chapter); // a document tandem cannot read is not registered
    } catch (TandemException e) {
      if (copied) {
        deleteQuietly(target);
      }
      throw e;
    }
    Supplier<TranslationMemory> memory = memoryOf(project); // before the new chapter is registered
    ws.saveConfig(ws.config().withChapter(chapter));
    store(project, chapter, doc, memory);
    return chapter;
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
