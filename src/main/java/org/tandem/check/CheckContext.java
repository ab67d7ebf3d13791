package org.tandem.check;

import java.util.List;
import java.util.Objects;
import org.tandem.model.Chapter;
import org.tandem.model.Lang;
import org.tandem.model.Segment;
import org.tandem.terms.Glossary;
import org.tandem.terms.TermHit;
import org.tandem.terms.TermMatcher;

/**
 * What a rule may consult while checking the segments of one chapter.
 *
 * @param chapter the chapter being checked
 * @param glossary the glossary
 * @param matchers the glossary's term matchers for both languages, built once for the whole run
 */
public record CheckContext(Chapter chapter, Glossary glossary, TermMatchers matchers) {
  public CheckContext {
    Objects.requireNonNull(chapter, "chapter");
    Objects.requireNonNull(glossary, "glossary");
    Objects.requireNonNull(matchers, "matchers");
  }

  /** The language the chapter's segments are written in. */
  public Lang sourceLang() {
    return chapter.sourceLang();
  }

  /** The language the chapter is translated into. */
  public Lang targetLang() {
    return chapter.targetLang();
  }

  /** The glossary terms in the segment's source text. */
  public List<TermHit> sourceHits(Segment segment) {
    return matchers.of(sourceLang()).find(segment.source().plainText());
  }

  /** The glossary terms in the segment's target text; empty when there is no target. */
  public List<TermHit> targetHits(Segment segment) {
    return segment.hasTarget() ? matchers.of(targetLang()).find(segment.target().plainText()) : List.of();
  }

  /**
   * Every glossary term present in the segment's target, also those inside a longer term (so a
   * Turkish phrase such as "işgücü piyasasına uyum" counts for its parts too); empty without target.
   */
  public List<TermHit> targetTermsPresent(Segment segment) {
    return segment.hasTarget() ? matchers.of(targetLang()).findAll(segment.target().plainText()) : List.of();
  }

  /**
   * The term matchers of a glossary for both languages.
   *
   * @param de the German matcher
   * @param tr the Turkish matcher
   */
  public record TermMatchers(TermMatcher de, TermMatcher tr) {
    /** Builds both matchers for a glossary (a few milliseconds; do it once per run). */
    public static TermMatchers of(Glossary glossary) {
      return new TermMatchers(new TermMatcher(glossary, Lang.DE), new TermMatcher(glossary, Lang.TR));
    }

    /** The matcher for a language. */
    public TermMatcher of(Lang lang) {
      return lang == Lang.DE ? de : tr;
    }
  }
}
