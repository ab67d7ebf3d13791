package org.tandem.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.tandem.extract.Explanation;
import org.tandem.extract.SegmentationExplainer;
import org.tandem.extract.SrxSegmenter;
import org.tandem.format.DocumentFormat;
import org.tandem.format.Formats;
import org.tandem.io.Utf8;
import org.tandem.model.Chapter;
import org.tandem.model.Lang;
import org.tandem.model.TandemException;
import org.tandem.store.Workspace;
import org.tandem.workflow.Project;

/**
 * {@code tandem segment --explain}: finds the text (a file, a chapter id or standard input), its
 * language and the rules (the workspace's, or tandem's built-in ones outside a workspace), and
 * explains how the text is segmented. Reads only; writes nothing.
 */
final class ExplainSegmentation {
  /** Standard input, named as on the command line. */
  static final String STDIN = "-";

  private final Project project;
  private final InputStream stdin;

  private ExplainSegmentation(Project project, InputStream stdin) {
    this.project = project;
    this.stdin = stdin;
  }

  /** For the workspace of {@code ws} (-w, else the nearest one upwards, else none: built-in rules). */
  static ExplainSegmentation in(WorkspaceOptions ws, InputStream stdin) {
    if (ws.dir != null) {
      return new ExplainSegmentation(ws.project(), stdin);
    }
    // Outside any workspace the built-in rules apply; a workspace that is there but broken is an error.
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve(Workspace.CONFIG))) {
        return new ExplainSegmentation(new Project(Workspace.open(dir)), stdin);
      }
    }
    return new ExplainSegmentation(null, stdin);
  }

  /** Explains {@code target}; {@code langOption} may be null when the target is a registered chapter. */
  Explanation explain(String target, String langOption) {
    SrxSegmenter srx = project != null ? project.segmenter() : SrxSegmenter.bundled(Map.of());
    SegmentationExplainer explainer = new SegmentationExplainer(srx);
    if (STDIN.equals(target)) {
      return explainer.plainText(readStdin(), STDIN, lang(langOption, Optional.empty()));
    }
    Path file = Path.of(target);
    Optional<Chapter> chapter;
    String source;
    if (Files.isRegularFile(file)) {
      chapter = chapterOfFile(file);
      source = target;
    } else {
      chapter = project == null ? Optional.empty() : project.workspace().config().chapter(target);
      if (chapter.isEmpty()) {
        throw new TandemException(target, 0, "no such file" + (project == null ? "" : " or chapter"));
      }
      file = project.workspace().resolve(chapter.get().file());
      source = chapter.get().file();
    }
    Lang lang = lang(langOption, chapter);
    Optional<DocumentFormat> format = chapter.isPresent() ? Optional.of(Formats.of(chapter.get()))
        : Formats.forFile(file.getFileName().toString());
    if (format.isEmpty()) {
      return explainer.plainText(Utf8.read(file, source), source, lang);
    }
    return explainer.document(format.get().align(read(file, source), source, lang), source, lang);
  }

  private static byte[] read(Path file, String source) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new TandemException(source, 0, "cannot read the file: " + e.getMessage());
    }
  }

  private Optional<Chapter> chapterOfFile(Path file) {
    if (project == null) {
      return Optional.empty();
    }
    Path absolute = file.toAbsolutePath().normalize();
    return project.workspace().config().chapters().stream()
        .filter(c -> project.workspace().resolve(c.file()).toAbsolutePath().normalize().equals(absolute))
        .findFirst();
  }

  private static Lang lang(String option, Optional<Chapter> chapter) {
    if (option != null) {
      try {
        return Lang.parse(option);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--lang: " + e.getMessage(), e);
      }
    }
    return chapter.map(Chapter::sourceLang).orElseThrow(() -> new IllegalArgumentException(
        "say which language the text is in: --lang de or --lang tr"));
  }

  private String readStdin() {
    try {
      return Utf8.decode(stdin.readAllBytes());
    } catch (CharacterCodingException e) {
      throw new TandemException("standard input is not valid UTF-8");
    } catch (IOException e) {
      throw new TandemException("cannot read standard input: " + e.getMessage(), e);
    }
  }
}
