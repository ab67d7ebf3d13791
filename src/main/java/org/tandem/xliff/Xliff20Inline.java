package org.tandem.xliff;

import java.util.Map;

/**
 * One piece of XLIFF 2 inline content as read: a run of text (code points given as {@code <cp>}
 * included), the start or end of a {@code <pc>} or {@code <mrk>}, or an empty element ({@code ph},
 * {@code sc}, {@code ec}, {@code sm}, {@code em}).
 *
 * @param kind what it is
 * @param name the element's name; {@code ""} for text
 * @param attributes the element's own (unprefixed) attributes; an end repeats its start's
 * @param text the text of a text piece; {@code ""} otherwise
 * @param line the line where it starts
 */
record Xliff20Inline(Kind kind, String name, Map<String, String> attributes, String text, int line) {
  /** What a piece is. */
  enum Kind { TEXT, START, END, EMPTY }

  /** An attribute, or null. */
  String attr(String attribute) {
    return attributes.get(attribute);
  }

  /** An attribute, or {@code fallback} when absent. */
  String attr(String attribute, String fallback) {
    return attributes.getOrDefault(attribute, fallback);
  }

  /** True for a code or marker element that has an id (pc start, ph, sc, ec with id, mrk start, sm). */
  boolean hasId() {
    return kind != Kind.TEXT && kind != Kind.END && attributes.containsKey("id");
  }

  /** How the element is named in messages: {@code <ph id="1">}. */
  String describe() {
    String id = attributes.containsKey("id") ? " id=\"" + attributes.get("id") + "\""
        : attributes.containsKey("startRef") ? " startRef=\"" + attributes.get("startRef") + "\"" : "";
    return "<" + name + id + ">";
  }
}
