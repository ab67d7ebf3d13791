package org.tandem.build;

import java.util.List;
import java.util.Locale;
import org.tandem.model.Concept;
import org.tandem.model.Lang;
import org.tandem.model.Publication;

/**
 * The whole publication as the editions print it: German always on the left, Turkish on the right.
 *
 * @param name the workspace's name (tandem.json "name"), the fallback title
 * @param publication the title page details
 * @param chapters every chapter in publication order
 * @param glossary the glossary's concepts, for the appendix
 */
public record Edition(String name, Publication publication, List<EditionChapter> chapters, List<Concept> glossary) {
  /** The language of the left column. */
  public static final Lang LEFT = Lang.DE;
  /** The language of the right column. */
  public static final Lang RIGHT = Lang.TR;

  public Edition {
    chapters = List.copyOf(chapters);
    glossary = List.copyOf(glossary);
  }

  /** The title in {@code lang}: tandem.json's title, else its name. */
  public String title(Lang lang) {
    return publication.title(lang, name.isBlank() ? "tandem" : name);
  }

  /** Segments shown in the source language, over all chapters. */
  public int untranslated() {
    return chapters.stream().mapToInt(EditionChapter::untranslated).sum();
  }

  /** All segments. */
  public int segments() {
    return chapters.stream().mapToInt(EditionChapter::segments).sum();
  }

  /** Source words of the segments shown in the source language. */
  public int untranslatedWords() {
    return chapters.stream().mapToInt(EditionChapter::untranslatedWords).sum();
  }

  /** All source words. */
  public int words() {
    return chapters.stream().mapToInt(EditionChapter::words).sum();
  }

  /** A file name for the edition from the workspace's name: lower case ASCII letters, digits and dashes. */
  public String fileName() {
    String folded = java.text.Normalizer.normalize(name.replace("ı", "i").replace("ß", "ss"),
        java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return slug.isEmpty() ? "publication" : slug;
  }
}
