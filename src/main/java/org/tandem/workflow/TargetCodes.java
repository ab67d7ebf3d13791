package org.tandem.workflow;

import java.util.ArrayList;
import java.util.List;
import org.tandem.model.Code;
import org.tandem.model.Content;
import org.tandem.model.Piece;

/**
 * The inline codes of a translation read from another file, as the segment's own: when the
 * translation has the source's codes (bold, links) in the same order, each takes the source code's
 * place, so the translation links where the source links; otherwise the translation is kept as plain
 * text and {@code check} reports the missing markup.
 */
final class TargetCodes {
  private TargetCodes() {}

  /** {@code target} with the codes of {@code source}, or its plain text when they differ. */
  static Content fit(Content target, Content source) {
    List<Code> own = source.codes();
    List<Code> theirs = target.codes();
    if (theirs.isEmpty()) {
      return target;
    }
    if (!same(own, theirs)) {
      return Content.text(target.plainText());
    }
    List<Piece> pieces = new ArrayList<>();
    int next = 0;
    for (Piece piece : target.pieces()) {
      pieces.add(piece instanceof Code ? own.get(next++) : piece);
    }
    return new Content(pieces);
  }

  private static boolean same(List<Code> a, List<Code> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i).kind() != b.get(i).kind() || !a.get(i).type().equals(b.get(i).type())) {
        return false;
      }
    }
    return true;
  }

}
