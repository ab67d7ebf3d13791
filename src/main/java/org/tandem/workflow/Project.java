package org.tandem.workflow;

import java.nio.file.Files;
import java.nio.file.Path;
import org.tandem.extract.ExtractedDocument;
import org.tandem.extract.MarkdownExtractor;
import org.tandem.extract.SrxSegmenter;
import org.tandem.model.Chapter;
import org.tandem.model.TandemException;
import org.tandem.store.Workspace;
import org.tandem.terms.Glossary;
import org.tandem.terms.GlossaryCsv;

/**
 * A workspace with the tools its commands share, each built once on first use: the sentence
 * segmenter (compiling SRX rules takes about half a second) and the extractor.
 */
public final class Project {
  private final Workspace workspace;
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
      String rules = workspace.config().segmentation();
      SrxSegmenter srx;
      if (rules.isEmpty()) {
        srx = new SrxSegmenter();
      } else {
        Path file = workspace.resolve(rules);
        if (!Files.isRegularFile(file)) {
          throw new TandemException(Workspace.CONFIG, 0, "the segmentation rules file '" + rules
              + "' named in settings.segmentation does not exist (set it to \"\" for tandem's built-in rules)");
        }
        srx = new SrxSegmenter(file);
      }
      extractor = new MarkdownExtractor(srx);
    }
    return extractor;
  }

  /** The workspace's glossary, read once. */
  public Glossary glossary() {
    if (glossary == null) {
      String name = workspace.config().glossary();
      Path file = workspace.resolve(name);
      if (!Files.isRegularFile(file)) {
        throw new TandemException(name, 0, "the glossary file is missing (settings.glossary in tandem.json)");
      }
      glossary = new GlossaryCsv().read(file, name);
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
