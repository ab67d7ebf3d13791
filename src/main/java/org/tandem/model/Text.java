package org.tandem.model;

import java.util.Objects;

/** A run of translatable text, as a reader sees it (character references already decoded). */
public record Text(String value) implements Piece {
  public Text {
    Objects.requireNonNull(value, "value");
  }
}
