package org.tandem.check;

import java.util.ArrayList;
import java.util.List;
import org.tandem.model.Segment;
import org.tandem.model.Waiver;

/** Adding and removing a segment's waivers, and showing them to translators. */
public final class Waivers {
  private Waivers() {}

  /** The segment with the waiver added; one for the same rule and entry is replaced. */
  public static Segment add(Segment segment, Waiver waiver) {
    List<Waiver> list = new ArrayList<>(segment.waivers());
    list.removeIf(w -> w.rule().equals(waiver.rule()) && w.entry().equals(waiver.entry()));
    list.add(waiver);
    return segment.withWaivers(list);
  }

  /** The segment without its waivers of a rule (of one entry, or of all when {@code entry} is empty). */
  public static Segment remove(Segment segment, String rule, String entry) {
    List<Waiver> list = new ArrayList<>(segment.waivers());
    list.removeIf(w -> w.rule().equals(rule) && (entry.isEmpty() || w.entry().equals(entry)));
    return segment.withWaivers(list);
  }

  /**
   * The waivers as notes for an exported XLIFF unit, so translators see why a finding does not
   * apply: {@code Check waived: term-missing (kommune): the name of a law, quoted in German}.
   */
  public static List<String> notes(Segment segment) {
    return segment.waivers().stream().map(Waivers::note).toList();
  }

  /** One waiver as a note. */
  public static String note(Waiver w) {
    return "Check waived: " + w.rule() + (w.entry().isEmpty() ? "" : " (" + w.entry() + ")") + ": " + w.reason();
  }
}
