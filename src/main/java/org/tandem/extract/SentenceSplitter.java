package org.tandem.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.Range;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextFragment.TagType;
import org.tandem.model.Code;
import org.tandem.model.CodeKind;
import org.tandem.model.Content;
import org.tandem.model.Piece;
import org.tandem.model.Text;

/** Splits an aligned paragraph into sentence segments with Okapi's SRX engine. */
final class SentenceSplitter {
  private final ISegmenter segmenter;

  SentenceSplitter(ISegmenter segmenter) {
    this.segmenter = segmenter;
  }

  /** The segments of one block; stretches with codes or spaces only are left out of every segment. */
  List<ExtractedSegment> split(Block block, String src) {
    TextFragment fragment = new TextFragment();
    List<Integer> atomOfCodedChar = new ArrayList<>();
    List<Atom> atoms = block.atoms();
    for (int a = 0; a < atoms.size(); a++) {
      Atom atom = atoms.get(a);
      int before = fragment.getCodedText().length();
      if (atom.isCode()) {
        fragment.append(tagType(atom.code().kind()), atom.code().type(), atom.code().data(), atom.code().id());
      } else {
        fragment.append(atom.text());
      }
      for (int k = before; k < fragment.getCodedText().length(); k++) {
        atomOfCodedChar.add(a);
      }
    }
    segmenter.computeSegments(new TextContainer(fragment));
    String lineBreak = lineBreak(block, src);
    List<ExtractedSegment> segments = new ArrayList<>();
    int from = 0;
    for (Range range : segmenter.getRanges()) {
      int first = atomOfCodedChar.get(range.start);
      int last = atomOfCodedChar.get(Math.max(range.start, range.end - 1));
      // Atoms between ranges (spaces the engine trimmed) stay outside every segment.
      from = Math.max(from, first);
      addSegment(block, atoms.subList(from, last + 1), lineBreak, segments);
      from = last + 1;
    }
    return segments;
  }

  private static void addSegment(Block block, List<Atom> atoms, String lineBreak, List<ExtractedSegment> out) {
    int first = 0;
    int last = atoms.size() - 1;
    while (first <= last && isTrimmable(atoms.get(first))) {
      first++;
    }
    while (last >= first && isTrimmable(atoms.get(last))) {
      last--;
    }
    List<Atom> kept = atoms.subList(first, last + 1);
    if (kept.stream().noneMatch(a -> a.text() != null && !isTrimmable(a))) {
      return; // nothing to translate: codes and spaces stay in the document as they are
    }
    out.add(new ExtractedSegment(block.para(), content(kept), kept.get(0).start(),
        kept.get(kept.size() - 1).end(), lineBreak, block.html()));
  }

  /** Spaces at a segment's edge stay in the document; no-break spaces count too (isBlank misses them). */
  private static boolean isTrimmable(Atom atom) {
    return atom.text() != null && atom.text().codePoints().allMatch(SentenceSplitter::isSpace);
  }

  private static boolean isSpace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Builds segment content, numbering codes from 1 within the segment; a pair shares its number. */
  private static Content content(List<Atom> atoms) {
    List<Piece> pieces = new ArrayList<>();
    Map<Integer, Integer> openPairs = new HashMap<>();
    int next = 1;
    for (Atom atom : atoms) {
      if (!atom.isCode()) {
        pieces.add(new Text(atom.text()));
        continue;
      }
      Code code = atom.code();
      int id;
      if (code.kind() == CodeKind.CLOSE && openPairs.containsKey(code.id())) {
        id = openPairs.remove(code.id());
      } else {
        id = next++;
        if (code.kind() == CodeKind.OPEN) {
          openPairs.put(code.id(), id);
        }
      }
      pieces.add(new Code(id, code.kind(), code.type(), code.data()));
    }
    return new Content(pieces);
  }

  /** A newline plus the indentation or quote markers of the block's continuation lines, or a space. */
  private static String lineBreak(Block block, String src) {
    String text = src.substring(block.start(), block.end());
    int nl = text.indexOf('\n');
    if (nl < 0) {
      return " ";
    }
    int end = nl + 1;
    while (end < text.length() && " \t>".indexOf(text.charAt(end)) >= 0) {
      end++;
    }
    return text.substring(nl, end);
  }

  private static TagType tagType(CodeKind kind) {
    return switch (kind) {
      case OPEN -> TagType.OPENING;
      case CLOSE -> TagType.CLOSING;
      case PLACEHOLDER -> TagType.PLACEHOLDER;
    };
  }
}
