package org.tandem.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tandem.model.Segment;
import org.tandem.model.Severity;

/**
 * Text damaged by a wrong encoding, in the source or the translation: UTF-8 read as Latin-1 or
 * cp1252 (Ã¼ for ü, ÅŸ for ş, Ä± for ı, â€ž for „), Turkish cp1254 read as Latin-1 (þ, ð, ý, Ý, Þ, Ð,
 * letters neither language has), a "?" standing for a letter inside a word (?i?li, Ba?kan, ?stanbul;
 * not "Was?" or a link's query), U+FFFD, control characters, and an i with a separate combining dot
 * (i̇, what lower-casing İ outside Turkish gives).
 */
public final class EncodingRule extends QualityRule {
  /** The rule's name in reports. */
  public static final String ID = "encoding-damage";
  /** A lead byte of UTF-8 (Ã Ä Å Â â) followed by a continuation byte as Latin-1 or cp1252 shows it. */
  private static final Pattern MOJIBAKE = Pattern.compile(
      "[ÃÄÅÂ][\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC"
      + "\\u2013\\u2014\\u2018-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122]|â€");
  private static final String CP1254_AS_LATIN1 = "þðýÝÞÐ";
  /** Words that may follow a question mark in lower case (a quoted question): no lost letter there. */
  private static final java.util.Set<String> QUESTION_FOLLOWERS = java.util.Set.of(
      "diye", "dedi", "diyor", "diyerek", "sordu", "soruyor", "fragte", "fragt", "sagte", "sagt", "oder", "und", "veya", "ya");

  public EncodingRule() {
    super(ID, Severity.ERROR, "The source or translation has characters damaged by a wrong encoding (Ã¼, ?i?li, U+FFFD).");
  }

  @Override
  String problem(CheckContext ctx, Segment segment, String source, String target) {
    if (damage(target) == null && damage(source) == null) {
      return null; // the common case, without splitting words
    }
    java.util.Set<String> shared = sharedOddWords(source, target);
    String t = damage(without(target, shared));
    if (t != null) {
      return "the translation " + t;
    }
    String s = damage(without(source, shared));
    return s == null ? null : "the source " + s;
  }

  /**
   * Words with "?" or a mojibake letter written alike on both sides are literal, not damage: a
   * time pattern "??:??", a keyboard layout "(AÐERTY)", a quoted "'%s'??". Damage hits one file.
   */
  private static java.util.Set<String> sharedOddWords(String source, String target) {
    java.util.Set<String> odd = new java.util.HashSet<>();
    for (String word : words(target)) {
      if (word.chars().anyMatch(c -> c == '?' || CP1254_AS_LATIN1.indexOf(c) >= 0 || "ÃÄÅÂâ".indexOf(c) >= 0)) {
        odd.add(word);
      }
    }
    if (!odd.isEmpty()) {
      odd.retainAll(java.util.Set.copyOf(words(source)));
    }
    return odd;
  }

  private static java.util.List<String> words(String text) {
    java.util.List<String> words = new java.util.ArrayList<>();
    for (String w : text.split("\\s+")) {
      String core = w.replaceAll("^[,.;:()\\[\\]\"'»«„“”]+|[,.;:()\\[\\]\"'»«„“”]+$", "");
      if (!core.isEmpty()) {
        words.add(core);
      }
    }
    return words;
  }

  private static String without(String text, java.util.Set<String> words) {
    if (words.isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text);
    for (String word : words) {
      for (int at = out.indexOf(word); at >= 0; at = out.indexOf(word, at + word.length())) {
        out.replace(at, at + word.length(), " ".repeat(word.length()));
      }
    }
    return out.toString();
  }

  /** What damage a text shows, or null. */
  static String damage(String text) {
    boolean suspicious = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\uFFFD') {
        return "has U+FFFD (\uFFFD), where a character could not be decoded";
      }
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
        return String.format("has the control character U+%04X", (int) c);
      }
      if (c == '\u0307' && i > 0 && text.charAt(i - 1) == 'i') {
        return "has \"i̇\", an i with a second dot (İ lower-cased as in English)";
      }
      if (CP1254_AS_LATIN1.indexOf(c) >= 0 && (c != 'ý' || i + 1 < text.length() && Character.isLetter(text.charAt(i + 1)))) {
        // ý ends Czech names (Novotný); inside a word it is a Turkish ı read as Latin-1 (Kayýt)
        return "has \"" + c + "\": Turkish text read in the wrong encoding (ş ğ ı İ Ş Ğ)";
      }
      suspicious |= c == '?' || c == 'Ã' || c == 'Ä' || c == 'Å' || c == 'Â' || c == 'â';
    }
    return suspicious ? patterns(text) : null;
  }

  private static String patterns(String text) {
    Matcher m = MOJIBAKE.matcher(text);
    if (m.find()) {
      return "has \"" + m.group() + "\": UTF-8 text read as Latin-1 or cp1252";
    }
    if (text.indexOf('?') >= 0) {
      String masked = withoutAccelerators(Protected.masked(text));
      for (int i = 0; i < masked.length(); i++) {
        if (masked.charAt(i) == '?' && replacesLetter(masked, i)) {
          return "has \"?\" inside a word (" + word(masked, i) + "): a letter lost to a wrong encoding";
        }
      }
    }
    return null;
  }

  /**
   * Ba?kan, geli?tirme, ?stanbul, ?i?li: a "?" with a letter after it and a letter or word start
   * before it; and at a word's end where no question can end: dosyas? kaydedildi (a lower-case word
   * after it), Jobcenter'? (after an apostrophe), gro?. (before a full stop or comma).
   */
  private static boolean replacesLetter(String t, int i) {
    char prev = i == 0 ? ' ' : t.charAt(i - 1);
    char next = i + 1 < t.length() ? t.charAt(i + 1) : ' ';
    if (next == '?' && Character.isLetter(prev)) {
      int end = i; // "G?? kesilmesi": the last letters of a word lost
      while (end < t.length() && t.charAt(end) == '?') {
        end++;
      }
      char after = end < t.length() ? t.charAt(end) : ' ';
      return Character.isLetter(after) || ".,;:>".indexOf(after) >= 0 || after == ' ' && lowerWordAfter(t, end);
    }
    if (Protected.isApostrophe(prev) && i >= 2 && Character.isLetter(t.charAt(i - 2))) {
      return true;
    }
    if (next == '?' && !Character.isLetterOrDigit(prev) && prev != '?') {
      int end = i;
      while (end < t.length() && t.charAt(end) == '?') {
        end++;
      }
      // "?? kurum": a short word (Üç) whose every letter was lost, at a word's start
      return end < t.length() && (Character.isLetter(t.charAt(end)) || t.charAt(end) == ' ' && lowerWordAfter(t, end));
    }
    if (!Character.isLetter(next)) {
      return Character.isLetter(prev) && (".,;:>".indexOf(next) >= 0 || next == ' ' && lowerWordAfter(t, i + 1));
    }
    if (prev == '?') {
      return true;
    }
    if (!Character.isLetterOrDigit(prev)) {
      boolean wordStart = i == 0 || Character.isWhitespace(prev) || "(\"„“«»'‘".indexOf(prev) >= 0;
      return wordStart && Character.isLowerCase(next);
    }
    // "warum?Weil": a question without the space after it, not a lost letter
    return Character.isLetter(prev) && !(Character.isLowerCase(prev) && Character.isUpperCase(next));
  }

  /**
   * The text without the access-key marks of menu labels ("_Datei", "&Datei" in .po and Qt files),
   * so that a "?" beside one ("L_?nge", "?_nceki") is still seen inside its word.
   */
  private static String withoutAccelerators(String t) {
    if (t.indexOf('_') < 0 && t.indexOf('&') < 0) {
      return t;
    }
    StringBuilder out = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      boolean mark = (c == '_' || c == '&') && i + 1 < t.length()
          && (Character.isLetter(t.charAt(i + 1)) || t.charAt(i + 1) == '?');
      if (!mark) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** True when a lower-case word follows (not one that may follow a quoted question: diye, fragte). */
  private static boolean lowerWordAfter(String t, int from) {
    int s = from;
    while (s < t.length() && t.charAt(s) == ' ') {
      s++;
    }
    int e = s;
    while (e < t.length() && Character.isLetter(t.charAt(e))) {
      e++;
    }
    if (e == s || !Character.isLowerCase(t.charAt(s))) {
      return false;
    }
    return !QUESTION_FOLLOWERS.contains(t.substring(s, e));
  }

  private static String word(String t, int i) {
    int s = i;
    while (s > 0 && (Character.isLetter(t.charAt(s - 1)) || t.charAt(s - 1) == '?')) {
      s--;
    }
    int e = i;
    while (e < t.length() && (Character.isLetter(t.charAt(e)) || t.charAt(e) == '?')) {
      e++;
    }
    return t.substring(s, e);
  }
}
