package org.tandem.format;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets the language a page declares on its {@code <html>} element ({@code lang}, and {@code xml:lang}
 * in XHTML or where the page has it), so that browsers, screen readers, spell checkers and
 * hyphenation treat the translation as the language it is in. Nothing else of the page is touched.
 */
final class HtmlLanguage {
  /** The first {@code <html>} start tag, comments before it skipped. */
  private static final Pattern HTML_TAG = Pattern.compile("(?is)<!--.*?-->|(<html\\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>)");
  private static final Pattern LANG = Pattern.compile("(?i)(?<![:\\w-])lang\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>\"']+)");
  private static final Pattern XML_LANG = Pattern.compile("(?i)(?<![\\w-])xml:lang\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>\"']+)");

  private HtmlLanguage() {}

  /** The page with its {@code <html>} element saying {@code code}; a page without one is returned as it is. */
  static String set(String page, String code, boolean xhtml) {
    Matcher m = HTML_TAG.matcher(page);
    while (m.find()) {
      if (m.group(1) != null) {
        String tag = attribute(m.group(1), LANG, "lang", code, true);
        tag = attribute(tag, XML_LANG, "xml:lang", code, xhtml);
        return page.substring(0, m.start(1)) + tag + page.substring(m.end(1));
      }
    }
    return page;
  }

  /** The tag with the attribute's value replaced, or the attribute added after the tag name when {@code add}. */
  private static String attribute(String tag, Pattern pattern, String name, String code, boolean add) {
    Matcher a = pattern.matcher(tag);
    if (a.find()) {
      String value = a.group(1);
      char quote = value.charAt(0) == '"' || value.charAt(0) == '\'' ? value.charAt(0) : '"';
      return tag.substring(0, a.start(1)) + quote + code + quote + tag.substring(a.end(1));
    }
    return add ? tag.substring(0, 5) + " " + name + "=\"" + code + "\"" + tag.substring(5) : tag;
  }
}
