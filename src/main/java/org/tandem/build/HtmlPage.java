package org.tandem.build;

import org.tandem.model.Lang;

/** The common head and foot of tandem's HTML pages, with their style sheet. */
final class HtmlPage {
  static final String FOOT = "</body>\n</html>\n";

  private static final String STYLE = """
      body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 80rem; line-height: 1.5; color: #222; }
      table.bilingual { border-collapse: collapse; width: 100%; table-layout: fixed; }
      table.bilingual th { text-align: left; border-bottom: 2px solid #444; padding: .4rem .8rem; }
      table.bilingual td { vertical-align: top; padding: .3rem .8rem; border-bottom: 1px solid #ddd; }
      tr.heading td { background: #f4f4f4; }
      .untranslated { background: #fff1c2; border-bottom: 2px dotted #c77700; }
      .untranslated::before { content: "\\26A0\\FE0E  "; color: #c77700; }
      .meta { color: #555; }
      .bar { display: inline-block; width: 10rem; height: .8rem; background: #eee; vertical-align: middle; }
      .bar span { display: block; height: 100%; background: #3a7; }
      table.chapters td, table.chapters th { padding: .3rem .8rem; text-align: left; }
      """;

  private HtmlPage() {}

  /** The page up to and including the opening body tag and a heading. */
  static String head(String title, Lang lang) {
    String t = BilingualHtml.escape(title);
    return "<!DOCTYPE html>\n<html lang=\"" + lang.code() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + t + "</title>\n"
        + "<style>\n" + STYLE + "</style>\n</head>\n<body>\n<h1>" + t + "</h1>\n";
  }
}
