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
 * What a rule may consult while checking the segments of one chapter. The term hits of the
 * segment being checked are computed once and shared by all rules (matching is most of the cost
 * of a check); a context is used by one thread at a time.
 */
public final class CheckContext {
  private final Chapter chapter;
  private final Glossary glossary;
  private final TermMatchers matchers;
  private Segment current;
  private String sourceText;
  private String targetText;
  private List<TermHit> source;
  private List<TermHit> target;
  private List<TermHit> targetAll;
  private final java.util.Map<String, Object> memo = new java.util.HashMap<>();

  /**
   * A context for one chapter.
   *
   * @param chapter the chapter being checked
   * @param glossary the glossary
   * @param matchers the glossary's term matchers for both languages, built once for the whole run
   */
  public CheckContext(Chapter chapter, Glossary glossary, TermMatchers matchers) {
    this.chapter = Objects.requireNonNull(chapter, "chapter");
    this.glossary = Objects.requireNonNull(glossary, "glossary");
    this.matchers = Objects.requireNonNull(matchers, "matchers");
  }

  /** The chapter being checked. */
  public Chapter chapter() {
    return chapter;
  }

  /** The glossary. */
  public Glossary glossary() {
    return glossary;
  }

  /** The term matchers of both languages. */
  public TermMatchers matchers() {
    return matchers;
  }

  /** The language the chapter's segments are written in. */
  public Lang sourceLang() {
    return chapter.sourceLang();
  }

  /** The language the chapter is translated into. */
  public Lang targetLang() {
    return chapter.targetLang();
  }

  /** Files from other tools may hold decomposed letters (S + U+0327 for Ş): every rule reads NFC. */
  static String nfc(String text) {
    return java.text.Normalizer.isNormalized(text, java.text.Normalizer.Form.NFC) ? text
        : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
  }

  /** The segment's source without inline codes, in NFC (the text hits' offsets refer to). */
  public String sourceText(Segment segment) {
    at(segment);
    if (sourceText == null) {
      sourceText = nfc(segment.source().plainText());
    }
    return sourceText;
  }

  /** The segment's target without inline codes, or empty when there is none. */
  public String targetText(Segment segment) {
    at(segment);
    if (targetText == null) {
      targetText = segment.hasTarget() ? nfc(segment.target().plainText()) : "";
    }
    return targetText;
  }

  /** The glossary terms in the segment's source text (longest match wins). */
  public List<TermHit> sourceHits(Segment segment) {
    at(segment);
    if (source == null) {
      source = matchers.of(sourceLang()).find(sourceText(segment));
    }
    return source;
  }

  /** The glossary terms in the segment's target text; empty when there is no target. */
  public List<TermHit> targetHits(Segment segment) {
    scanTarget(segment);
    return target;
  }

  /**
   * Every glossary term present in the segment's target, also those inside a longer term (so a
   * Turkish phrase such as "işgücü piyasasına uyum" counts for its parts too); empty without target.
   */
  public List<TermHit> targetTermsPresent(Segment segment) {
    scanTarget(segment);
    return targetAll;
  }

  private void scanTarget(Segment segment) {
    at(segment);
    if (target == null) {
      if (segment.hasTarget()) {
        TermMatcher.Scan scan = matchers.of(targetLang()).scan(targetText(segment));
        target = scan.hits();
        targetAll = scan.all();
      } else {
        target = List.of();
        targetAll = List.of();
      }
    }
  }

  private void at(Segment segment) {
    if (segment != current) {
      current = segment;
      sourceText = null;
      targetText = null;
      source = null;
      target = null;
      targetAll = null;
      memo.clear();
    }
  }

  /** A value about the segment that several rules need, computed once (the key names it). */
  @SuppressWarnings("unchecked")
  <T> T memo(Segment segment, String key, java.util.function.Supplier<T> compute) {
    at(segment);
    Object value = memo.get(key);
    if (value == null) {
      value = compute.get();
      memo.put(key, value);
    }
    return (T) value;
  }

  /**
   * The term matchers of a glossary for both languages.
   *
   * @param de the German matcher
   * @param tr the Turkish matcher
   */
  public record TermMatchers(TermMatcher de, TermMatcher tr) {
    /** Builds both matchers for a glossary (once per run: it indexes every term). */
    public static TermMatchers of(Glossary glossary) {
      return new TermMatchers(new TermMatcher(glossary, Lang.DE), new TermMatcher(glossary, Lang.TR));
    }

    /** The matcher for a language. */
    public TermMatcher of(Lang lang) {
      return lang == Lang.DE ? de : tr;
    }
  }
}
