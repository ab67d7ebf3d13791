package org.tandem.tm;

import java.util.Objects;
import org.tandem.model.Content;
import org.tandem.model.Lang;
import org.tandem.model.State;

/**
 * One entry of a translation memory: a source sentence and its translation.
 *
 * @param sourceLang the language of {@code source}
 * @param source the text that was translated, with inline codes
 * @param target its translation
 * @param origin where the entry comes from, for people: a chapter and segment key
 *     ({@code altena-ehrenamt/s7}) or a memory file and unit ({@code tm/alt.tmx#12})
 * @param state how far the translation got (final and reviewed ones are preferred)
 * @param reference true for an imported reference memory ({@code tm/*.tmx}): the workspace's own
 *     translations are preferred to it
 * @param before the match key ({@link org.tandem.compare.Contents#matchKey}) of the source before
 *     this one in its document, or empty when unknown: the context a short segment needs
 * @param after the match key of the source after this one, or empty when unknown
 */
public record TmUnit(Lang sourceLang, Content source, Content target, String origin, State state,
    boolean reference, String before, String after) {
  public TmUnit {
    Objects.requireNonNull(sourceLang, "sourceLang");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    origin = Objects.requireNonNullElse(origin, "");
    state = Objects.requireNonNullElse(state, State.TRANSLATED);
    before = Objects.requireNonNullElse(before, "");
    after = Objects.requireNonNullElse(after, "");
  }

  /** The language of the translation. */
  public Lang targetLang() {
    return sourceLang.other();
  }

  /** The same translation looked at the other way round (the translation as source); no context. */
  public TmUnit reversed() {
    return new TmUnit(targetLang(), target, source, origin, state, reference, "", "");
  }

  /** This entry as part of a reference memory, with another origin. */
  public TmUnit asReference(String newOrigin) {
    return new TmUnit(sourceLang, source, target, newOrigin, state, true, before, after);
  }
}
