package org.tandem.format;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import org.tandem.build.BilingualHtml;
import org.tandem.build.BilingualRow;
import org.tandem.build.Reassembler;
import org.tandem.extract.AlignedDocument;
import org.tandem.extract.Block;
import org.tandem.extract.DocumentPart;
import org.tandem.extract.ExtractedDocument;
import org.tandem.extract.SourceAligner;
import org.tandem.extract.SrxSegmenter;
import org.tandem.io.Utf8;
import org.tandem.model.Content;
import org.tandem.model.Lang;

/**
 * Markdown (UTF-8): Okapi's Markdown filter finds the translatable text, tandem aligns it with the
 * source characters, and the translation is spliced into the original text.
 */
public final class MarkdownFormat implements DocumentFormat {
  @Override
  public String name() {
    return "markdown";
  }

  @Override
  public List<String> extensions() {
    return List.of("md", "markdown");
  }

  @Override
  public int version() {
    return 3; // 2: inline HTML tags and their attributes, paragraphs the filter misreads offered as written;
    // 3: lines ended by a carriage return alone
  }

  @Override
  public AlignedDocument align(byte[] bytes, String displayName, Lang lang) {
    String text = Utf8.decode(bytes, displayName);
    String lines = LineEnds.asNewlines(text);
    // Okapi would drop a byte-order mark; the aligner finds it in the gap before the first unit.
    String forOkapi = lines.startsWith("\uFEFF") ? lines.substring(1) : lines;
    List<Block> blocks = SourceAligner.align(lines, MarkdownReader.read(forOkapi, lang), displayName);
    return new AlignedDocument(bytes, List.of(new DocumentPart("", text)), LineEnds.inOriginal(text, blocks));
  }

  /** Segments Markdown text (a convenience for callers that hold the text, not the file). */
  public ExtractedDocument read(String text, String displayName, Lang lang, SrxSegmenter rules) {
    return read(text.getBytes(StandardCharsets.UTF_8), displayName, lang, rules);
  }

  @Override
  public byte[] write(ExtractedDocument doc, List<Content> targets, Lang targetLang,
      UnaryOperator<String> untranslated) {
    // Markdown has no place for a document language: the text is all there is.
    return Reassembler.render(doc, targets, untranslated).getBytes(StandardCharsets.UTF_8);
  }

  /** Rows from the Markdown itself, rendered block by block: lists, tables and links as the reader sees them. */
  @Override
  public List<BilingualRow> rows(ExtractedDocument doc, List<Content> targets) {
    String marked = Reassembler.render(doc, targets,
        s -> BilingualHtml.UNTRANSLATED_START + s + BilingualHtml.UNTRANSLATED_END);
    return BilingualHtml.rows(doc.text(), marked);
  }
}
