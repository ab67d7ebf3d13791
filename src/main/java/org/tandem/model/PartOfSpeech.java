package org.tandem.model;

import java.util.Locale;

/** The grammatical category of a glossary term, with the names TBX-Basic uses for them. */
public enum PartOfSpeech {
  /** Not given in the glossary. */
  UNSPECIFIED(""),
  NOUN("noun"),
  VERB("verb"),
  ADJECTIVE("adjective"),
  ADVERB("adverb"),
  PROPER_NOUN("properNoun"),
  OTHER("other");

  private final String id;

  PartOfSpeech(String id) {
    this.id = id;
  }

  /** The name in glossary files ({@code noun}, {@code properNoun}); empty when unspecified. */
  public String id() {
    return id;
  }

  /**
   * Parses a name as written in a glossary, ignoring case, spaces and hyphens ({@code proper noun},
   * {@code proper-noun}); an empty text is {@link #UNSPECIFIED}.
   *
   * @throws IllegalArgumentException for an unknown name
   */
  public static PartOfSpeech parse(String text) {
    String wanted = text == null ? "" : text.strip().replace(" ", "").replace("-", "").replace("_", "")
        .toLowerCase(Locale.ROOT);
    for (PartOfSpeech pos : values()) {
      if (pos.id.toLowerCase(Locale.ROOT).equals(wanted)) {
        return pos;
      }
    }
    throw new IllegalArgumentException("unknown part of speech '" + text
        + "' (expected noun, verb, adjective, adverb, properNoun or other)");
  }
}
