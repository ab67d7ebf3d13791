package org.tandem.xliff;

import java.util.HashSet;
import java.util.Set;

/**
 * Checks XLIFF 2 fragment identifiers (the part after {@code #} in a {@code ref} that points into
 * the same document), such as {@code #n=n1}, {@code #/f=f1/u=u1/t=m2}: selectors {@code prefix=id}
 * separated by {@code /}, file before group before unit, each prefix once, and one final leaf (a
 * note, data, target or inline element, or a module's or registered extension's object).
 */
final class Xliff20FragmentIds {
  /** Prefixes of the core: file, group, unit, and the leaves note, data, target-inline. */
  private static final Set<String> CORE = Set.of("f", "g", "u", "n", "d", "t");
  /** Prefixes registered for modules (2.0, 2.1) and for registered extensions (TBX). */
  private static final Set<String> REGISTERED =
      Set.of("mtc", "gls", "fs", "mda", "res", "slr", "val", "ctr", "its", "itsm", "tbx");

  private Xliff20FragmentIds() {}

  /** The problem with a fragment identifier (without the {@code #}), or null when it is well-formed. */
  static String problem(String fragment) {
    String body = fragment.startsWith("/") ? fragment.substring(1) : fragment;
    if (body.isEmpty()) {
      return "it selects nothing";
    }
    String[] parts = body.split("/", -1);
    Set<String> seen = new HashSet<>();
    int rank = -1;
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      int eq = part.indexOf('=');
      String prefix = eq < 0 ? null : part.substring(0, eq);
      String id = eq < 0 ? part : part.substring(eq + 1);
      String bad = selectorProblem(prefix, id);
      if (bad != null) {
        return bad;
      }
      int r = rank(prefix);
      if (r == 3 && i != parts.length - 1) {
        return "'" + part + "' selects a leaf object, so it must come last";
      }
      if (r < rank || (prefix != null && !seen.add(prefix))) {
        return "'" + part + "' is out of order: file (f=), then group (g=), then unit (u=), then one leaf, each once";
      }
      rank = r;
    }
    if (fragment.startsWith("/") && !parts[0].startsWith("f=")) {
      return "an absolute identifier (starting with '/') must start with the file (f=)";
    }
    return null;
  }

  private static String selectorProblem(String prefix, String id) {
    if (prefix != null && !Xml10.isNmtoken(prefix)) {
      return "the prefix '" + prefix + "' is not an XML name token";
    }
    if (prefix != null && prefix.length() == 1 && !CORE.contains(prefix)) {
      return "the prefix '" + prefix + "' is not one of the core's (f, g, u, n, d, t); other prefixes"
          + " have at least two characters";
    }
    if (prefix != null && prefix.length() > 1 && !REGISTERED.contains(prefix)) {
      return "the prefix '" + prefix + "' is neither a module's nor a registered extension's";
    }
    if (!Xml10.isNmtoken(id)) {
      return "'" + id + "' is not a valid id";
    }
    return null;
  }

  private static int rank(String prefix) {
    if (prefix == null) {
      return 3;
    }
    return switch (prefix) {
      case "f" -> 0;
      case "g" -> 1;
      case "u" -> 2;
      default -> 3;
    };
  }

  /** The note id a comment's {@code ref} selects in unit {@code unit} of file {@code file}, or null. */
  static String unitNote(String fragment, String file, String unit) {
    String body = fragment.startsWith("/") ? fragment.substring(1) : fragment;
    if (body.startsWith("n=") && body.indexOf('/') < 0) {
      return body.substring(2);
    }
    String prefix = "f=" + file + "/u=" + unit + "/n=";
    return body.startsWith(prefix) && body.indexOf('/', prefix.length()) < 0 ? body.substring(prefix.length()) : null;
  }
}
