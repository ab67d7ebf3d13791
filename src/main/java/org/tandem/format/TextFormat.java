package org.tandem.format;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import net.sf.okapi.filters.plaintext.paragraphs.ParaPlainTextFilter;
import net.sf.okapi.filters.plaintext.paragraphs.Parameters;
import org.tandem.build.Reassembler;
import org.tandem.extract.AlignedDocument;
import org.tandem.extract.Block;
import org.tandem.extract.DocumentPart;
import org.tandem.extract.Escaping;
import org.tandem.extract.ExtractedDocument;
import org.tandem.extract.SkeletonAligner;
import org.tandem.model.Content;
import org.tandem.model.Lang;
import org.tandem.model.TandemException;

/**
 * Plain text (UTF-8, or UTF-16 with a byte-order mark): paragraphs separated by blank lines, read by
 * Okapi's plain-text filter. A paragraph's line breaks reach the translator, its lines' indentation
 * does not; the rebuilt file keeps line ends, a byte-order mark and everything between paragraphs.
 */
public final class TextFormat implements DocumentFormat {
  private static final FilterEvents<ParaPlainTextFilter> FILTER = new FilterEvents<>(TextFormat::newFilter);
  private static final SkeletonAligner.Place PLACE = new SkeletonAligner.Place(Escaping.NONE, null, true);

  @Override
  public String name() {
    return "text";
  }

  @Override
  public List<String> extensions() {
    return List.of("txt");
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public AlignedDocument align(byte[] bytes, String displayName, Lang lang) {
    Charset charset = charset(bytes);
    String text = decode(bytes, charset, displayName);
    int from = text.startsWith("\uFEFF") ? 1 : 0; // the filter never sees the byte-order mark
    String lines = LineEnds.asNewlines(text);
    List<Block> blocks = SkeletonAligner.align(lines, from, FILTER.read(lines.substring(from), lang), displayName,
        unit -> PLACE);
    return new AlignedDocument(bytes, List.of(new DocumentPart("", text)), LineEnds.inOriginal(text, blocks));
  }

  @Override
  public byte[] write(ExtractedDocument doc, List<Content> targets, Lang targetLang,
      UnaryOperator<String> untranslated) {
    // plain text has no place for a language: the text is all there is
    String text = Reassembler.render(doc, targets, untranslated);
    return text.equals(doc.text()) ? doc.bytes().clone() : text.getBytes(charset(doc.bytes()));
  }

  private static Charset charset(byte[] bytes) {
    Charset bom = HtmlEncoding.bom(bytes);
    return bom != null ? bom : StandardCharsets.UTF_8;
  }

  private static String decode(byte[] bytes, Charset charset, String displayName) {
    try {
      return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new TandemException(displayName, 0, "the file is not valid " + (charset == StandardCharsets.UTF_8
          ? "UTF-8; save it as UTF-8 and try again" : charset.name()));
    }
  }

  private static ParaPlainTextFilter newFilter() {
    ParaPlainTextFilter filter = new ParaPlainTextFilter();
    Parameters params = (Parameters) filter.getParameters();
    params.unescapeSource = false; // a backslash in a text is a backslash, not the start of "\n"
    return filter;
  }
}
