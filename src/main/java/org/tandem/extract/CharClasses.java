package org.tandem.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Numbers the distinct character sets of a language's rules, so each is tested once per character. */
final class CharClasses {
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<CharSet> sets = new ArrayList<>();

  /** The number of {@code set}, the same for every set written alike. */
  int idOf(CharSet set) {
    return ids.computeIfAbsent(set.key(), k -> {
      sets.add(set);
      return sets.size() - 1;
    });
  }

  /** Every set numbered so far, by number. */
  List<CharSet> sets() {
    return List.copyOf(sets);
  }
}
