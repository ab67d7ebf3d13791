package org.tandem.terms;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tandem.model.Concept;

/**
 * The glossary: concepts in file order, each with its German and Turkish terms.
 *
 * @param concepts the entries, ids unique
 */
public record Glossary(List<Concept> concepts) {
  /** An empty glossary. */
  public static final Glossary EMPTY = new Glossary(List.of());

  public Glossary {
    concepts = List.copyOf(concepts);
    Set<String> ids = new HashSet<>();
    for (Concept concept : concepts) {
      if (!ids.add(concept.id())) {
        throw new IllegalArgumentException("glossary entry id '" + concept.id() + "' is used twice");
      }
    }
  }

  /** The concept with this id, if any. A linear scan: glossaries are small and looked up rarely. */
  public Optional<Concept> concept(String id) {
    return concepts.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** The number of concepts. */
  public int size() {
    return concepts.size();
  }
}
