package org.tandem.terms;

import java.util.List;
import org.tandem.model.Concept;
import org.tandem.model.Lang;
import org.tandem.model.Term;
import org.tandem.model.TermMatching;
import org.tandem.model.TermStatus;

/**
 * Writes a glossary as TBX-Basic text in either version: two-space indentation, LF, entries in
 * glossary order, languages de then tr, terms preferred first; the same glossary always gives the
 * same bytes. Flags are written only when set, so a plain glossary is plain TBX-Basic.
 */
final class TbxText {
  private final TbxDialect dialect;
  private final StringBuilder out = new StringBuilder();

  TbxText(TbxDialect dialect) {
    this.dialect = dialect;
  }

  /** The whole document. */
  String document(Glossary glossary) {
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    if (dialect == TbxDialect.V2008) {
      out.append("<martif type=\"TBX-Basic\" xml:lang=\"de\">\n");
    } else {
      out.append("<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"de\" xmlns=\"")
          .append(dialect.namespace()).append("\">\n");
    }
    header();
    line(1, "<text>");
    line(2, "<body>");
    glossary.concepts().forEach(this::entry);
    line(2, "</body>");
    line(1, "</text>");
    out.append("</").append(dialect.root()).append(">\n");
    return out.toString();
  }

  private void header() {
    line(1, "<" + dialect.header() + ">");
    line(2, "<fileDesc>");
    line(3, "<sourceDesc>");
    line(4, "<p>Glossary exported by tandem (German-Turkish)</p>");
    line(3, "</sourceDesc>");
    line(2, "</fileDesc>");
    if (dialect == TbxDialect.V2008) {
      line(2, "<encodingDesc>");
      line(3, "<p type=\"XCSURI\">TBXBasicXCSV02.xcs</p>");
      line(2, "</encodingDesc>");
    }
    line(1, "</" + dialect.header() + ">");
  }

  private void entry(Concept concept) {
    line(3, "<" + dialect.entry() + " id=\"" + escape(concept.id()) + "\">");
    if (!concept.note().isEmpty()) {
      line(4, "<note>" + escape(concept.note()) + "</note>");
    }
    for (Lang lang : Lang.values()) {
      List<Term> terms = concept.terms(lang);
      if (!terms.isEmpty()) {
        line(4, "<" + dialect.language() + " xml:lang=\"" + lang.code() + "\">");
        terms.forEach(this::term);
        line(4, "</" + dialect.language() + ">");
      }
    }
    line(3, "</" + dialect.entry() + ">");
  }

  private void term(Term term) {
    line(5, "<" + dialect.term() + ">");
    line(6, "<term>" + escape(term.text()) + "</term>");
    if (!term.pos().id().isEmpty()) {
      note("partOfSpeech", term.pos().id());
    }
    note("administrativeStatus", status(term.status()));
    if (term.caseSensitive()) {
      note(TbxDialect.CASE_SENSITIVE, "yes");
    }
    if (term.doNotTranslate()) {
      note(TbxDialect.DO_NOT_TRANSLATE, "yes");
    }
    if (term.matching() != TermMatching.AUTO) {
      note(TbxDialect.MATCHING, term.matching().id());
    }
    line(5, "</" + dialect.term() + ">");
  }

  private void note(String type, String value) {
    line(6, "<termNote type=\"" + type + "\">" + escape(value) + "</termNote>");
  }

  private static String status(TermStatus status) {
    return switch (status) {
      case PREFERRED -> TbxDialect.PREFERRED;
      case ADMITTED -> TbxDialect.ADMITTED;
      case FORBIDDEN -> TbxDialect.DEPRECATED;
    };
  }

  private void line(int depth, String text) {
    out.append("  ".repeat(depth)).append(text).append('\n');
  }

  /** Escapes text and attribute values; line breaks in notes stay literal (they survive in content). */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\r' -> sb.append("&#13;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
