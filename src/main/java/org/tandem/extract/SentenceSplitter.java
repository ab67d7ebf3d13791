package org.tandem.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.sf.okapi.common.Range;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextFragment.TagType;
import org.tandem.model.Code;
import org.tandem.model.CodeKind;
import org.tandem.model.Content;
import org.tandem.model.Piece;
import org.tandem.model.Text;

/** Splits an aligned paragraph into sentence segments with SRX rules. */
final class SentenceSplitter {
  private final Function<TextFragment, List<Range>> segmenter;

  /** Splits with tandem's engine; thread-safe. */
  SentenceSplitter(SrxEngine engine) {
    this.segmenter = engine::ranges;
  }

  /** The segments of one block; stretches with codes or spaces only are left out of every segment. */
  List<ExtractedSegment> split(Block block) {
    List<Atom> atoms = block.atoms();
    TextFragment fragment = fragment(block);
    int[] atomOfCodedChar = new int[fragment.length()];
    int at = 0;
    for (int a = 0; a < atoms.size(); a++) {
      int length = atoms.get(a).isCode() ? 2 : atoms.get(a).text().length(); // a code is a marker and an index
      Arrays.fill(atomOfCodedChar, at, at + length, a);
      at += length;
    }
    if (at != fragment.length()) {
      throw new IllegalStateException("coded text of paragraph " + block.para() + " is not as long as its atoms");
    }
    List<Range> ranges = segmenter.apply(fragment);
    List<ExtractedSegment> segments = new ArrayList<>();
    int from = 0;
    for (Range range : ranges) {
      int first = atomOfCodedChar[range.start];
      int last = atomOfCodedChar[Math.max(range.start, range.end - 1)];
      // Atoms between ranges (spaces the engine trimmed) stay outside every segment.
      from = Math.max(from, first);
      addSegment(block, atoms.subList(from, last + 1), segments);
      from = last + 1;
    }
    return segments;
  }

  /** The block as Okapi's text fragment, its codes numbered as Okapi numbered them. */
  static TextFragment fragment(Block block) {
    TextFragment fragment = new TextFragment();
    StringBuilder run = new StringBuilder(); // atoms are mostly single characters: append whole runs
    for (Atom atom : block.atoms()) {
      if (atom.isCode()) {
        fragment.append(run.toString());
        run.setLength(0);
        fragment.append(tagType(atom.code().kind()), atom.code().type(), atom.code().data(), atom.code().id());
      } else {
        run.append(atom.text());
      }
    }
    fragment.append(run.toString());
    return fragment;
  }

  private static void addSegment(Block block, List<Atom> atoms, List<ExtractedSegment> out) {
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
        kept.get(kept.size() - 1).end(), block.lineBreak(), block.escaping(), block.part()));
  }

  /** Spaces at a segment's edge stay in the document; no-break spaces count too (isBlank misses them). */
  private static boolean isTrimmable(Atom atom) {
    if (atom.text() == null) {
      return false;
    }
    for (int i = 0; i < atom.text().length(); i++) {
      if (!isSpace(atom.text().charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Builds segment content, numbering codes from 1 within the segment; a pair shares its number. */
  private static Content content(List<Atom> atoms) {
    List<Piece> pieces = new ArrayList<>();
    Map<Integer, Integer> openPairs = new HashMap<>();
    StringBuilder run = new StringBuilder();
    int next = 1;
    for (Atom atom : atoms) {
      if (!atom.isCode()) {
        run.append(atom.text());
        continue;
      }
      if (run.length() > 0) {
        pieces.add(new Text(run.toString()));
        run.setLength(0);
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
    if (run.length() > 0) {
      pieces.add(new Text(run.toString()));
    }
    return new Content(pieces);
  }

  private static TagType tagType(CodeKind kind) {
    return switch (kind) {
      case OPEN -> TagType.OPENING;
      case CLOSE -> TagType.CLOSING;
      case PLACEHOLDER -> TagType.PLACEHOLDER;
    };
  }
}
