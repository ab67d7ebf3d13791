package org.tandem.xliff;

import java.util.Map;
import java.util.Set;

/**
 * The namespaces of XLIFF 2 modules, and the little tandem checks about them: which top-level
 * elements a module defines, and the Format Style module's attributes. Module content is otherwise
 * skipped: tandem claims support for no module, it only keeps them from hiding errors.
 */
final class Xliff20Modules {
  /** The Format Style module. */
  static final String FS = "urn:oasis:names:tc:xliff:fs:2.0";

  /** Each module's namespace and the elements it may place in a file, group or unit (empty: attributes only). */
  private static final Map<String, Set<String>> ELEMENTS = Map.of(
      "urn:oasis:names:tc:xliff:matches:2.0", Set.of("matches"),
      "urn:oasis:names:tc:xliff:glossary:2.0", Set.of("glossary"),
      FS, Set.of(),
      "urn:oasis:names:tc:xliff:metadata:2.0", Set.of("metadata"),
      "urn:oasis:names:tc:xliff:resourcedata:2.0", Set.of("resourceData"),
      "urn:oasis:names:tc:xliff:sizerestriction:2.0", Set.of("profiles", "data"),
      "urn:oasis:names:tc:xliff:validation:2.0", Set.of("validation"),
      "urn:oasis:names:tc:xliff:changetracking:2.1", Set.of("changeTrack"),
      "urn:oasis:names:tc:xliff:itsm:2.1", Set.of());

  /** The HTML element names the Format Style module allows as {@code fs:fs}. */
  private static final Set<String> FS_NAMES = Set.of("a", "abbr", "address", "area", "article", "aside",
      "audio", "b", "base", "bdi", "bdo", "blockquote", "body", "br", "button", "canvas", "caption",
      "cite", "code", "col", "colgroup", "command", "datalist", "dd", "del", "details", "dfn", "dialog",
      "div", "dl", "dt", "em", "embed", "fieldset", "figcaption", "figure", "footer", "form", "h1",
      "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i", "iframe", "img",
      "input", "ins", "kbd", "keygen", "label", "legend", "li", "link", "map", "mark", "menu", "meta",
      "meter", "nav", "noscript", "object", "ol", "optgroup", "option", "output", "p", "param", "pre",
      "progress", "q", "rp", "rt", "ruby", "s", "samp", "script", "section", "select", "small",
      "source", "span", "strong", "style", "sub", "summary", "sup", "table", "tbody", "td", "textarea",
      "tfoot", "th", "thead", "time", "title", "tr", "track", "u", "ul", "var", "video", "wbr");

  private Xliff20Modules() {}

  /** True for the namespace of a module (whose attributes inline codes may carry). */
  static boolean isModule(String namespace) {
    return ELEMENTS.containsKey(namespace);
  }

  /** Why an element of a module's namespace may not stand here, or null when it may (or is not a module's). */
  static String elementProblem(String namespace, String local) {
    Set<String> known = ELEMENTS.get(namespace);
    if (known == null || known.contains(local)) {
      return null;
    }
    return "<" + local + "> is not an element of the module with namespace " + namespace;
  }

  /** Why a Format Style attribute is wrong, or null when it is fine. */
  static String fsProblem(String local, String value, boolean hasFs) {
    if (local.equals("fs")) {
      return FS_NAMES.contains(value) ? null
          : "fs:fs=\"" + value + "\" is not one of the HTML element names the Format Style module allows";
    }
    if (local.equals("subFs")) {
      return hasFs ? null : "fs:subFs may only be used together with fs:fs";
    }
    return "the Format Style module has no attribute fs:" + local + " (only fs:fs and fs:subFs)";
  }
}
