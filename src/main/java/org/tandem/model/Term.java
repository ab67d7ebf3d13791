package org.tandem.model;

import java.util.Objects;

/**
 * One term of a concept in one language.
 *
 * @param text the term as written in the glossary (lemma form), NFC
 * @param status preferred, admitted or forbidden
 */
public record Term(String text, TermStatus status) {
  public Term {
    Objects.requireNonNull(status, "status");
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("a glossary term must not be empty");
    }
    text = java.text.Normalizer.normalize(text.strip(), java.text.Normalizer.Form.NFC);
  }

  /** True unless the term is forbidden. */
  public boolean isAllowed() {
    return status != TermStatus.FORBIDDEN;
  }
}
