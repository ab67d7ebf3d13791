package org.tandem.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.tandem.model.Concept;
import org.tandem.model.Lang;
import org.tandem.model.Term;
import org.tandem.terms.Glossary;

/**
 * The two simple term checks tandem is measured against: exact matching (a term's words equal
 * the text's words, ignoring case with the language's rules) and prefix matching (each text word
 * starts with the term's word: Turkish suffixes and German endings are allowed, and so is
 * anything else that starts the same). Both strip a Turkish apostrophe suffix (Jobcenter'a).
 */
final class NaiveTermCheck {
  private static final Locale TURKISH = Locale.forLanguageTag("tr");
  private final Glossary glossary;
  private final boolean prefix;

  NaiveTermCheck(Glossary glossary, boolean prefix) {
    this.glossary = glossary;
    this.prefix = prefix;
  }

  /** The findings about one concept for a sentence pair, as tandem's rules would name them. */
  Set<String> findings(String entry, Lang sourceLang, String source, String target) {
    Concept concept = glossary.concept(entry).orElseThrow();
    Lang targetLang = sourceLang.other();
    Set<String> found = new TreeSet<>();
    boolean inSource = present(concept.allowed(sourceLang), sourceLang, source);
    List<Term> wanted = concept.allowed(targetLang);
    if (inSource && !wanted.isEmpty() && !present(wanted, targetLang, target)) {
      found.add(TermMissingRule.ID);
    }
    List<Term> forbidden = concept.terms(targetLang).stream().filter(t -> !t.isAllowed()).toList();
    if (present(forbidden, targetLang, target)) {
      found.add(ForbiddenTermRule.ID);
    }
    return found;
  }

  private boolean present(List<Term> terms, Lang lang, String text) {
    List<String> words = words(text, lang);
    for (Term term : terms) {
      List<String> termWords = words(term.text(), lang);
      for (int i = 0; !termWords.isEmpty() && i + termWords.size() <= words.size(); i++) {
        if (matchesAt(termWords, words, i)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean matchesAt(List<String> termWords, List<String> words, int at) {
    for (int k = 0; k < termWords.size(); k++) {
      String word = words.get(at + k);
      String termWord = termWords.get(k);
      if (prefix ? !word.startsWith(termWord) : !word.equals(termWord)) {
        return false;
      }
    }
    return true;
  }

  /** Lower-cased words, each without an apostrophe suffix. */
  static List<String> words(String text, Lang lang) {
    List<String> words = new ArrayList<>();
    for (String token : text.toLowerCase(lang == Lang.TR ? TURKISH : Locale.GERMAN).split("[^\\p{L}\\p{N}'’]+")) {
      String word = token.replaceAll("^['’]+", "").replaceAll("['’].*$", "");
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }
}
