package org.tandem.extract;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tandem.model.Lang;
import org.tandem.model.TandemException;

/**
 * Turns a Markdown document into segments: Okapi's filter, exact source alignment, SRX rules. Safe to
 * use from several threads at once (chapters can be extracted in parallel).
 */
public final class MarkdownExtractor {
  /**
   * The version of the extraction: raise it with any change that can give a document other segments,
   * so that workspaces segmented before read their sources again.
   */
  public static final int VERSION = 1;

  private final SrxSegmenter srx;

  /** An extractor that splits sentences with the given rules. */
  public MarkdownExtractor(SrxSegmenter srx) {
    this.srx = srx;
  }

  /** Reads and segments a UTF-8 Markdown file; {@code displayName} is used in error messages. */
  public ExtractedDocument extract(Path file, String displayName, Lang lang) {
    return extract(readUtf8(file, displayName), displayName, lang);
  }

  /** Segments Markdown text written in {@code lang}. */
  public ExtractedDocument extract(String text, String displayName, Lang lang) {
    // Okapi would drop a byte-order mark; the aligner finds it in the gap before the first unit.
    String forOkapi = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<Block> blocks = SourceAligner.align(text, MarkdownReader.read(forOkapi, lang), displayName);
    List<ExtractedSegment> segments = new ArrayList<>();
    SentenceSplitter splitter = new SentenceSplitter(srx.engine(lang.code()));
    for (Block block : blocks) {
      segments.addAll(splitter.split(block, text));
    }
    return new ExtractedDocument(text, segments);
  }

  /** Reads a file as strict UTF-8: a byte sequence that is not UTF-8 is an error, never a '?'. */
  public static String readUtf8(Path file, String displayName) {
    try {
      return decodeUtf8(Files.readAllBytes(file), displayName);
    } catch (IOException e) {
      throw new TandemException(displayName, 0, "cannot read the file: " + e.getMessage());
    }
  }

  /** Decodes a file's bytes as strict UTF-8: a byte sequence that is not UTF-8 is an error, never a '?'. */
  public static String decodeUtf8(byte[] bytes, String displayName) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new TandemException(displayName, 0, "the file is not valid UTF-8; save it as UTF-8 and try again");
    }
  }
}
