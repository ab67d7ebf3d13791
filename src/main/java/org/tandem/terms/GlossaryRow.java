package org.tandem.terms;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tandem.model.Concept;
import org.tandem.model.Lang;
import org.tandem.model.TandemException;
import org.tandem.model.Term;
import org.tandem.model.TermStatus;

/** Turns one CSV row of the glossary into a concept, rejecting what a translator must fix. */
final class GlossaryRow {
  private final String file;
  private final CsvRecords.Row row;
  private final Map<String, Integer> columns;

  GlossaryRow(String file, CsvRecords.Row row, Map<String, Integer> columns) {
    this.file = file;
    this.row = row;
    this.columns = columns;
  }

  /** The concept of this row. */
  Concept concept() {
    if (row.fields().size() != columns.size()) {
      throw error("this row has " + row.fields().size() + " fields but the header has "
          + columns.size() + "; a comma inside a term or note needs the field in double quotes");
    }
    String id = cell("id");
    if (id.isEmpty()) {
      throw error("the id is empty; every row needs a unique id in the column 'id'");
    }
    Map<Lang, List<Term>> terms = new EnumMap<>(Lang.class);
    for (Lang lang : Lang.values()) {
      List<Term> list = terms(lang);
      if (!list.isEmpty()) {
        terms.put(lang, list);
      }
    }
    if (terms.isEmpty()) {
      throw error("the entry '" + id + "' has no terms; fill in de or tr");
    }
    for (GlossaryFlags flag : GlossaryFlags.values()) {
      if (columns.containsKey(flag.column())) {
        try {
          terms = flag.apply(cell(flag.column()), terms);
        } catch (IllegalArgumentException e) {
          throw error(e.getMessage());
        }
      }
    }
    return new Concept(id, terms, columns.containsKey("note") ? cell("note") : "");
  }

  private String cell(String column) {
    return row.fields().get(columns.get(column)).strip();
  }

  private List<Term> terms(Lang lang) {
    String cell = cell(lang.code());
    List<Term> terms = new ArrayList<>();
    if (cell.isEmpty()) {
      return terms;
    }
    Map<String, Term> seen = new HashMap<>();
    for (String part : cell.split("\\|", -1)) {
      Term term = term(part.strip(), lang, terms.stream().noneMatch(Term::isAllowed));
      Term before = seen.putIfAbsent(term.text().toLowerCase(lang.locale()), term);
      if (before != null) {
        throw error(before.isAllowed() == term.isAllowed()
            ? "\"" + term.text() + "\" is listed twice in column " + lang.code()
            : "\"" + term.text() + "\" is both allowed and forbidden (!) in column " + lang.code());
      }
      terms.add(term);
    }
    return terms;
  }

  private Term term(String part, Lang lang, boolean firstAllowed) {
    boolean forbidden = part.startsWith("!");
    String text = forbidden ? part.substring(1).strip() : part;
    if (text.isEmpty()) {
      throw error(forbidden
          ? "a '!' without a term in column " + lang.code()
          : "an empty term in column " + lang.code() + " (two '|' in a row, or a '|' at the start "
              + "or end of the cell)");
    }
    TermStatus status = forbidden ? TermStatus.FORBIDDEN
        : firstAllowed ? TermStatus.PREFERRED : TermStatus.ADMITTED;
    return new Term(text, status);
  }

  private TandemException error(String message) {
    return new TandemException(file, row.line(), 0, null, message, null);
  }
}
