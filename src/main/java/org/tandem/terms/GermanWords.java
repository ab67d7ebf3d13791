package org.tandem.terms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * German term words, found in text by their key (see {@link GermanKeys}); single-word terms are
 * also found as parts of compounds (see {@link GermanCompounds}), head or modifier, whatever the
 * other parts are. Short words (Ort, Amt) match only their own noun forms (see {@link GermanForms}).
 *
 * <p>A term written with a capital (a noun) matches only words written with a capital: German
 * capitalises nouns and the compounds they head, so "recht" (quite) is not "Recht", "namens"
 * (called) not "Name", and "benutzerdefiniert" does not contain "Benutzer"; nouns made from
 * adjectives are the exception (zugewanderte Frauen). A comparative is refused even at the start
 * of a sentence (größer, Größere Dateien ≠ Größe).
 */
final class GermanWords implements WordIndex {
  /** Endings of adjectives and participles, whose parts are not nouns of the text. */
  private static final Pattern ADJECTIVE = Pattern.compile(
      "((iert|lich|isch|bar|los|frei|sam|haft|fähig|mäßig)(e|en|er|es|em)?|ig(e|en|es|em)?)$");
  private static final Set<String> DATIVE_PREPOSITIONS = Set.of("in", "mit", "aus", "von",
      "nach", "bei", "unter", "über", "vor", "neben", "zwischen", "hinter", "auf", "an");
  private final Map<String, List<Integer>> byKey = new HashMap<>();
  /** Per word id: the folded form a text word must start with (nouns), or null (modifiers). */
  private final String[] heads;
  /** Per word id: true when the term word is written with a capital. */
  private final boolean[] capital;
  private final Map<String, List<Integer>> byExact = new HashMap<>();
  private final Map<String, List<Integer>> byForm = new HashMap<>();
  private final Map<String, List<Integer>> singleByKey = new HashMap<>();
  private final Map<String, List<Integer>> singleByForm = new HashMap<>();
  private final GermanCompounds compounds;
  private final BoundedCache<String, List<Match>> cache = new BoundedCache<>(500_000);
  private final Function<String, List<Match>> compute = this::compute;

  /** Indexes the words; {@code specs.get(i)} gets id i. */
  GermanWords(List<Spec> specs) {
    heads = new String[specs.size()];
    capital = new boolean[specs.size()];
    List<String> glossaryWords = new ArrayList<>();
    List<String> singleWords = new ArrayList<>();
    for (int id = 0; id < specs.size(); id++) {
      Spec spec = specs.get(id);
      String text = Fold.nfc(spec.text());
      glossaryWords.add(text);
      if (spec.single() && !spec.exact()) {
        singleWords.add(text);
      }
      capital[id] = !text.isEmpty() && Character.isUpperCase(text.codePointAt(0)) && !adjectival(text);
      switch (spec.mode()) {
        case EXACT -> add(byExact, Fold.german(text), id);
        case SHORT -> indexForms(spec, id);
        case INFLECTED -> indexKey(spec, id);
      }
    }
    compounds = new GermanCompounds(glossaryWords, singleWords);
  }

  /**
   * True for a noun made from an adjective or participle (Zugewanderte, Geflüchtete, Ehrenamtliche, Angehörige,
   * Deutsche): written small it is the same concept used as an adjective (zugewanderte Frauen).
   */
  private static boolean adjectival(String text) {
    String lower = text.toLowerCase(Locale.GERMAN);
    return lower.length() > 5 && (lower.endsWith("te") || lower.endsWith("de") || lower.endsWith("ige")
        || lower.endsWith("sche") || lower.endsWith("liche") || lower.endsWith("ene"));
  }

  private void indexForms(Spec spec, int id) {
    for (String form : GermanForms.of(Fold.german(spec.text()))) {
      add(byForm, form, id);
      if (spec.single()) {
        add(singleByForm, form, id);
      }
    }
  }

  private void indexKey(Spec spec, int id) {
    String key = GermanKeys.of(spec.text());
    add(byKey, key, id);
    heads[id] = spec.last() ? loose(Fold.german(spec.text())) : null;
    if (spec.last()) {
      // the feminine of a person noun names the same concept: Bürger → Bürgerinnen
      add(byKey, GermanKeys.of(spec.text() + "in"), id);
    }
    if (spec.single()) {
      add(singleByKey, key, id);
    }
  }

  private static void add(Map<String, List<Integer>> map, String key, int id) {
    map.computeIfAbsent(key, k -> new ArrayList<>(1)).add(id);
  }

  @Override
  public List<Match> match(String word) {
    return cache.get(word, compute);
  }

  /**
   * A noun in -er or -el with -n is a dative plural (in den Ordnern) or a verb (Speichern: save;
   * beim Speichern: while saving). It is read as the noun only after a word that asks for a dative
   * plural: an article, pronoun or adjective in -en, or a preposition (in, mit, aus …).
   */
  @Override
  public List<Match> match(String word, String previous) {
    List<Match> matches = match(word);
    if (!matches.isEmpty() && adverb(word, previous)) {
      return withoutInflected(matches, word);
    }
    if (matches.isEmpty() || !word.endsWith("rn") && !word.endsWith("ln") || pluralBefore(previous)) {
      return matches;
    }
    String folded = loose(Fold.german(Fold.nfc(word)));
    List<Match> kept = new ArrayList<>(matches.size());
    for (Match m : matches) {
      String head = heads[m.wordId()];
      boolean verbLike = m.whole() && head != null && (head.endsWith("er") || head.endsWith("el"))
          && folded.equals(head + "n");
      if (!verbLike) {
        kept.add(m);
      }
    }
    return kept;
  }

  /**
   * "rechts", "links", "abends", "tags" are adverbs spelled like a noun's genitive (Recht, Tag): read
   * as the noun only after an article (des Rechts). Seen in real UI text: "Rechts ausrichten".
   */
  private static boolean adverb(String word, String previous) {
    return ADVERBS.contains(word.toLowerCase(java.util.Locale.GERMAN))
        && !GENITIVE_ARTICLES.contains(previous.toLowerCase(java.util.Locale.GERMAN));
  }

  /** The matches of a word that are the glossary word as written (a term "Links" stays found). */
  private List<Match> withoutInflected(List<Match> matches, String word) {
    String folded = loose(Fold.german(Fold.nfc(word)));
    return matches.stream().filter(m -> folded.equals(heads[m.wordId()])).toList();
  }

  private static final java.util.Set<String> ADVERBS = java.util.Set.of("rechts", "links", "abends", "morgens",
      "nachts", "mittags", "anfangs", "teils", "tags");
  private static final java.util.Set<String> GENITIVE_ARTICLES = java.util.Set.of("des", "eines", "dieses",
      "jedes", "keines", "meines", "ihres", "seines", "unseres");

  private static boolean pluralBefore(String previous) {
    String p = previous.toLowerCase(Locale.GERMAN);
    return p.endsWith("en") || DATIVE_PREPOSITIONS.contains(p);
  }

  private List<Match> compute(String raw) {
    String word = Fold.nfc(raw);
    List<Match> matches = new ArrayList<>();
    int length = raw.length();
    String folded = Fold.german(word);
    boolean upper = !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    for (int id : byExact.getOrDefault(folded, List.of())) {
      matches.add(new Match(id, 0, length, true));
    }
    for (int id : byForm.getOrDefault(folded, List.of())) {
      addIf(matches, id, upper, new Match(id, 0, length, true));
    }
    for (int id : byKey.getOrDefault(GermanKeys.of(word), List.of())) {
      if (agrees(id, folded)) {
        addIf(matches, id, upper, new Match(id, 0, length, true));
      }
    }
    if (vowelPlural(folded)) {
      // the -s plural of a noun ending in a vowel: Menüs, Akkus (the stemmer keeps the s)
      for (int id : byKey.getOrDefault(GermanKeys.of(word.substring(0, word.length() - 1)), List.of())) {
        if (agrees(id, folded)) {
          addIf(matches, id, upper, new Match(id, 0, length, true));
        }
      }
    }
    if (!singleByKey.isEmpty() || !singleByForm.isEmpty()) {
      addParts(raw, word, upper, matches);
    }
    return List.copyOf(matches);
  }

  /** Adds the match unless the term word is a noun and the text word is not, or it is there already. */
  private void addIf(List<Match> matches, int id, boolean upper, Match match) {
    if (!upper && capital[id]) {
      return;
    }
    for (Match m : matches) {
      if (m.wordId() == id && m.from() == match.from() && m.whole() == match.whole()) {
        return;
      }
    }
    matches.add(match);
  }

  /**
   * Compound parts, and runs of consecutive parts (Zugriffsrechte in Lesezugriffsrechte), that are
   * single-word terms, placed in the original word when possible (a modifier without its linking
   * element). A short term (Ort, Rat) counts only as the head, the
   * part that says what the compound is (Speicherort, Beirat): as a modifier it is too often
   * another word or lost in translation (Rathaus, Ratgeber, Amtsgericht).
   */
  private void addParts(String raw, String word, boolean upper, List<Match> matches) {
    if (ADJECTIVE.matcher(word.toLowerCase(Locale.GERMAN)).find()) {
      return; // an adjective, also at the start of a sentence: Benutzerdefinierte, Fehlerfreie
    }
    boolean mappable = word.length() == raw.length();
    for (GermanCompounds.Part part : GermanCompounds.runs(compounds.parts(word))) {
      for (String text : readings(part)) {
        int from = mappable ? part.from() : 0;
        int to = mappable ? part.from() + text.length() : raw.length();
        String folded = Fold.german(text);
        for (int id : part.last() ? singleByForm.getOrDefault(folded, List.of()) : List.<Integer>of()) {
          addIf(matches, id, upper, new Match(id, from, to, false));
        }
        for (int id : singleByKey.getOrDefault(GermanKeys.of(text), List.of())) {
          if (agrees(id, folded)) {
            addIf(matches, id, upper, new Match(id, from, to, false));
          }
        }
      }
    }
  }

  private static boolean vowelPlural(String folded) {
    int n = folded.length();
    return n >= 4 && folded.charAt(n - 1) == 's' && "aeiouy".indexOf(folded.charAt(n - 2)) >= 0;
  }

  /**
   * A modifier may end in a linking element (Zugriffs-, Tasten-, Namens-): without it, then with
   * it. The direction words rechts and links are read as such (Rechtsklick, Linksklick: right and
   * left click), never as Recht or Link with a linking s.
   */
  private static List<String> readings(GermanCompounds.Part part) {
    if (part.last()) {
      return List.of(part.text());
    }
    String lower = part.text().toLowerCase(Locale.GERMAN);
    if (lower.equals("rechts") || lower.equals("links")) {
      return List.of();
    }
    List<String> readings = new ArrayList<>(3);
    for (String link : GermanForms.LINKS) {
      String text = part.text();
      if (text.endsWith(link) && text.length() - link.length() >= 3) {
        readings.add(text.substring(0, text.length() - link.length()));
      }
    }
    readings.add(part.text());
    return readings;
  }

  /**
   * True when a text word with the term word's key also starts with the term noun as written.
   * The light stemmer strips -er from nouns, so Lager and lag, Bürger and Burg, Sozialarbeiter and
   * Sozialarbeit share keys; the forms of a noun keep its letters (Bürgern, Lagers, Ämter as
   * "amter") except a final vowel (Sprachkurs for Sprache, Praktika for Praktikum, Konten for
   * Konto). A noun in -e is never followed by -r (größer, Größere: a comparative). Adjectives
   * before a noun change their ending (Deutscher, des Deutschen), so this applies to a term's last
   * word only.
   */
  private boolean agrees(int id, String folded) {
    String head = heads[id];
    if (head == null) {
      return true;
    }
    String text = loose(folded);
    if (head.endsWith("e") && text.startsWith(head + "r")) {
      return false;
    }
    return text.startsWith(head) || text.startsWith(withoutFinalVowel(head));
  }

  /** Schule → schul (Schulbuch), Thema → them (Themen), Praktikum → praktik, Konto → kont (Konten), Virus → vir. */
  private static String withoutFinalVowel(String head) {
    if (head.endsWith("um") && head.length() >= 6 || head.endsWith("us") && head.length() >= 5) {
      return head.substring(0, head.length() - 2);
    }
    boolean vowel = head.endsWith("e") || head.endsWith("a") || head.endsWith("o");
    return vowel ? head.substring(0, head.length() - 1) : head;
  }

  /** Umlauts typed as ae, oe, ue (Beschaeftigung) read as the plain vowel, on both sides alike. */
  private static String loose(String folded) {
    return folded.replace("ae", "a").replace("oe", "o").replace("ue", "u");
  }
}
