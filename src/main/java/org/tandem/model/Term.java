package org.tandem.model;

import java.util.Objects;

/**
 * One term of a concept in one language.
 *
 * @param text the term as written in the glossary (lemma form), NFC
 * @param status preferred, admitted or forbidden
 * @param pos the part of speech, or {@link PartOfSpeech#UNSPECIFIED}
 * @param caseSensitive true when only the glossary's capitalisation counts (AWO, not awo)
 * @param doNotTranslate true when the term stays as it is in a translation (a name such as Jobcenter)
 * @param matching whether inflected forms are found, or only the term as written
 */
public record Term(String text, TermStatus status, PartOfSpeech pos, boolean caseSensitive,
    boolean doNotTranslate, TermMatching matching) {
  public Term {
    Objects.requireNonNull(status, "status");
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("a glossary term must not be empty");
    }
    text = java.text.Normalizer.normalize(text.strip(), java.text.Normalizer.Form.NFC);
    pos = Objects.requireNonNullElse(pos, PartOfSpeech.UNSPECIFIED);
    matching = Objects.requireNonNullElse(matching, TermMatching.AUTO);
  }

  /** A term without part of speech or flags, matched in its inflected forms. */
  public Term(String text, TermStatus status) {
    this(text, status, PartOfSpeech.UNSPECIFIED, false, false, TermMatching.AUTO);
  }

  /** True unless the term is forbidden. */
  public boolean isAllowed() {
    return status != TermStatus.FORBIDDEN;
  }

  /** This term with another status (the flags kept). */
  public Term withStatus(TermStatus newStatus) {
    return new Term(text, newStatus, pos, caseSensitive, doNotTranslate, matching);
  }
}
