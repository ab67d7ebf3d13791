package org.tandem.terms;

import java.util.Objects;
import org.tandem.model.Concept;
import org.tandem.model.Term;

/**
 * A glossary term found in a text.
 *
 * @param concept the concept the term belongs to
 * @param term the glossary term that matched (allowed or forbidden)
 * @param start offset of the first matched character in the searched text
 * @param end offset just after the last matched character
 */
public record TermHit(Concept concept, Term term, int start, int end) {
  public TermHit {
    Objects.requireNonNull(concept, "concept");
    Objects.requireNonNull(term, "term");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad range " + start + ".." + end);
    }
  }

  /** The matched text, as written in {@code text} (the string that was searched). */
  public String in(String text) {
    return text.substring(start, end);
  }
}
