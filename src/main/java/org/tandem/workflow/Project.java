package org.tandem.workflow;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tandem.extract.ExtractedDocument;
import org.tandem.extract.MarkdownExtractor;
import org.tandem.extract.SrxSegmenter;
import org.tandem.model.Chapter;
import org.tandem.model.Lang;
import org.tandem.model.TandemException;
import org.tandem.store.Workspace;
import org.tandem.store.WorkspaceConfig;
import org.tandem.terms.Glossary;
import org.tandem.terms.GlossaryFiles;

/**
 * A workspace with the tools its commands share, each built once on first use: the sentence
 * segmenter (compiling SRX rules takes about half a second) and the extractor.
 */
public final class Project {
  private final Workspace workspace;
  private SrxSegmenter segmenter;
  private MarkdownExtractor extractor;
  private Glossary glossary;

  /** Wraps an opened workspace. */
  public Project(Workspace workspace) {
    this.workspace = workspace;
  }

  /** The workspace on disk. */
  public Workspace workspace() {
    return workspace;
  }

  /** The extractor with the workspace's segmentation rules (or tandem's built-in ones). */
  public MarkdownExtractor extractor() {
    if (extractor == null) {
      extractor = new MarkdownExtractor(segmenter());
    }
    return extractor;
  }

  /**
   * The workspace's sentence segmenter: the SRX file of settings.segmentation (or tandem's built-in
   * rules when it is empty) plus the extra abbreviations of settings.abbreviations, compiled for both
   * languages so that broken rules are reported before any chapter is touched.
   */
  public SrxSegmenter segmenter() {
    if (segmenter == null) {
      WorkspaceConfig config = workspace.config();
      String rules = config.segmentation();
      try {
        SrxSegmenter srx = rules.isEmpty() ? SrxSegmenter.bundled(config.abbreviations())
            : SrxSegmenter.fromFile(rulesFile(rules), rules, config.abbreviations());
        for (Lang lang : Lang.values()) {
          srx.segmenter(lang.code());
        }
        segmenter = srx;
      } catch (IllegalArgumentException | UncheckedIOException e) {
        // messages about rules name the rules file already; those about abbreviations point at tandem.json
        String file = e.getMessage().startsWith("settings.") ? Workspace.CONFIG : null;
        throw new TandemException(file, 0, 0, null, e.getMessage(), e);
      }
    }
    return segmenter;
  }

  private Path rulesFile(String rules) {
    Path file = workspace.resolve(rules);
    if (!Files.isRegularFile(file)) {
      throw new TandemException(Workspace.CONFIG, 0, "the segmentation rules file '" + rules
          + "' named in settings.segmentation does not exist (set it to \"\" for tandem's built-in rules)");
    }
    return file;
  }

  /** The workspace's glossary, read once. */
  public Glossary glossary() {
    if (glossary == null) {
      String name = workspace.config().glossary();
      Path file = workspace.resolve(name);
      if (!Files.isRegularFile(file)) {
        throw new TandemException(name, 0, "the glossary file is missing (settings.glossary in tandem.json)");
      }
      glossary = GlossaryFiles.read(file, name);
    }
    return glossary;
  }

  /** Reads and segments a chapter's current source file. */
  public ExtractedDocument extract(Chapter chapter) {
    Path file = workspace.resolve(chapter.file());
    if (!Files.isRegularFile(file)) {
      throw new TandemException(chapter.file(), 0, "the source of chapter '" + chapter.id() + "' is missing");
    }
    return extractor().extract(file, chapter.file(), chapter.sourceLang());
  }
}
