package org.tandem.xliff;

import java.util.Locale;
import java.util.regex.Pattern;

/** Language tags in XLIFF 2: whether one is well-formed (BCP 47) and whether one falls under another. */
final class Xliff20Languages {
  private static final String ALNUM = "[a-z0-9]";
  private static final Pattern TAG = Pattern.compile("(?i)"
      + "(?:(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4,8})"   // language, extlang
      + "(?:-[a-z]{4})?"                                    // script
      + "(?:-(?:[a-z]{2}|[0-9]{3}))?"                       // region
      + "(?:-(?:" + ALNUM + "{5,8}|[0-9]" + ALNUM + "{3}))*" // variants
      + "(?:-[a-wyz0-9](?:-" + ALNUM + "{2,8})+)*"          // extensions
      + "(?:-x(?:-" + ALNUM + "{1,8})+)?"                   // private use
      + "|x(?:-" + ALNUM + "{1,8})+"                         // private use only
      + "|i-[a-z]{2,8})");                                   // grandfathered

  private Xliff20Languages() {}

  /** True for a well-formed BCP 47 language tag such as {@code de}, {@code tr-TR}, {@code zh-Hant-TW}. */
  static boolean isWellFormed(String tag) {
    return tag != null && TAG.matcher(tag).matches();
  }

  /**
   * True when {@code lang} is {@code of} or a more specific tag of it ({@code en-IE} under {@code en}),
   * compared without case, as XPath's {@code lang()} does; an empty {@code lang} says nothing and matches.
   */
  static boolean isUnder(String lang, String of) {
    String l = lang.toLowerCase(Locale.ROOT);
    String o = of.toLowerCase(Locale.ROOT);
    return l.isEmpty() || l.equals(o) || l.startsWith(o + "-");
  }
}
