package org.tandem.format;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Objects;
import java.util.function.UnaryOperator;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.filters.html.HtmlFilter;
import org.tandem.build.Reassembler;
import org.tandem.extract.AlignedDocument;
import org.tandem.extract.Block;
import org.tandem.extract.DocumentPart;
import org.tandem.extract.Escaping;
import org.tandem.extract.ExtractedDocument;
import org.tandem.extract.ExtractedSegment;
import org.tandem.extract.SkeletonAligner;
import org.tandem.model.Content;
import org.tandem.model.Lang;

/**
 * HTML and XHTML pages: Okapi's HTML filter says what is translatable (text, headings, lists,
 * tables, the title, {@code alt} and {@code title} attributes; not scripts, styles or link targets),
 * tandem aligns it with the page as written and splices translations into the original text, which
 * keeps everything else byte for byte: character references, comments, {@code <pre>}, line ends,
 * a byte-order mark and the declared encoding.
 */
public final class HtmlFormat implements DocumentFormat {
  private static final Pattern START_TAG = Pattern.compile("</?([A-Za-z][A-Za-z0-9]*)");
  private static final Set<String> INLINE = Set.of("a", "b", "strong", "i", "em", "u", "span", "small", "big",
      "abbr", "code", "mark", "sub", "sup", "font", "img", "br", "cite", "q", "s", "time");
  private static final FilterEvents<HtmlFilter> FILTER = new FilterEvents<>(HtmlFilter::new);

  @Override
  public String name() {
    return "html";
  }

  @Override
  public List<String> extensions() {
    return List.of("html", "htm", "xhtml");
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public AlignedDocument align(byte[] bytes, String displayName, Lang lang) {
    HtmlEncoding.Decoded page = HtmlEncoding.decode(bytes, displayName);
    String text = page.text();
    int from = text.startsWith("\uFEFF") ? 1 : 0; // the filter never sees the byte-order mark
    SkeletonAligner.Place attribute = new SkeletonAligner.Place(Escaping.ATTRIBUTE, " ", false);
    SkeletonAligner.Place content = new SkeletonAligner.Place(Escaping.HTML, LineEnds.of(text), false);
    String lines = LineEnds.asNewlines(text);
    List<Block> blocks = SkeletonAligner.align(lines, from, FILTER.read(lines.substring(from), lang),
        displayName, (ITextUnit unit) -> unit.isReferent() ? attribute : content);
    return new AlignedDocument(bytes, List.of(new DocumentPart("", text)), blocks);
  }

  @Override
  public byte[] write(ExtractedDocument doc, List<Content> targets, Lang targetLang,
      UnaryOperator<String> untranslated) {
    String page = Reassembler.render(doc, targets, untranslated);
    if (page.equals(doc.text())) {
      return doc.bytes().clone();
    }
    if (translatesAnything(doc, targets)) {
      page = HtmlLanguage.set(page, targetLang.code(), isXhtml(doc.text()));
    }
    return HtmlEncoding.encode(page, HtmlEncoding.decode(doc.bytes(), "").charset());
  }

  /** A page in the source language keeps its language; one holding a translation says the target's. */
  private static boolean translatesAnything(ExtractedDocument doc, List<Content> targets) {
    for (int i = 0; i < targets.size(); i++) {
      if (targets.get(i) != null && !Objects.equals(targets.get(i), doc.segments().get(i).source())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isXhtml(String page) {
    return page.contains("http://www.w3.org/1999/xhtml") || page.startsWith("<?xml")
        || page.startsWith("\uFEFF<?xml");
  }

  /** Headings are the paragraphs in {@code h1} to {@code h6}: the tag before their text, inline tags skipped. */
  @Override
  public int headingLevel(ExtractedDocument doc, ExtractedSegment first) {
    String page = doc.parts().get(first.part()).text();
    int q = first.start();
    for (int steps = 0; steps < 16; steps++) {
      while (q > 0 && Character.isWhitespace(page.charAt(q - 1))) {
        q--;
      }
      if (q == 0 || page.charAt(q - 1) != '>') {
        return 0;
      }
      int lt = page.lastIndexOf('<', q - 1);
      Matcher tag = START_TAG.matcher(page).region(Math.max(lt, 0), q);
      if (lt < 0 || !tag.lookingAt()) {
        return 0;
      }
      String name = tag.group(1).toLowerCase(Locale.ROOT);
      if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6') {
        return name.charAt(1) - '0';
      }
      if (!INLINE.contains(name)) {
        return 0;
      }
      q = lt;
    }
    return 0;
  }
}
