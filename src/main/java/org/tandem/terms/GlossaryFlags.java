package org.tandem.terms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.tandem.model.Lang;
import org.tandem.model.PartOfSpeech;
import org.tandem.model.Term;
import org.tandem.model.TermMatching;

/**
 * The optional per-term columns of the glossary CSV: {@code pos}, {@code case}, {@code dnt} and
 * {@code exact}. A cell either holds one value for every term of the row ({@code noun},
 * {@code yes}), or lists the terms it applies to, separated by {@code |}: {@code AWO|BAMF}, or
 * {@code Amt=no} where the value differs per term. A term written in both languages can be told
 * apart with a language prefix ({@code de:Jobcenter}). Spreadsheet users thus set a flag for the
 * whole row with one word and only spell out the exceptions.
 */
enum GlossaryFlags {
  POS("pos", t -> t.pos().id(), ""),
  CASE("case", t -> t.caseSensitive() ? "yes" : "", ""),
  DNT("dnt", t -> t.doNotTranslate() ? "yes" : "", ""),
  EXACT("exact", t -> switch (t.matching()) {
    case EXACT -> "yes";
    case INFLECTED -> "no";
    case AUTO -> "";
  }, "");

  private final String column;
  private final Function<Term, String> value;
  private final String none;

  GlossaryFlags(String column, Function<Term, String> value, String none) {
    this.column = column;
    this.value = value;
    this.none = none;
  }

  /** The column name in the CSV header. */
  String column() {
    return column;
  }

  /** The column of a header name, or null. */
  static GlossaryFlags ofColumn(String name) {
    for (GlossaryFlags flag : values()) {
      if (flag.column.equals(name)) {
        return flag;
      }
    }
    return null;
  }

  /** True when a term carries a value other than the default. */
  boolean isSet(Term term) {
    return !value.apply(term).equals(none);
  }

  /**
   * Applies a cell to the row's terms.
   *
   * @return the terms with this flag set as the cell says
   * @throws IllegalArgumentException with a translator-readable message for a bad cell
   */
  Map<Lang, List<Term>> apply(String cell, Map<Lang, List<Term>> terms) {
    String text = cell.strip();
    if (text.isEmpty()) {
      return terms;
    }
    boolean single = text.indexOf('|') < 0 && text.indexOf('=') < 0;
    if (single && isValue(text)) {
      return map(terms, (lang, term) -> with(term, text));
    }
    if (single && (this == POS || !names(terms).contains(text))) {
      throw new IllegalArgumentException(badValue(text));
    }
    Map<String, String> items = items(text, terms);
    return map(terms, (lang, term) -> {
      String v = items.getOrDefault(lang.code() + ":" + term.text(), items.get(term.text()));
      return v == null ? term : with(term, v);
    });
  }

  private Map<String, String> items(String text, Map<Lang, List<Term>> terms) {
    Map<String, String> items = new LinkedHashMap<>();
    for (String part : text.split("\\|", -1)) {
      String item = part.strip();
      int eq = item.lastIndexOf('=');
      String name = (eq < 0 ? item : item.substring(0, eq)).strip();
      String v = eq < 0 ? defaultListValue() : item.substring(eq + 1).strip();
      if (name.isEmpty()) {
        throw new IllegalArgumentException("an empty item in column " + column);
      }
      if (!isValue(v)) {
        throw new IllegalArgumentException(badValue(v));
      }
      String key = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC);
      if (!names(terms).contains(key)) {
        throw new IllegalArgumentException("column " + column + " names \"" + name
            + "\", which is not a term of this row");
      }
      items.put(key, v);
    }
    return items;
  }

  /** A bare term in a list means "yes" (for pos a value is required). */
  private String defaultListValue() {
    if (this == POS) {
      throw new IllegalArgumentException("column pos lists terms without a part of speech; write "
          + "one value for the row (noun) or term=value (Amt=noun)");
    }
    return "yes";
  }

  private static List<String> names(Map<Lang, List<Term>> terms) {
    List<String> names = new ArrayList<>();
    terms.forEach((lang, list) -> list.forEach(t -> {
      names.add(t.text());
      names.add(lang.code() + ":" + t.text());
    }));
    return names;
  }

  private boolean isValue(String v) {
    try {
      with(new Term("x", org.tandem.model.TermStatus.PREFERRED), v);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private String badValue(String v) {
    return switch (this) {
      case POS -> "unknown part of speech '" + v + "' in column pos (noun, verb, adjective, adverb, "
          + "properNoun or other)";
      case EXACT -> "unknown value '" + v + "' in column exact (yes, no, or empty for automatic)";
      default -> "unknown value '" + v + "' in column " + column + " (yes or no)";
    };
  }

  /** The term with this flag set to a value as written in the CSV. */
  private Term with(Term t, String v) {
    return switch (this) {
      case POS -> new Term(t.text(), t.status(), PartOfSpeech.parse(v), t.caseSensitive(),
          t.doNotTranslate(), t.matching());
      case CASE -> new Term(t.text(), t.status(), t.pos(), yesNo(v), t.doNotTranslate(), t.matching());
      case DNT -> new Term(t.text(), t.status(), t.pos(), t.caseSensitive(), yesNo(v), t.matching());
      case EXACT -> new Term(t.text(), t.status(), t.pos(), t.caseSensitive(), t.doNotTranslate(),
          TermMatching.parse(v));
    };
  }

  private static boolean yesNo(String v) {
    return switch (v.toLowerCase(java.util.Locale.ROOT)) {
      case "yes", "true", "x" -> true;
      case "no", "false" -> false;
      default -> throw new IllegalArgumentException("not yes or no: " + v);
    };
  }

  private static Map<Lang, List<Term>> map(Map<Lang, List<Term>> terms,
      java.util.function.BiFunction<Lang, Term, Term> f) {
    Map<Lang, List<Term>> result = new java.util.EnumMap<>(Lang.class);
    terms.forEach((lang, list) -> result.put(lang, list.stream().map(t -> f.apply(lang, t)).toList()));
    return result;
  }

  /** The cell for a concept's terms: one value when all agree, else the exceptions as a list. */
  String cell(Map<Lang, List<Term>> terms) {
    List<String> values = new ArrayList<>();
    terms.values().forEach(list -> list.forEach(t -> values.add(value.apply(t))));
    if (values.isEmpty() || values.stream().allMatch(values.get(0)::equals)) {
      return values.isEmpty() ? "" : values.get(0);
    }
    java.util.Set<String> items = new java.util.LinkedHashSet<>();
    for (Lang lang : Lang.values()) {
      for (Term t : terms.getOrDefault(lang, List.of())) {
        String v = value.apply(t);
        if (!v.equals(none)) {
          String name = ambiguous(t.text(), lang, terms) ? lang.code() + ":" + t.text() : t.text();
          items.add(v.equals("yes") && this != POS ? name : name + "=" + v);
        }
      }
    }
    return String.join("|", items);
  }

  /** True when the same text is a term in both languages with different values of this flag. */
  private boolean ambiguous(String text, Lang lang, Map<Lang, List<Term>> terms) {
    String mine = null;
    String theirs = null;
    for (Map.Entry<Lang, List<Term>> e : terms.entrySet()) {
      for (Term t : e.getValue()) {
        if (t.text().equals(text)) {
          if (e.getKey() == lang) {
            mine = value.apply(t);
          } else {
            theirs = value.apply(t);
          }
        }
      }
    }
    return theirs != null && !theirs.equals(mine);
  }
}
