package org.tandem.format;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets the language a page declares on its {@code <html>} element ({@code lang}, and {@code xml:lang}
 * in XHTML or where the page has it) and in the {@code <meta>} tags older pages and content management
 * systems declare it with ({@code http-equiv="Content-Language"}, {@code name="language"} or
 * {@code "DC.language"}), so that browsers, screen readers, spell checkers, hyphenation and search
 * engines treat the translation as the language it is in. Nothing else of the page is touched.
 */
final class HtmlLanguage {
  /** The first {@code <html>} start tag, comments before it skipped. */
  private static final Pattern HTML_TAG = Pattern.compile("(?is)<!--.*?-->|(<html\\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>)");
  private static final Pattern LANG = Pattern.compile("(?i)(?<![:\\w-])lang\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>\"']+)");
  private static final Pattern XML_LANG = Pattern.compile("(?i)(?<![\\w-])xml:lang\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>\"']+)");

  /** Comments, or a {@code <meta>} tag. */
  private static final Pattern META = Pattern.compile("(?is)<!--.*?-->|(<meta\\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>)");
  private static final Pattern DECLARES_LANGUAGE = Pattern.compile(
      "(?i)(?<![\\w-])(?:http-equiv\\s*=\\s*[\"']?content-language|name\\s*=\\s*[\"']?(?:dc\\.)?language)[\"'\\s/>]");
  private static final Pattern CONTENT = Pattern.compile("(?i)(?<![\\w-])content\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>\"']+)");

  private HtmlLanguage() {}

  /** The page with its {@code <html>} element saying {@code code}; a page without one is returned as it is. */
  static String set(String page, String code, boolean xhtml) {
    Matcher m = HTML_TAG.matcher(page);
    while (m.find()) {
      if (m.group(1) != null) {
        String tag = attribute(m.group(1), LANG, "lang", code, true);
        tag = attribute(tag, XML_LANG, "xml:lang", code, xhtml);
        return metas(page.substring(0, m.start(1)) + tag + page.substring(m.end(1)), code);
      }
    }
    return metas(page, code);
  }

  /** The page with every {@code <meta>} tag that declares its language saying {@code code}. */
  private static String metas(String page, String code) {
    Matcher m = META.matcher(page);
    StringBuilder sb = new StringBuilder(page.length());
    int pos = 0;
    while (m.find()) {
      if (m.group(1) != null && DECLARES_LANGUAGE.matcher(m.group(1)).find()) {
        sb.append(page, pos, m.start(1)).append(attribute(m.group(1), CONTENT, "content", code, false));
        pos = m.end(1);
      }
    }
    return pos == 0 ? page : sb.append(page, pos, page.length()).toString();
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
