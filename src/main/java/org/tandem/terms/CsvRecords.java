package org.tandem.terms;

import java.util.ArrayList;
import java.util.List;
import org.tandem.model.TandemException;

/**
 * A small RFC 4180 CSV parser that remembers the line each record starts on, so that glossary
 * errors can point at it. Hand-written to keep the dependency list short; fields are returned
 * exactly as written (quotes removed, doubled quotes undone), without trimming.
 */
final class CsvRecords {
  /** One CSV record and the 1-based line it starts on. */
  record Row(int line, List<String> fields) {}

  private final String text;
  private final String file;
  private int pos;
  private int line = 1;

  private CsvRecords(String text, String file) {
    this.text = text;
    this.file = file;
  }

  /** Parses the whole text; lines that are empty or only spaces are skipped. */
  static List<Row> parse(String text, String file) {
    return new CsvRecords(text, file).rows();
  }

  private List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    while (pos < text.length()) {
      if (skipBlankLine()) {
        continue;
      }
      int start = line;
      rows.add(new Row(start, record()));
    }
    return rows;
  }

  private boolean skipBlankLine() {
    int i = pos;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    if (i == text.length()) {
      pos = i;
      return true;
    }
    if (isLineBreak(text.charAt(i))) {
      pos = i;
      consumeLineBreak();
      return true;
    }
    return false;
  }

  private List<String> record() {
    List<String> fields = new ArrayList<>();
    while (true) {
      fields.add(field());
      if (pos >= text.length()) {
        return fields;
      }
      char c = text.charAt(pos);
      if (c == ',') {
        pos++;
      } else {
        consumeLineBreak();
        return fields;
      }
    }
  }

  private String field() {
    int i = pos;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    if (i < text.length() && text.charAt(i) == '"') {
      pos = i + 1;
      return quoted();
    }
    return unquoted();
  }

  private String unquoted() {
    int begin = pos;
    while (pos < text.length() && text.charAt(pos) != ',' && !isLineBreak(text.charAt(pos))) {
      if (text.charAt(pos) == '"') {
        throw error(line, "a quote (\") inside a field that does not start with a quote; "
            + "put the whole field in quotes and write the quote twice (\"\")");
      }
      pos++;
    }
    return text.substring(begin, pos);
  }

  private String quoted() {
    int opened = line;
    StringBuilder sb = new StringBuilder();
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == '"') {
        if (pos < text.length() && text.charAt(pos) == '"') {
          sb.append('"');
          pos++;
        } else {
          afterClosingQuote();
          return sb.toString();
        }
      } else {
        if (c == '\n' || (c == '\r' && (pos >= text.length() || text.charAt(pos) != '\n'))) {
          line++;
        }
        sb.append(c);
      }
    }
    throw error(opened, "a quoted field starting on this line is never closed (a \" is missing)");
  }

  private void afterClosingQuote() {
    while (pos < text.length() && text.charAt(pos) == ' ') {
      pos++;
    }
    if (pos < text.length() && text.charAt(pos) != ',' && !isLineBreak(text.charAt(pos))) {
      throw error(line, "unexpected text after a closing quote; a quote inside a quoted field "
          + "is written twice (\"\")");
    }
  }

  private void consumeLineBreak() {
    if (text.charAt(pos) == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
      pos++;
    }
    pos++;
    line++;
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r';
  }

  private TandemException error(int at, String message) {
    return new TandemException(file, at, 0, null, message, null);
  }
}
