package org.tandem.check;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.tandem.check.QualityEvaluationTest.Pair;
import org.tandem.model.Lang;

/** Plants one error of each class into clean pairs' translations, as reviewers find them in real text. */
final class Planting {
  private static final Charset CP1252 = Charset.forName("windows-1252");
  private static final String[] TR_MONTHS = {"Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz",
      "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"};
  private static final String[] DE_MONTHS = {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
      "August", "September", "Oktober", "November", "Dezember"};

  private Planting() {}

  /** Every clean pair with one planted error per class that applies to it. */
  static List<Pair> plant(List<Pair> clean) {
    List<Pair> planted = new ArrayList<>();
    for (Pair p : clean) {
      add(planted, p, "number", Planting::number);
      add(planted, p, "date", t -> month(t, p.sourceLang().other()));
      add(planted, p, "placeholder", Planting::placeholder);
      add(planted, p, "link", Planting::link);
      add(planted, p, "mojibake", Planting::mojibake);
      add(planted, p, "fffd", t -> replaceSpecial(t, "\uFFFD"));
      add(planted, p, "qmark", t -> replaceSpecial(t, "?"));
      add(planted, p, "copied", t -> p.source().equals(t) ? null : p.source());
      add(planted, p, "punctuation", Planting::punctuation);
      add(planted, p, "doubled", Planting::doubled);
      add(planted, p, "whitespace", t -> t.indexOf(' ') < 0 ? null : t.replaceFirst(" ", "  "));
      add(planted, p, "brackets", Planting::bracket);
      add(planted, p, "truncation", Planting::truncated);
    }
    return planted;
  }

  private static void add(List<Pair> out, Pair p, String label, Function<String, String> plant) {
    String t = plant.apply(p.target());
    if (t != null && !t.equals(p.target())) {
      out.add(new Pair(label, p.sourceLang(), p.source(), t));
    }
  }

  private static String number(String t) {
    String masked = Protected.masked(t);
    for (int i = 0; i < masked.length(); i++) {
      char c = masked.charAt(i);
      if (c >= '0' && c <= '9' && (i + 1 == masked.length() || !Character.isDigit(masked.charAt(i + 1)))) {
        return t.substring(0, i) + (char) ('0' + (c - '0' + 1) % 10) + t.substring(i + 1);
      }
    }
    return null;
  }

  private static String month(String t, Lang lang) {
    String[] months = lang == Lang.TR ? TR_MONTHS : DE_MONTHS;
    for (int m = 0; m < 12; m++) {
      int at = t.indexOf(months[m]);
      if (at >= 0) {
        return t.substring(0, at) + months[(m + 1) % 12] + t.substring(at + months[m].length());
      }
    }
    return null;
  }

  private static String placeholder(String t) {
    List<Protected.Part> parts = Protected.placeholders(t);
    return parts.isEmpty() ? null : t.substring(0, parts.get(0).start()) + t.substring(parts.get(0).end());
  }

  private static String link(String t) {
    List<Protected.Part> parts = Protected.links(t);
    if (parts.isEmpty()) {
      return null;
    }
    int at = parts.get(0).end() - 2;
    return t.substring(0, at) + t.charAt(at + 1) + t.charAt(at) + t.substring(at + 2);
  }

  private static String mojibake(String t) {
    String damaged = new String(t.getBytes(StandardCharsets.UTF_8), CP1252);
    return damaged.equals(t) ? null : damaged;
  }

  private static String replaceSpecial(String t, String with) {
    String out = t.replaceAll("[şğıİŞĞäöüßÄÖÜçÇ]", with);
    return out.equals(t) ? null : out;
  }

  private static String punctuation(String t) {
    String s = t.strip();
    if (s.isEmpty()) {
      return null;
    }
    char last = s.charAt(s.length() - 1);
    if (last == '?') {
      return s.substring(0, s.length() - 1) + ".";
    }
    if (last == '.' && s.length() % 3 == 0) {
      return s + "."; // a doubled full stop
    }
    return ".!:".indexOf(last) >= 0 ? s.substring(0, s.length() - 1) : null;
  }

  private static String doubled(String t) {
    String[] words = t.split(" ");
    if (words.length < 3) {
      return null;
    }
    int i = words.length / 2;
    if (!words[i].chars().allMatch(Character::isLetter) || words[i].length() < 2) {
      return null;
    }
    words[i] = words[i] + " " + words[i];
    return String.join(" ", words);
  }

  private static String bracket(String t) {
    int close = t.lastIndexOf(')');
    if (close >= 0) {
      return t.substring(0, close) + t.substring(close + 1);
    }
    for (int i = t.length() - 1; i >= 0; i--) {
      if ("”“»«\"".indexOf(t.charAt(i)) >= 0) {
        return t.substring(0, i) + t.substring(i + 1);
      }
    }
    return null;
  }

  private static String truncated(String t) {
    String[] words = t.split(" ");
    if (words.length < 8) {
      return null;
    }
    return String.join(" ", List.of(words).subList(0, Math.max(2, words.length * 2 / 5)));
  }
}
