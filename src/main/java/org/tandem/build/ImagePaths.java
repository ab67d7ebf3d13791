package org.tandem.build;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the relative image paths of a chapter's rows, which are relative to the chapter's file,
 * so that they hold from the page the rows are shown on (build/bilingual/, build/edition/).
 */
public final class ImagePaths {
  private static final Pattern SRC = Pattern.compile("(<img\\b[^>]*?\\bsrc=\")([^\"]*)(\")");
  private static final Pattern ABSOLUTE = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*:|/|#).*");

  private ImagePaths() {}

  /** The rows with every relative image path rebased from {@code chapterDir} to {@code pageDir}. */
  public static List<BilingualRow> rebase(List<BilingualRow> rows, Path chapterDir, Path pageDir) {
    return rows.stream().map(r -> new BilingualRow(rebase(r.sourceHtml(), chapterDir, pageDir),
        rebase(r.targetHtml(), chapterDir, pageDir), r.headingLevel())).toList();
  }

  /** One fragment rebased. */
  static String rebase(String html, Path chapterDir, Path pageDir) {
    if (!html.contains("<img")) {
      return html;
    }
    Matcher m = SRC.matcher(html);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String src = m.group(2);
      String rebased = src.isEmpty() || ABSOLUTE.matcher(src).matches() ? src
          : pageDir.toAbsolutePath().normalize().relativize(chapterDir.toAbsolutePath().resolve(src).normalize())
              .toString().replace('\\', '/');
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + rebased + m.group(3)));
    }
    return m.appendTail(out).toString();
  }
}
