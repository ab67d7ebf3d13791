package org.tandem.model;

import java.util.Locale;

/** The two languages of a tandem publication. */
public enum Lang {
  DE("de", Locale.GERMAN, "Deutsch"),
  TR("tr", Locale.forLanguageTag("tr"), "Türkçe");

  private final String code;
  private final Locale locale;
  private final String nativeName;

  Lang(String code, Locale locale, String nativeName) {
    this.code = code;
    this.locale = locale;
    this.nativeName = nativeName;
  }

  /** The BCP 47 code: {@code de} or {@code tr}. */
  public String code() {
    return code;
  }

  /** The locale whose rules fold case and compare text in this language. */
  public Locale locale() {
    return locale;
  }

  /** The language's name in itself, for headings of bilingual output. */
  public String nativeName() {
    return nativeName;
  }

  /** The other language of the pair: the translation direction's target. */
  public Lang other() {
    return this == DE ? TR : DE;
  }

  /** Parses {@code de}, {@code tr}, or a region variant such as {@code de-DE}; rejects anything else. */
  public static Lang parse(String code) {
    String base = code == null ? "" : code.trim().toLowerCase(Locale.ROOT).split("[-_]")[0];
    for (Lang lang : values()) {
      if (lang.code.equals(base)) {
        return lang;
      }
    }
    throw new IllegalArgumentException("unknown language '" + code + "' (expected de or tr)");
  }

  @Override
  public String toString() {
    return code;
  }
}
