package org.tandem.store;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.tandem.model.Chapter;
import org.tandem.model.Lang;
import org.tandem.model.Publication;
import org.tandem.model.Severity;

/**
 * The contents of {@code tandem.json}.
 *
 * @param name the publication's title
 * @param chapters the registered chapters, in publication order
 * @param glossary the glossary file, relative to the workspace
 * @param segmentation the SRX rules file, relative to the workspace, or empty for tandem's built-in rules
 * @param abbreviations extra abbreviations per language that never end a sentence ("Bez.", "Mah.")
 * @param severities check rule ids mapped to the severity the workspace wants instead of the default
 * @param publication the title page of the edition: titles per language, authors, date
 */
public record WorkspaceConfig(String name, List<Chapter> chapters, String glossary, String segmentation,
    Map<Lang, List<String>> abbreviations, Map<String, Severity> severities, Publication publication) {
  /** The glossary path used when tandem.json names none. */
  public static final String DEFAULT_GLOSSARY = "glossary/terms.csv";

  /** The rules path a new workspace gets. */
  public static final String DEFAULT_SEGMENTATION = "rules/segmentation.srx";

  public WorkspaceConfig {
    chapters = List.copyOf(chapters);
    glossary = glossary == null || glossary.isBlank() ? DEFAULT_GLOSSARY : glossary;
    segmentation = segmentation == null ? "" : segmentation;
    Map<Lang, List<String>> abbr = new EnumMap<>(Lang.class);
    if (abbreviations != null) {
      abbreviations.forEach((lang, list) -> abbr.put(lang, List.copyOf(list)));
    }
    abbreviations = Map.copyOf(abbr);
    severities = severities == null ? Map.of() : Map.copyOf(new TreeMap<>(severities));
    publication = publication == null ? Publication.NONE : publication;
  }

  /** A configuration without title page details. */
  public WorkspaceConfig(String name, List<Chapter> chapters, String glossary, String segmentation,
      Map<Lang, List<String>> abbreviations, Map<String, Severity> severities) {
    this(name, chapters, glossary, segmentation, abbreviations, severities, Publication.NONE);
  }

  /** A configuration without extra abbreviations or severities. */
  public WorkspaceConfig(String name, List<Chapter> chapters, String glossary, String segmentation) {
    this(name, chapters, glossary, segmentation, Map.of(), Map.of());
  }

  /** The chapter with this id, if registered. */
  public Optional<Chapter> chapter(String id) {
    return chapters.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** This configuration with one more chapter at the end. */
  public WorkspaceConfig withChapter(Chapter chapter) {
    List<Chapter> list = new ArrayList<>(chapters);
    list.add(chapter);
    return new WorkspaceConfig(name, list, glossary, segmentation, abbreviations, severities, publication);
  }
}
