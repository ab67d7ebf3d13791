package org.tandem.workflow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tandem.build.Edition;
import org.tandem.build.EditionChapter;
import org.tandem.build.EditionDocx;
import org.tandem.build.EditionFonts;
import org.tandem.build.EditionFormat;
import org.tandem.build.EditionHtml;
import org.tandem.build.EditionPdf;
import org.tandem.model.Concept;
import org.tandem.model.Lang;
import org.tandem.store.AtomicFiles;
import org.tandem.store.WorkspaceConfig;

/** The whole-publication editions: single-page HTML, PDF and DOCX in build/edition/. */
public final class Publishing {
  private Publishing() {}

  /** Editions rendered in memory, written by {@link #write}. */
  public record Editions(Map<EditionFormat, Path> files, Map<EditionFormat, byte[]> bytes) {
    /** Writes every edition; returns the files in the order html, pdf, docx. */
    public List<Path> write() {
      List<Path> written = new ArrayList<>();
      for (Map.Entry<EditionFormat, byte[]> e : bytes.entrySet()) {
        AtomicFiles.write(files.get(e.getKey()), e.getValue());
        written.add(files.get(e.getKey()));
      }
      return written;
    }
  }

  /** Renders the editions {@code options} asks for from every chapter of the publication. */
  static Editions render(Project project, List<EditionChapter> chapters, Path out, Building.Options options) {
    Map<EditionFormat, Path> files = new EnumMap<>(EditionFormat.class);
    Map<EditionFormat, byte[]> bytes = new EnumMap<>(EditionFormat.class);
    if (options.editions().isEmpty()) {
      return new Editions(files, bytes);
    }
    WorkspaceConfig config = project.workspace().config();
    Edition edition = new Edition(config.name(), config.publication(), chapters, glossary(project));
    // the font first: a missing one stops the build before anything is rendered or written
    EditionFonts fonts = options.editions().contains(EditionFormat.PDF) ? EditionFonts.find(options.font()) : null;
    String html = EditionHtml.page(edition);
    for (EditionFormat format : EditionFormat.values()) {
      if (options.editions().contains(format)) {
        files.put(format, file(out, edition.fileName(), format));
        bytes.put(format, switch (format) {
          case HTML -> html.getBytes(java.nio.charset.StandardCharsets.UTF_8);
          case PDF -> EditionPdf.render(html, fonts, files.get(format).getParent());
          case DOCX -> EditionDocx.render(edition, files.get(format).getParent());
        });
      }
    }
    return new Editions(files, bytes);
  }

  /** The edition files present in {@code out}, by format, relative to {@code out} (for the index). */
  static Map<EditionFormat, String> existing(Project project, Path out) {
    WorkspaceConfig config = project.workspace().config();
    String name = new Edition(config.name(), config.publication(), List.of(), List.of()).fileName();
    Map<EditionFormat, String> found = new EnumMap<>(EditionFormat.class);
    for (EditionFormat format : EditionFormat.values()) {
      if (Files.isRegularFile(file(out, name, format))) {
        found.put(format, "edition/" + name + "." + format.extension());
      }
    }
    return found;
  }

  private static Path file(Path out, String name, EditionFormat format) {
    return out.resolve("edition").resolve(name + "." + format.extension());
  }

  /** The concepts with a term a reader may use in either language, by their German term. */
  private static List<Concept> glossary(Project project) {
    Collator german = Collator.getInstance(Lang.DE.locale());
    return project.glossary().concepts().stream()
        .filter(c -> !c.allowed(Lang.DE).isEmpty() || !c.allowed(Lang.TR).isEmpty())
        .sorted(Comparator.comparing((Concept c) -> sortKey(c), german)).toList();
  }

  private static String sortKey(Concept c) {
    return c.preferred(Lang.DE) != null ? c.preferred(Lang.DE).text() : c.preferred(Lang.TR).text();
  }
}
