package org.tandem.model;

import java.util.Objects;

/**
 * An inline code: native formatting (Markdown {@code **}, a link's {@code ](url)}) that a translator
 * must keep but never edit. Paired codes share their {@code id} within a segment.
 *
 * @param id the number that identifies the code (a pair's two halves share it), from 1
 * @param kind opening, closing or standalone
 * @param type what the code stands for ({@code bold}, {@code link}, ...), for tools and people
 * @param data the original document text the code replaces, written back verbatim
 */
public record Code(int id, CodeKind kind, String type, String data) implements Piece {
  public Code {
    if (id < 1) {
      throw new IllegalArgumentException("code id must be positive: " + id);
    }
    Objects.requireNonNull(kind, "kind");
    type = type == null ? "" : type;
    Objects.requireNonNull(data, "data");
  }

  /** The code's tag in content markup: {@code {1}}, {@code {/1}} or {@code {1/}}. */
  public String tag() {
    return switch (kind) {
      case OPEN -> "{" + id + "}";
      case CLOSE -> "{/" + id + "}";
      case PLACEHOLDER -> "{" + id + "/}";
    };
  }
}
