package org.tandem.format;

import java.util.List;
import java.util.function.UnaryOperator;
import org.tandem.build.BilingualRow;
import org.tandem.build.SegmentRows;
import org.tandem.extract.AlignedDocument;
import org.tandem.extract.ExtractedDocument;
import org.tandem.extract.ExtractedSegment;
import org.tandem.extract.Sentences;
import org.tandem.extract.SrxSegmenter;
import org.tandem.model.Content;
import org.tandem.model.Lang;

/**
 * A document format: reads a source document into segments at exact places, writes a translated one
 * back. The workflow (add, segment, build, explain) knows documents only through this interface.
 * Implementations are stateless and thread-safe: chapters are read and written in parallel.
 */
public interface DocumentFormat {
  /** The name recorded in tandem.json per chapter and accepted by {@code --format}: markdown, html, text, docx, odt. */
  String name();

  /** The file name extensions of the format, lower case, without the dot; the first is the usual one. */
  List<String> extensions();

  /**
   * The version of the format's reading: raise it with any change that can give a document other
   * segments, so that chapters segmented before read their sources again.
   */
  int version();

  /**
   * The document's parts and its translatable paragraphs aligned with them, before sentences are
   * split (what {@code segment --explain} shows the rules working on).
   *
   * @throws org.tandem.model.TandemException when the bytes are not a document of this format tandem can read
   */
  AlignedDocument align(byte[] bytes, String displayName, Lang lang);

  /** Reads a document written in {@code lang} into sentence segments at exact places of its parts. */
  default ExtractedDocument read(byte[] bytes, String displayName, Lang lang, SrxSegmenter rules) {
    return Sentences.split(align(bytes, displayName, lang), lang, rules);
  }

  /**
   * The translated document: the original with every translated segment spliced in at its place and
   * the document's language set to {@code targetLang}. With every target equal to its source (or
   * null, and {@code untranslated} the identity) the result equals the original.
   *
   * @param doc the source document as {@link #read} gave it
   * @param targets one entry per segment: the translation, or null to keep the source text
   * @param targetLang the language of the translation
   * @param untranslated applied to the source text of every segment kept in the source language
   *     (for example to mark it); {@link UnaryOperator#identity()} for none
   */
  byte[] write(ExtractedDocument doc, List<Content> targets, Lang targetLang, UnaryOperator<String> untranslated);

  /**
   * The chapter's rows in the bilingual edition, source beside translation. By default one row per
   * paragraph made of its segments (inline codes shown as the formatting their type names), headings
   * as {@link #headingLevel} says.
   *
   * @param targets one per segment: the translation, or null for text still in the source language
   */
  default List<BilingualRow> rows(ExtractedDocument doc, List<Content> targets) {
    return SegmentRows.rows(doc, targets, first -> headingLevel(doc, first));
  }

  /** The heading level (1 to 6) of the paragraph that {@code first} begins, or 0 when it is none or the format cannot tell. */
  default int headingLevel(ExtractedDocument doc, ExtractedSegment first) {
    return 0;
  }
}
