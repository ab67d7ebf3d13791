package org.tandem.build;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;

/**
 * Turns an HTML fragment (as the Markdown renderer writes it, raw HTML from a chapter included) into
 * well-formed XHTML, which the PDF renderer's XML parser needs and every browser reads as HTML5.
 */
final class Xhtml {
  private Xhtml() {}

  /** The fragment as XHTML: elements closed, attributes quoted, only XML's own entities. */
  static String fragment(String html) {
    Document doc = Jsoup.parseBodyFragment(html);
    doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
        .prettyPrint(false).charset("UTF-8");
    return doc.body().html();
  }

  /** Plain text of a fragment, for titles. */
  static String text(String html) {
    return Jsoup.parseBodyFragment(html).text();
  }
}
