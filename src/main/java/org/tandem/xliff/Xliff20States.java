package org.tandem.xliff;

import org.tandem.model.State;

/**
 * The one place where tandem's states meet XLIFF 2.0's {@code state} and {@code subState}, for
 * writer and reader.
 *
 * <pre>
 * tandem        written as                                    read back from
 * new           initial                                       initial (or no state), without a real target
 * needs-update  initial + subState="tandem:needs-update"      initial + that subState, with a target
 * translated    translated                                    translated
 * reviewed      reviewed                                      reviewed
 * final         final                                         final
 * </pre>
 *
 * <p>XLIFF 2.0 has four states and no "fuzzy": a changed source is written as {@code initial}
 * because that is what CAT tools show as "not done yet" while keeping the target as a draft,
 * and the {@code subState} (a value of tandem's own, as the standard allows) says why, so tandem
 * reads it back exactly. A segment whose target is missing, empty or only whitespace (without
 * codes) is always read as new; {@code initial} with a real target is read as new too, and the
 * importer then counts the target as a translation (as it does for XLIFF 1.2 {@code state="new"}).
 */
public final class Xliff20States {
  /** The subState that marks a changed source. */
  public static final String NEEDS_UPDATE = "tandem:needs-update";

  private Xliff20States() {}

  /** The {@code state} written for a state. */
  public static String toXliff(State state) {
    return switch (state) {
      case NEW, NEEDS_UPDATE -> "initial";
      case TRANSLATED -> "translated";
      case REVIEWED -> "reviewed";
      case FINAL -> "final";
    };
  }

  /** The {@code subState} written for a state, or null for none. */
  public static String subState(State state) {
    return state == State.NEEDS_UPDATE ? NEEDS_UPDATE : null;
  }

  /** Our state for a segment's {@code state} (null: the default, initial), subState and target. */
  public static State fromXliff(String state, String subState, boolean hasTarget) {
    if (!hasTarget) {
      return State.NEW;
    }
    String value = state == null ? "initial" : state.strip();
    return switch (value) {
      case "translated" -> State.TRANSLATED;
      case "reviewed" -> State.REVIEWED;
      case "final" -> State.FINAL;
      default -> subState != null && NEEDS_UPDATE.equals(subState.strip()) ? State.NEEDS_UPDATE : State.NEW;
    };
  }

  /** The lower of two states, for a unit whose segments differ: the unit is only as done as its least done part. */
  static State lower(State a, State b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
