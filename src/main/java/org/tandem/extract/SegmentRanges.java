package org.tandem.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.okapi.common.Range;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextFragment.Marker;

/**
 * Turns the rules' decisions on a text without inline codes into segment ranges of the text with codes,
 * step by step as Okapi's {@code SRXSegmenter.computeSegments} (1.47.0) does after its rules: breaks go
 * back before the codes at their position, the range rule adds its breaks, included codes move into the
 * left segment, and each segment is trimmed with Okapi's own whitespace functions.
 */
final class SegmentRanges {
  /** A position where a break rule decided. */
  static final byte BREAK = 1;
  /** A position where a no-break rule decided. */
  static final byte NO_BREAK = 2;

  private static final int MARKER_LENGTH = 2;

  /**
   * The segmenter's options from the SRX header, as Okapi's compiled segmenter holds them.
   *
   * @param rangeRule Okapi's range rule ({@code okpsrx:rangeRule}), or null
   */
  record Options(boolean includeStartCodes, boolean includeEndCodes, boolean includeIsolatedCodes,
      boolean oneSegmentIncludesAll, boolean trimLeading, boolean trimTrailing, boolean isolatedCodesAsSpace,
      Pattern rangeRule) {}

  private SegmentRanges() {}

  /**
   * The ranges of {@code codedText} (Okapi's coded text) given {@code decided}, indexed by positions of
   * the text the rules saw, {@link #BREAK}, {@link #NO_BREAK} or 0 for none.
   */
  static List<Range> of(String codedText, byte[] decided, boolean hasCode, Options options) {
    TreeMap<Integer, Boolean> splits = inCodedText(codedText, decided, options);
    if (options.rangeRule() != null) {
      applyRangeRule(codedText, splits, options.rangeRule());
    }
    List<Integer> finalSplits = hasCode ? withCodesIncluded(codedText, splits, options) : breaksOf(splits);
    return trimmed(codedText, finalSplits, options);
  }

  /** Moves each decision to the coded text, before the codes that stand where it lies. */
  private static TreeMap<Integer, Boolean> inCodedText(String codedText, byte[] decided, Options options) {
    int isolatedLength = options.isolatedCodesAsSpace() ? 1 : MARKER_LENGTH;
    List<int[]> codes = new ArrayList<>(); // {offset without codes, width in the coded text}
    int removed = 0;
    for (int i = 0; i < codedText.length(); i++) {
      Marker marker = Marker.asEnum(codedText.charAt(i));
      if (marker != Marker.UNKOWN) {
        codes.add(new int[] {i - removed, marker == Marker.ISOLATED ? isolatedLength : MARKER_LENGTH});
        removed += marker == Marker.ISOLATED ? isolatedLength : MARKER_LENGTH;
        i++;
      }
    }
    TreeMap<Integer, Boolean> splits = new TreeMap<>();
    int code = 0;
    int shift = 0;
    for (int pos = 0; pos < decided.length; pos++) {
      if (decided[pos] == 0) {
        continue;
      }
      while (code < codes.size() && codes.get(code)[0] < pos) {
        shift += codes.get(code++)[1];
      }
      splits.put(pos + shift, decided[pos] == BREAK);
    }
    return splits;
  }

  private static void applyRangeRule(String codedText, TreeMap<Integer, Boolean> splits, Pattern rangeRule) {
    Matcher m = rangeRule.matcher(codedText);
    while (m.find()) {
      splits.subMap(m.start(), m.end()).clear();
      if (m.start() > 0) {
        splits.put(m.start(), true);
      }
      splits.put(m.end(), true);
    }
  }

  private static List<Integer> breaksOf(TreeMap<Integer, Boolean> splits) {
    List<Integer> result = new ArrayList<>();
    splits.forEach((pos, isBreak) -> {
      if (isBreak) {
        result.add(pos);
      }
    });
    return result;
  }

  /** Moves a break over the codes right after it that the options put into the left segment. */
  private static List<Integer> withCodesIncluded(String codedText, TreeMap<Integer, Boolean> splits, Options o) {
    List<Integer> result = new ArrayList<>();
    for (Map.Entry<Integer, Boolean> split : splits.entrySet()) {
      int pos = split.getKey();
      if (!split.getValue() || pos >= codedText.length()) {
        continue;
      }
      if (included(Marker.asEnum(codedText.charAt(pos)), o)) {
        do {
          pos += MARKER_LENGTH;
        } while (pos < codedText.length() - 1 && included(Marker.asEnum(codedText.charAt(pos)), o));
      }
      result.add(pos);
    }
    return result;
  }

  private static boolean included(Marker marker, Options o) {
    return switch (marker) {
      case OPENING -> o.includeStartCodes();
      case CLOSING -> o.includeEndCodes();
      case ISOLATED -> o.includeIsolatedCodes();
      default -> false;
    };
  }

  /** Cuts at the breaks and trims each piece as Okapi does (codes are never trimmed: trimCodes is off). */
  private static List<Range> trimmed(String codedText, List<Integer> splits, Options o) {
    List<Integer> starts = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    int textStart = 0;
    for (int pos : splits) {
      if (pos >= codedText.length()) {
        continue;
      }
      int first = TextFragment.indexOfFirstNonWhitespace(codedText, textStart, pos - 1, false, false, false,
          o.trimLeading());
      if (first == -1) {
        continue;
      }
      if (o.trimLeading()) {
        textStart = first;
      }
      int textEnd = o.trimTrailing() ? TextFragment.indexOfLastNonWhitespace(codedText, pos - 1, 0, false, false,
          false, true) : pos - 1;
      addPiece(starts, ends, textStart, textEnd, pos);
      textStart = pos;
    }
    int lastPos = codedText.length();
    if (textStart < lastPos) {
      int first = TextFragment.indexOfFirstNonWhitespace(codedText, textStart, lastPos - 1, false, false, false,
          o.trimLeading());
      if (o.trimLeading() && first != -1) {
        textStart = first;
      }
      if (first != -1 && first < lastPos) {
        int textEnd = o.trimTrailing() ? TextFragment.indexOfLastNonWhitespace(codedText, lastPos - 1, textStart,
            false, false, false, true) : lastPos - 1;
        addPiece(starts, ends, textStart, textEnd, lastPos);
      }
    }
    if (starts.size() == 1 && o.oneSegmentIncludesAll()) {
      return List.of(new Range(0, lastPos));
    }
    List<Range> ranges = new ArrayList<>(starts.size());
    for (int i = 0; i < starts.size(); i++) {
      ranges.add(new Range(starts.get(i), ends.get(i)));
    }
    return ranges;
  }

  private static void addPiece(List<Integer> starts, List<Integer> ends, int textStart, int textEnd, int limit) {
    if (textEnd >= textStart) {
      starts.add(textStart);
      ends.add(textEnd < limit ? textEnd + 1 : textEnd);
    }
  }
}
