package org.tandem.terms;

import java.util.ArrayList;
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

  /** This glossary with the concept added at the end, or replacing the one with its id in place. */
  public Glossary with(Concept concept) {
    List<Concept> list = new ArrayList<>(concepts);
    int at = indexOf(concept.id());
    if (at >= 0) {
      list.set(at, concept);
    } else {
      list.add(concept);
    }
    return new Glossary(list);
  }

  /** This glossary without the concept of this id (unchanged when there is none). */
  public Glossary without(String id) {
    return new Glossary(concepts.stream().filter(c -> !c.id().equals(id)).toList());
  }

  /**
   * What merging another glossary into this one would do.
   *
   * @param glossary the merged glossary: new concepts appended, changed ones replaced in place
   * @param added ids of concepts that were not here
   * @param changed ids of concepts here whose content differs
   * @param unchanged how many concepts were already here as they are
   */
  public record Merge(Glossary glossary, List<String> added, List<String> changed, int unchanged) {}

  /** Merges another glossary into this one; whether changed concepts may be replaced is the caller's call. */
  public Merge merge(Glossary other) {
    java.util.LinkedHashMap<String, Concept> byId = new java.util.LinkedHashMap<>();
    concepts.forEach(c -> byId.put(c.id(), c));
    List<String> added = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    int unchanged = 0;
    for (Concept concept : other.concepts()) {
      Concept mine = byId.put(concept.id(), concept);
      if (mine == null) {
        added.add(concept.id());
      } else if (mine.equals(concept)) {
        unchanged++;
      } else {
        changed.add(concept.id());
      }
    }
    return new Merge(new Glossary(List.copyOf(byId.values())), List.copyOf(added), List.copyOf(changed),
        unchanged);
  }

  private int indexOf(String id) {
    for (int i = 0; i < concepts.size(); i++) {
      if (concepts.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }
}
