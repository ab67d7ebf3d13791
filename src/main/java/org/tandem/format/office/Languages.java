package org.tandem.format.office;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tandem.model.Lang;

/** Language tags in documents: a document translated into Turkish says tr-TR, into German de-DE. */
final class Languages {
  private Languages() {}

  /** The tag with region for a target language: tr-TR, de-DE. */
  static String tag(Lang lang) {
    return lang == Lang.TR ? "tr-TR" : "de-DE";
  }

  /** The region of a target language in capitals: TR, DE. */
  static String country(Lang lang) {
    return lang == Lang.TR ? "TR" : "DE";
  }

  /**
   * Replaces the language in every match of {@code pattern} (groups: before, language, region, after)
   * whose language is {@code from}; other languages (an English quotation) stay as they are.
   */
  static String replace(Pattern pattern, String text, Lang from, String tag) {
    Matcher m = pattern.matcher(text);
    StringBuilder sb = null;
    int pos = 0;
    while (m.find()) {
      if (!m.group(2).equalsIgnoreCase(from.code())) {
        continue;
      }
      if (sb == null) {
        sb = new StringBuilder(text.length());
      }
      sb.append(text, pos, m.start()).append(m.group(1)).append(tag).append(m.group(4));
      pos = m.end();
    }
    return sb == null ? text : sb.append(text, pos, text.length()).toString();
  }
}
