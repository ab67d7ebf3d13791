package org.tandem.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tandem.extract.Explanation.Paragraph;
import org.tandem.extract.Explanation.Sentence;
import org.tandem.model.Lang;

/**
 * Segments a text as tandem does and says why: for every break and every prevented break, the rule
 * that decided it. A document is read like a chapter, by its format (one paragraph per heading, list
 * item or block); text from standard input is cut into paragraphs at blank lines.
 */
public final class SegmentationExplainer {
  /** A run of lines none of which is blank. */
  private static final Pattern PLAIN_PARAGRAPH =
      Pattern.compile("\\S[^\\n]*+(?:\\n(?![ \\t\\r\\u00A0]*+(?:\\n|$))[^\\n]*+)*+");

  private final SrxSegmenter srx;

  /** Explains the segmentation of {@code srx}. */
  public SegmentationExplainer(SrxSegmenter srx) {
    this.srx = srx;
  }

  /** Explains a plain text whose paragraphs are separated by blank lines. */
  public Explanation plainText(String text, String source, Lang lang) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    Lines lines = new Lines(body);
    List<Paragraph> paragraphs = new ArrayList<>();
    Matcher m = PLAIN_PARAGRAPH.matcher(body);
    while (m.find()) {
      String paragraph = m.group();
      List<BreakDecision> decisions = srx.decisions(paragraph, lang.code());
      List<Span> spans = plainSpans(paragraph, decisions, m.start());
      int at = m.start();
      Mapping mapping = new Mapping(p -> at + p, p -> at + p);
      paragraphs.add(paragraph(paragraphs.size() + 1, lines.of(at), paragraph, spans, decisions, mapping, lines));
    }
    return explanation(source, lang, paragraphs);
  }

  /** Explains a document read by its format as {@code tandem segment} would segment it. */
  public Explanation document(AlignedDocument doc, String source, Lang lang) {
    List<Lines> lines = doc.parts().stream().map(p -> new Lines(p.text())).toList();
    List<Paragraph> paragraphs = new ArrayList<>();
    SentenceSplitter splitter = new SentenceSplitter(srx.engine(lang.code()));
    for (Block block : doc.blocks()) {
      String text = doc.parts().get(block.part()).text();
      List<Span> spans = new ArrayList<>();
      for (ExtractedSegment s : splitter.split(block)) {
        spans.add(new Span(text.substring(s.start(), s.end()), s.start(), s.end()));
      }
      if (spans.isEmpty()) {
        continue; // codes and spaces only: nothing a translator sees
      }
      BlockText blockText = new BlockText(block);
      List<BreakDecision> decisions = srx.decisions(blockText.text, lang.code());
      Lines partLines = lines.get(block.part());
      paragraphs.add(paragraph(block.para(), partLines.of(block.start()), blockText.text, spans, decisions,
          blockText.mapping(), partLines));
    }
    return explanation(source, lang, paragraphs);
  }

  private Explanation explanation(String source, Lang lang, List<Paragraph> paragraphs) {
    return new Explanation(source, lang, srx.origin(), srx.abbreviations().getOrDefault(lang, List.of()), paragraphs);
  }

  /** The sentences that {@code decisions} make of {@code text}, as {@link SrxSegmenter#split} returns them. */
  static List<String> sentences(String text, List<BreakDecision> decisions) {
    return plainSpans(text, decisions, 0).stream().map(Span::text).toList();
  }

  /** Cuts a paragraph at its breaks as the engine does: pieces trimmed, empty ones dropped. */
  private static List<Span> plainSpans(String paragraph, List<BreakDecision> decisions, int at) {
    List<Span> spans = new ArrayList<>();
    int from = 0;
    for (BreakDecision d : decisions) {
      if (d.isBreak() && d.offset() > 0 && d.offset() < paragraph.length()) {
        addTrimmed(paragraph, from, d.offset(), at, spans);
        from = d.offset();
      }
    }
    addTrimmed(paragraph, from, paragraph.length(), at, spans);
    return spans;
  }

  private static void addTrimmed(String paragraph, int from, int to, int at, List<Span> spans) {
    while (from < to && SrxSegmenter.isSpace(paragraph.charAt(from))) {
      from++;
    }
    while (to > from && SrxSegmenter.isSpace(paragraph.charAt(to - 1))) {
      to--;
    }
    if (from < to) {
      spans.add(new Span(paragraph.substring(from, to), at + from, at + to));
    }
  }

  /** Hangs each break between the two sentences it separates and each prevented break on its sentence. */
  private static Paragraph paragraph(int para, int line, String text, List<Span> spans, List<BreakDecision> decisions,
      Mapping mapping, Lines lines) {
    BreakDecision[] ends = new BreakDecision[spans.size()];
    List<List<BreakDecision>> prevented = new ArrayList<>();
    spans.forEach(s -> prevented.add(new ArrayList<>()));
    for (BreakDecision d : decisions) {
      int left = mapping.left(d.offset());
      int right = mapping.right(d.offset());
      if (d.isBreak()) {
        for (int i = 0; i + 1 < spans.size(); i++) {
          if (ends[i] == null && left <= spans.get(i + 1).start() && right >= spans.get(i).end()) {
            ends[i] = d;
            break;
          }
        }
      } else if (d.preventedBreak() && !spans.isEmpty()) {
        prevented.get(spanAt(spans, left)).add(d);
      }
    }
    List<Sentence> sentences = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      sentences.add(new Sentence(spans.get(i).text(), lines.of(spans.get(i).start()), prevented.get(i), ends[i]));
    }
    return new Paragraph(para, line, text, sentences);
  }

  private static int spanAt(List<Span> spans, int offset) {
    int index = 0;
    while (index + 1 < spans.size() && spans.get(index + 1).start() <= offset) {
      index++;
    }
    return index;
  }

  /** A sentence with its place in the source. */
  private record Span(String text, int start, int end) {}

  /** Where a position of the text the rules saw lies in the source: after its left and before its right neighbour. */
  private record Mapping(IntUnaryOperator leftOf, IntUnaryOperator rightOf) {
    int left(int p) {
      return leftOf.applyAsInt(p);
    }

    int right(int p) {
      return rightOf.applyAsInt(p);
    }
  }

  /** A block's text without inline codes, as the segmenter sees it, and where each of its characters came from. */
  private static final class BlockText {
    final String text;
    final int[] starts;
    final int[] ends;
    final int blockStart;
    final int blockEnd;

    BlockText(Block block) {
      StringBuilder sb = new StringBuilder();
      List<int[]> places = new ArrayList<>();
      for (Atom atom : block.atoms()) {
        if (atom.isCode()) {
          continue;
        }
        boolean exact = atom.text().length() == atom.end() - atom.start();
        for (int i = 0; i < atom.text().length(); i++) {
          // a decoded character reference ("&amp;" read as "&") maps to its whole span
          places.add(exact ? new int[] {atom.start() + i, atom.start() + i + 1} : new int[] {atom.start(), atom.end()});
        }
        sb.append(atom.text());
      }
      text = sb.toString();
      starts = places.stream().mapToInt(p -> p[0]).toArray();
      ends = places.stream().mapToInt(p -> p[1]).toArray();
      blockStart = block.start();
      blockEnd = block.end();
    }

    Mapping mapping() {
      return new Mapping(p -> p == 0 ? blockStart : ends[p - 1], p -> p >= starts.length ? blockEnd : starts[p]);
    }
  }

  /** Line numbers of offsets in a text. */
  private static final class Lines {
    private final int[] starts;

    Lines(String text) {
      List<Integer> list = new ArrayList<>(List.of(0));
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          list.add(i + 1);
        }
      }
      starts = list.stream().mapToInt(Integer::intValue).toArray();
    }

    int of(int offset) {
      int i = Arrays.binarySearch(starts, offset);
      return i >= 0 ? i + 1 : -i - 1;
    }
  }
}
