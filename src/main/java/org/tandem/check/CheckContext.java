package org.tandem.check;

import java.util.EnumMap;
import java.util.Map;
import org.tandem.model.Chapter;
import org.tandem.model.Lang;
import org.tandem.terms.Glossary;
import org.tandem.terms.TermMatcher;

/** What the rules need besides the segment: the chapter, the glossary and its matchers (built once). */
public final class CheckContext {
  private final Glossary glossary;
  private final Map<Lang, TermMatcher> matchers = new EnumMap<>(Lang.class);
  private Chapter chapter;

  /** A context for checking against {@code glossary}. */
  public CheckContext(Glossary glossary) {
    this.glossary = glossary;
    for (Lang lang : Lang.values()) {
      matchers.put(lang, new TermMatcher(glossary, lang));
    }
  }

  /** The glossary. */
  public Glossary glossary() {
    return glossary;
  }

  /** The term matcher of a language. */
  public TermMatcher matcher(Lang lang) {
    return matchers.get(lang);
  }

  /** The chapter being checked. */
  public Chapter chapter() {
    return chapter;
  }

  void setChapter(Chapter chapter) {
    this.chapter = chapter;
  }
}
