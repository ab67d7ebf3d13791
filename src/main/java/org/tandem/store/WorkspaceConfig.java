package org.tandem.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tandem.model.Chapter;

/**
 * The contents of {@code tandem.json}.
 *
 * @param name the publication's title
 * @param chapters the registered chapters, in publication order
 * @param glossary the glossary file, relative to the workspace
 * @param segmentation the SRX rules file, relative to the workspace, or empty for tandem's built-in rules
 */
public record WorkspaceConfig(String name, List<Chapter> chapters, String glossary, String segmentation) {
  /** The glossary path used when tandem.json names none. */
  public static final String DEFAULT_GLOSSARY = "glossary/terms.csv";

  /** The rules path a new workspace gets. */
  public static final String DEFAULT_SEGMENTATION = "rules/segmentation.srx";

  public WorkspaceConfig {
    chapters = List.copyOf(chapters);
    glossary = glossary == null || glossary.isBlank() ? DEFAULT_GLOSSARY : glossary;
    segmentation = segmentation == null ? "" : segmentation;
  }

  /** The chapter with this id, if registered. */
  public Optional<Chapter> chapter(String id) {
    return chapters.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** This configuration with one more chapter at the end. */
  public WorkspaceConfig withChapter(Chapter chapter) {
    List<Chapter> list = new ArrayList<>(chapters);
    list.add(chapter);
    return new WorkspaceConfig(name, list, glossary, segmentation);
  }
}
