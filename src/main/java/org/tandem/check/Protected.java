package org.tandem.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a text a translator must copy as they are: links, e-mail addresses, @handles, file
 * paths (kinds {@link #LINKS}) and placeholders and tags (kind {@link #PLACEHOLDERS}). The patterns
 * have no nested repetition, so they run in linear time.
 */
final class Protected {
  /** Links, e-mail addresses, handles and paths. */
  static final int LINKS = 1;
  /** printf and brace placeholders, XML/HTML tags. */
  static final int PLACEHOLDERS = 2;

  private static final Pattern LINK = Pattern.compile(
      "(?:https?://|ftp://|www\\.)[^\\s<>\"“”„«»]+"
      + "|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"
      + "|(?<![\\w@.])@[A-Za-z0-9_]{2,}"
      + "|\\b[A-Za-z]:\\\\[^\\s<>\"]+"
      + "|(?<![\\w/.])/(?:[\\w.-]+/)+[\\w.-]*"
      + "|\\b[\\w-]+\\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|txt|zip|jpe?g|png|csv|html?|xml|json)\\b");
  private static final Pattern PLACEHOLDER = Pattern.compile(
      "%%"
      + "|%(?:\\d+\\$)?[-+ 0#]{0,3}\\d{0,3}(?:\\.\\d{1,3})?(?:hh|ll|[hlLqjzt])?[sdifuxXcoeEgG@](?!\\p{L})"
      + "|%\\([A-Za-z_]\\w*\\)[sd]|%\\{[A-Za-z_]\\w*}|\\$\\{[A-Za-z_][\\w.]*}"
      + "|\\{\\s{0,3}(?:[A-Za-z_][\\w.]*|\\d+)\\s{0,3}(?=[,}])"
      + "|</?[A-Za-z][\\w:-]*(?:\\s[^<>]*)?/?>");

  private Protected() {}

  /** One protected part: where it is and what it is, trimmed of a trailing Turkish suffix or full stop. */
  record Part(int start, int end, String text) {}

  /** The links, e-mail addresses, handles and paths in a text, in order. */
  static List<Part> links(String text) {
    List<Part> parts = new ArrayList<>();
    if (!mayHaveLink(text)) {
      return parts; // the common case: a sentence without any
    }
    Matcher m = LINK.matcher(text);
    while (m.find()) {
      int end = trimmedEnd(text, m.start(), m.end());
      if (end > m.start()) {
        parts.add(new Part(m.start(), end, text.substring(m.start(), end)));
      }
    }
    return parts;
  }

  /** True when a text has '@', '/', '\\' or a '.' before a lower-case letter (www.x, datei.pdf): what every link has. */
  private static boolean mayHaveLink(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '@' || c == '/' || c == '\\'
          || c == '.' && i + 1 < text.length() && Character.isLowerCase(text.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /** The placeholders and tags in a text, in order ({@code %%} is left out: it is a literal %). */
  static List<Part> placeholders(String text) {
    List<Part> parts = new ArrayList<>();
    if (text.indexOf('%') < 0 && text.indexOf('{') < 0 && text.indexOf('<') < 0) {
      return parts;
    }
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      if (!m.group().equals("%%") && !isMetaVariable(text, m.group())) {
        parts.add(new Part(m.start(), m.end(), m.group()));
      }
    }
    return parts;
  }

  /**
   * A bare {@code <Datei>} or {@code <interner Fehler>} (no attribute) that no {@code </Datei>}
   * closes and that is no HTML element is a word in angle brackets (a command's argument in usage texts, {@code git add <Datei>} ↔ {@code <dosya>}):
   * translated like any word, so not a tag to keep.
   */
  private static boolean isMetaVariable(String text, String part) {
    if (!part.startsWith("<") || part.startsWith("</") || part.endsWith("/>") || part.indexOf('=') >= 0) {
      return false;
    }
    String name = part.substring(1, part.length() - 1).split(" ", 2)[0];
    return !HTML.contains(name.toLowerCase(java.util.Locale.ROOT)) && !text.contains("</" + name + ">");
  }

  private static final java.util.Set<String> HTML = java.util.Set.of("a", "abbr", "b", "big", "blockquote", "br",
      "code", "del", "div", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark",
      "ol", "p", "pre", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "table", "td", "th", "tr", "tt",
      "u", "ul", "var");

  /** The text with links and placeholders replaced by spaces (offsets kept), for rules that read words. */
  static String masked(String text) {
    List<Part> all = new ArrayList<>(links(text));
    all.addAll(placeholders(text));
    if (all.isEmpty()) {
      return text;
    }
    char[] chars = text.toCharArray();
    for (Part p : all) {
      for (int i = p.start(); i < p.end(); i++) {
        chars[i] = ' ';
      }
    }
    return new String(chars);
  }

  /** A link's end without a Turkish suffix after an apostrophe (x.de'ye) and without closing punctuation. */
  private static int trimmedEnd(String text, int start, int end) {
    int e = end;
    int letters = e;
    while (letters > start && Character.isLetter(text.charAt(letters - 1))) {
      letters--;
    }
    if (letters < e && letters > start && isApostrophe(text.charAt(letters - 1))) {
      e = letters - 1;
    }
    while (e > start && ".,;:!?)]}'’\"".indexOf(text.charAt(e - 1)) >= 0) {
      e--;
    }
    return e;
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '’' || c == 'ʼ';
  }
}
