package org.tandem.format.office;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small XML tokenizer over a part's text that keeps the exact offset of every tag and text run, so
 * that translated text can be spliced into the original XML. It checks well-formedness (balanced
 * tags, quoted attributes, known entities) and refuses DTDs, so no entity can be expanded.
 */
final class XmlScanner {
  /** What the current token is. */
  enum Token { START, END, EMPTY, TEXT, OTHER }

  private final String s;
  private final Deque<String> open = new ArrayDeque<>();
  private int pos;
  private int start;
  private int end;
  private String name;

  XmlScanner(String s) {
    this.s = s;
    this.pos = s.startsWith("\uFEFF") ? 1 : 0;
  }

  /** The next token, or null at the end of the text (where every element must be closed). */
  Token next() {
    if (pos >= s.length()) {
      if (!open.isEmpty()) {
        throw new XmlError(s.length(), "the element <" + open.peek() + "> is not closed (the part is cut short)");
      }
      return null;
    }
    start = pos;
    if (s.charAt(pos) != '<') {
      int lt = s.indexOf('<', pos);
      end = pos = lt < 0 ? s.length() : lt;
      return Token.TEXT;
    }
    if (s.startsWith("<?", pos)) {
      return other("?>");
    }
    if (s.startsWith("<!--", pos)) {
      return other("-->");
    }
    if (s.startsWith("<![CDATA[", pos)) {
      return other("]]>");
    }
    if (s.startsWith("<!", pos)) {
      throw new XmlError(pos, "it holds a document type declaration (DTD) or entity definitions; tandem refuses"
          + " XML with DTDs because they can read other files or expand without end");
    }
    return s.startsWith("</", pos) ? endTag() : startTag();
  }

  private Token other(String terminator) {
    int close = s.indexOf(terminator, pos);
    if (close < 0) {
      throw new XmlError(pos, "a comment, CDATA section or processing instruction is not closed");
    }
    end = pos = close + terminator.length();
    return Token.OTHER;
  }

  private Token endTag() {
    int gt = s.indexOf('>', pos);
    if (gt < 0) {
      throw new XmlError(pos, "a closing tag is not finished");
    }
    name = s.substring(pos + 2, gt).strip();
    if (open.isEmpty() || !open.peek().equals(name)) {
      throw new XmlError(pos, "</" + name + "> does not close " + (open.isEmpty() ? "any element" : "<" + open.peek() + ">"));
    }
    open.pop();
    end = pos = gt + 1;
    return Token.END;
  }

  private Token startTag() {
    int i = pos + 1;
    while (i < s.length() && !isNameEnd(s.charAt(i))) {
      i++;
    }
    name = s.substring(pos + 1, i);
    if (name.isEmpty()) {
      throw new XmlError(pos, "a '<' that starts no tag (write &lt; in text)");
    }
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\'') {
        int q = s.indexOf(c, i + 1);
        if (q < 0 || s.substring(i, q).indexOf('<') >= 0) {
          throw new XmlError(pos, "an attribute value of <" + name + "> is not closed");
        }
        i = q;
      } else if (c == '<') {
        break;
      } else if (c == '>') {
        end = pos = i + 1;
        boolean empty = s.charAt(i - 1) == '/';
        if (!empty) {
          open.push(name);
        }
        return empty ? Token.EMPTY : Token.START;
      }
    }
    throw new XmlError(pos, "the tag <" + name + "> is not finished");
  }

  private static boolean isNameEnd(char c) {
    return c == ' ' || c == '>' || c == '/' || c == '\t' || c == '\n' || c == '\r';
  }

  /** Offset of the current token's first character. */
  int start() {
    return start;
  }

  /** Offset after the current token. */
  int end() {
    return end;
  }

  /** The qualified name of the current tag. */
  String name() {
    return name;
  }

  /** The current tag's attribute {@code qname}, decoded, or null. */
  String attr(String qname) {
    int[] range = attrRange(s, start, end, qname);
    return range == null ? null : XmlChars.decode(s, range[0], range[1]);
  }

  /** The range of the value of attribute {@code qname} in the tag at {@code [from, to)}, or null. */
  static int[] attrRange(String s, int from, int to, String qname) {
    int i = s.indexOf(' ' + qname + '=', from);
    while (i >= 0 && i < to) {
      int q = i + qname.length() + 2;
      char quote = s.charAt(q);
      if (quote == '"' || quote == '\'') {
        int close = s.indexOf(quote, q + 1);
        if (insideQuotes(s, from, i)) {
          i = s.indexOf(' ' + qname + '=', close);
          continue;
        }
        return new int[] {q + 1, close};
      }
      i = s.indexOf(' ' + qname + '=', i + 1);
    }
    return null;
  }

  private static boolean insideQuotes(String s, int from, int at) {
    char quote = 0;
    for (int i = from; i < at; i++) {
      char c = s.charAt(i);
      if (quote == 0 && (c == '"' || c == '\'')) {
        quote = c;
      } else if (c == quote) {
        quote = 0;
      }
    }
    return quote != 0;
  }

  /** The prefix the root element binds to {@code namespace} ("" for the default namespace), or null. */
  static String prefixOf(String s, String namespace) {
    XmlScanner scanner = new XmlScanner(s);
    Token t;
    while ((t = scanner.next()) != null && t != Token.START && t != Token.EMPTY) {
      // the XML declaration, comments and white space before the root
    }
    if (t == null) {
      return null;
    }
    String tag = s.substring(scanner.start, scanner.end);
    int i = tag.indexOf("=\"" + namespace + "\"");
    if (i < 0) {
      i = tag.indexOf("='" + namespace + "'");
    }
    if (i < 0) {
      return null;
    }
    int attrStart = tag.lastIndexOf(' ', i) + 1;
    String attr = tag.substring(attrStart, i).strip();
    return attr.equals("xmlns") ? "" : attr.startsWith("xmlns:") ? attr.substring(6) : null;
  }

  /** A well-formedness error at an offset of the part's text. */
  static final class XmlError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int offset;

    XmlError(int offset, String message) {
      super(message);
      this.offset = offset;
    }

    /** The 1-based line of the offset in {@code text}. */
    int line(String text) {
      int line = 1;
      for (int i = 0; i < Math.min(offset, text.length()); i++) {
        if (text.charAt(i) == '\n') {
          line++;
        }
      }
      return line;
    }
  }
}
