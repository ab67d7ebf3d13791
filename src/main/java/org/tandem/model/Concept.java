package org.tandem.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A glossary entry: one meaning with its terms in each language.
 *
 * @param id the entry's identifier, reported as {@code entry} in findings
 * @param terms the terms per language, preferred first
 * @param note a remark for translators, or empty
 */
public record Concept(String id, Map<Lang, List<Term>> terms, String note) {
  public Concept {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a glossary entry needs an id");
    }
    Map<Lang, List<Term>> copy = new EnumMap<>(Lang.class);
    terms.forEach((lang, list) -> copy.put(lang, List.copyOf(list)));
    terms = Map.copyOf(copy);
    note = Objects.requireNonNullElse(note, "");
  }

  /** The terms of one language (possibly none). */
  public List<Term> terms(Lang lang) {
    return terms.getOrDefault(lang, List.of());
  }

  /** The terms of one language a translation may use. */
  public List<Term> allowed(Lang lang) {
    return terms(lang).stream().filter(Term::isAllowed).toList();
  }

  /** The terms of one language a translation must not use. */
  public List<Term> forbidden(Lang lang) {
    return terms(lang).stream().filter(t -> !t.isAllowed()).toList();
  }

  /** The preferred term of a language, or null when the concept has none there. */
  public Term preferred(Lang lang) {
    return allowed(lang).stream().findFirst().orElse(null);
  }
}
