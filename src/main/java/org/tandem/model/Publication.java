package org.tandem.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the title page of the bilingual edition says: the publication's title in each language, its
 * authors and its date (free text such as "Dezember 2026 / Aralık 2026").
 *
 * @param title the title per language (a language may be missing)
 * @param authors the authors or editors, in order
 * @param date the date as it is to be printed, or empty
 */
public record Publication(Map<Lang, String> title, List<String> authors, String date) {
  /** A publication without title page details. */
  public static final Publication NONE = new Publication(Map.of(), List.of(), "");

  public Publication {
    Map<Lang, String> copy = new EnumMap<>(Lang.class);
    if (title != null) {
      title.forEach((lang, text) -> {
        if (text != null && !text.isBlank()) {
          copy.put(lang, text.strip());
        }
      });
    }
    title = Map.copyOf(copy);
    authors = authors == null ? List.of() : List.copyOf(authors);
    date = Objects.requireNonNullElse(date, "").strip();
  }

  /** The title in {@code lang}, else {@code otherwise}. */
  public String title(Lang lang, String otherwise) {
    return title.getOrDefault(lang, otherwise);
  }

  /** Whether nothing is set. */
  public boolean isEmpty() {
    return title.isEmpty() && authors.isEmpty() && date.isEmpty();
  }
}
