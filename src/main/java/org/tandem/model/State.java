package org.tandem.model;

import java.util.Locale;

/** The workflow state of a segment, in the order work progresses. */
public enum State {
  NEW("new"),
  NEEDS_UPDATE("needs-update"),
  TRANSLATED("translated"),
  REVIEWED("reviewed"),
  FINAL("final");

  private final String id;

  State(String id) {
    this.id = id;
  }

  /** The name used in files and on the command line. */
  public String id() {
    return id;
  }

  /** True when the segment has a target that counts as done for progress. */
  public boolean isDone() {
    return this == TRANSLATED || this == REVIEWED || this == FINAL;
  }

  /** Parses a state name as written in files and options ({@code needs-update}, {@code reviewed}). */
  public static State parse(String id) {
    String wanted = id == null ? "" : id.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    for (State state : values()) {
      if (state.id.equals(wanted)) {
        return state;
      }
    }
    throw new IllegalArgumentException(
        "unknown state '" + id + "' (expected new, needs-update, translated, reviewed or final)");
  }

  @Override
  public String toString() {
    return id;
  }
}
