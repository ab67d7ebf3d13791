package org.tandem.align;

import java.util.List;
import org.tandem.model.Lang;

/**
 * An alignment of a chapter with an existing translation, for review.
 *
 * @param chapter the chapter id
 * @param file the translation's file, as given
 * @param sourceLang the chapter's language
 * @param threshold the confidence from which a pair became a translation
 * @param rows the aligned groups in document order
 */
public record Report(String chapter, String file, Lang sourceLang, double threshold, List<Row> rows) {
  public Report {
    rows = List.copyOf(rows);
  }

  /** How many rows have this action. */
  public long count(Row.Action action) {
    return rows.stream().filter(r -> r.action() == action).count();
  }
}
