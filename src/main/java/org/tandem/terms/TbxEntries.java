package org.tandem.terms;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tandem.model.Concept;
import org.tandem.model.Lang;
import org.tandem.model.PartOfSpeech;
import org.tandem.model.TandemException;
import org.tandem.model.Term;
import org.tandem.model.TermMatching;
import org.tandem.model.TermStatus;

/**
 * Turns the element tree of a TBX file into a glossary. Both versions share the content model:
 * an entry with an id and notes, language sections with {@code xml:lang}, term sections with the
 * term and its data categories, written as {@code <termNote type="partOfSpeech">noun</termNote>}
 * (DCA style, and TBX 2008) or as {@code <basic:partOfSpeech>noun</basic:partOfSpeech>} (TBX v3
 * DCT style). Languages other than German and Turkish and unknown data categories are skipped.
 */
final class TbxEntries {
  private final String file;
  private final TbxDialect dialect;

  TbxEntries(String file, TbxDialect dialect) {
    this.file = file;
    this.dialect = dialect;
  }

  /** The glossary of a document whose root has already been checked. */
  Glossary glossary(XmlTree.Node root) {
    List<Concept> concepts = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (XmlTree.Node text : root.all("text")) {
      for (XmlTree.Node body : text.all("body")) {
        for (XmlTree.Node entry : body.all(dialect.entry())) {
          Concept concept = concept(entry, concepts.size() + 1);
          if (concept == null) {
            continue;
          }
          Integer first = seen.putIfAbsent(concept.id(), entry.line());
          if (first != null) {
            throw error(entry, "the id '" + concept.id() + "' is already used on line " + first);
          }
          concepts.add(concept);
        }
      }
    }
    return new Glossary(concepts);
  }

  /** The concept of an entry, or null when it has no German or Turkish term. */
  private Concept concept(XmlTree.Node entry, int ordinal) {
    String id = entry.attribute("id").strip();
    Map<Lang, List<Term>> terms = new EnumMap<>(Lang.class);
    for (XmlTree.Node section : entry.all(dialect.language())) {
      Lang lang = lang(section);
      if (lang != null) {
        List<Term> list = new ArrayList<>(terms.getOrDefault(lang, List.of()));
        for (XmlTree.Node termSection : termSections(section)) {
          list.add(term(termSection));
        }
        terms.put(lang, list);
      }
    }
    terms.replaceAll((lang, list) -> ordered(entry, lang, list));
    terms.values().removeIf(List::isEmpty);
    if (terms.isEmpty()) {
      return null;
    }
    return new Concept(id.isEmpty() ? "entry-" + ordinal : id, terms, note(entry));
  }

  /** {@code tig} or {@code termSec}; in TBX 2008 also {@code ntig/termGrp}. */
  private List<XmlTree.Node> termSections(XmlTree.Node section) {
    List<XmlTree.Node> sections = new ArrayList<>(section.all(dialect.term()));
    for (XmlTree.Node ntig : section.all("ntig")) {
      sections.addAll(ntig.all("termGrp"));
    }
    return sections;
  }

  private static Lang lang(XmlTree.Node section) {
    try {
      return Lang.parse(section.attribute("lang"));
    } catch (IllegalArgumentException e) {
      return null; // another language of a multilingual termbase
    }
  }

  private Term term(XmlTree.Node section) {
    List<XmlTree.Node> termElements = section.all("term");
    if (termElements.size() != 1 || termElements.get(0).text().isBlank()) {
      throw error(section, termElements.isEmpty() || termElements.size() > 1
          ? "a term section needs exactly one <term>" : "an empty <term>");
    }
    TermStatus status = null;
    PartOfSpeech pos = PartOfSpeech.UNSPECIFIED;
    boolean caseSensitive = false;
    boolean dnt = false;
    TermMatching matching = TermMatching.AUTO;
    for (XmlTree.Node note : section.children()) {
      String category = category(note);
      String value = note.text().strip();
      switch (category) {
        case "administrativeStatus", "normativeAuthorization" -> status = status(note, value);
        case "partOfSpeech" -> pos = pos(value);
        case TbxDialect.CASE_SENSITIVE -> caseSensitive = yes(note, value);
        case TbxDialect.DO_NOT_TRANSLATE -> dnt = yes(note, value);
        case TbxDialect.MATCHING -> matching = matching(note, value);
        default -> { }
      }
    }
    // a term without status is allowed; ordered() decides which allowed term is preferred
    return new Term(termElements.get(0).text(), status == null ? TermStatus.ADMITTED : status, pos,
        caseSensitive, dnt, matching);
  }

  /** The data category of a child of a term section, or empty for other elements. */
  private static String category(XmlTree.Node node) {
    if (node.name().equals("termNote") || node.name().equals("descrip") || node.name().equals("admin")) {
      return node.attribute("type");
    }
    boolean dct = node.namespace().startsWith("http://www.tbxinfo.net/ns/");
    return dct ? node.name() : "";
  }

  private TermStatus status(XmlTree.Node node, String value) {
    String v = value.toLowerCase(Locale.ROOT).replace("-admn-sts", "");
    return switch (v) {
      case "preferredterm", "standardizedterm", "legalterm", "regulatedterm" -> TermStatus.PREFERRED;
      case "admittedterm" -> TermStatus.ADMITTED;
      case "deprecatedterm", "supersededterm", "notrecommendedterm" -> TermStatus.FORBIDDEN;
      default -> throw error(node, "unknown administrative status '" + value + "' (expected "
          + TbxDialect.PREFERRED + ", " + TbxDialect.ADMITTED + " or " + TbxDialect.DEPRECATED + ")");
    };
  }

  private static PartOfSpeech pos(String value) {
    try {
      return PartOfSpeech.parse(value);
    } catch (IllegalArgumentException e) {
      return PartOfSpeech.OTHER; // a termbase's own picklist value
    }
  }

  private boolean yes(XmlTree.Node node, String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "yes", "true", "1" -> true;
      case "no", "false", "0", "" -> false;
      default -> throw error(node, "'" + value + "' is not yes or no");
    };
  }

  private TermMatching matching(XmlTree.Node node, String value) {
    try {
      return TermMatching.parse(value);
    } catch (IllegalArgumentException e) {
      throw error(node, e.getMessage());
    }
  }

  /**
   * The terms of one language in tandem's order: the preferred term first (an explicitly
   * preferred one, else the first allowed term), then the other allowed terms, then the
   * forbidden ones; a second preferred term becomes admitted.
   */
  private List<Term> ordered(XmlTree.Node entry, Lang lang, List<Term> terms) {
    checkDuplicates(entry, lang, terms);
    Term preferred = terms.stream().filter(t -> t.status() == TermStatus.PREFERRED).findFirst()
        .orElse(terms.stream().filter(Term::isAllowed).findFirst().orElse(null));
    List<Term> result = new ArrayList<>();
    if (preferred != null) {
      result.add(preferred.withStatus(TermStatus.PREFERRED));
    }
    terms.stream().filter(t -> t.isAllowed() && t != preferred)
        .forEach(t -> result.add(t.withStatus(TermStatus.ADMITTED)));
    terms.stream().filter(t -> !t.isAllowed()).forEach(result::add);
    return result;
  }

  private void checkDuplicates(XmlTree.Node entry, Lang lang, List<Term> terms) {
    Map<String, Term> seen = new HashMap<>();
    for (Term term : terms) {
      Term before = seen.putIfAbsent(term.text().toLowerCase(lang.locale()), term);
      if (before != null) {
        throw error(entry, before.isAllowed() == term.isAllowed()
            ? "\"" + term.text() + "\" is listed twice for language " + lang.code()
            : "\"" + term.text() + "\" is both allowed and deprecated for language " + lang.code());
      }
    }
  }

  /** Entry-level notes, one per line; a definition when there is no note. */
  private static String note(XmlTree.Node entry) {
    List<String> notes = entry.all("note").stream().map(n -> n.text().strip()).toList();
    if (notes.isEmpty()) {
      notes = entry.all("descrip").stream().filter(d -> d.attribute("type").equals("definition"))
          .map(n -> n.text().strip()).toList();
    }
    return String.join("\n", notes);
  }

  private TandemException error(XmlTree.Node node, String message) {
    return new TandemException(file, node.line(), 0, null, message, null);
  }
}
