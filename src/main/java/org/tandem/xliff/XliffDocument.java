package org.tandem.xliff;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.tandem.model.Lang;

/**
 * The content of one XLIFF file: one chapter's units in one translation direction.
 *
 * @param original the chapter's source file relative to the workspace, e.g. {@code chapters/de/osnabrueck.md}
 * @param chapter the chapter id, or {@code null} when a file being read does not name it
 * @param sourceLang the language of the sources
 * @param targetLang the language of the targets
 * @param units the translation units in file order; ids are unique
 */
public record XliffDocument(
    String original, String chapter, Lang sourceLang, Lang targetLang, List<XliffUnit> units) {
  public XliffDocument {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(sourceLang, "sourceLang");
    Objects.requireNonNull(targetLang, "targetLang");
    units = List.copyOf(units);
    Set<String> ids = new HashSet<>();
    for (XliffUnit unit : units) {
      if (!ids.add(unit.id())) {
        throw new IllegalArgumentException("unit id " + unit.id() + " occurs twice");
      }
    }
  }
}
