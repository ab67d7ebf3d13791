package org.tandem.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tandem.model.TandemException;

/**
 * Translations {@code tandem align} found for segments but was not sure enough of to apply, kept in
 * {@code align/<chapter>.json} (deterministic JSON, like the segment store) and offered to translators
 * in exported XLIFF. Each belongs to a segment key and the hash of the source it was found for, so a
 * suggestion for a source that has changed since is never offered.
 *
 * @param chapter the chapter id
 * @param file the translation the suggestions came from, as given
 * @param items the suggestions in document order
 */
public record Suggestions(String chapter, String file, List<Suggestions.Item> items) {
  /** The workspace folder of suggestion files. */
  public static final String FOLDER = "align";

  public Suggestions {
    items = List.copyOf(items);
  }

  /**
   * One suggested translation.
   *
   * @param key the segment's key
   * @param hash the hash of the segment's source when the suggestion was made
   * @param target the suggested translation, plain text
   * @param confidence the aligner's confidence, 0 to 1
   */
  public record Item(String key, String hash, String target, double confidence) {}

  /** The suggestion file of a chapter. */
  public static Path file(Workspace ws, String chapter) {
    return ws.resolve(FOLDER).resolve(chapter + ".json");
  }

  /** Saves atomically; an empty list removes the file. */
  public static void save(Workspace ws, Suggestions s) {
    Path file = file(ws, s.chapter());
    if (s.items().isEmpty()) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        throw new TandemException(ws.relative(file), 0, "cannot remove: " + e.getMessage());
      }
      return;
    }
    AtomicFiles.write(file, Json.text(g -> {
      g.writeStartObject();
      g.writeStringField("chapter", s.chapter());
      g.writeStringField("file", s.file());
      g.writeArrayFieldStart("suggestions");
      for (Item item : s.items()) {
        g.writeStartObject();
        g.writeStringField("key", item.key());
        g.writeStringField("hash", item.hash());
        g.writeStringField("target", item.target());
        g.writeNumberField("confidence", Math.round(item.confidence() * 100) / 100.0);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }));
  }

  /** A chapter's suggestions; none when the file is missing. */
  public static Suggestions load(Workspace ws, String chapter) {
    Path file = file(ws, chapter);
    if (!Files.isRegularFile(file)) {
      return new Suggestions(chapter, "", List.of());
    }
    try (JsonParser p = Json.FACTORY.createParser(file.toFile())) {
      String from = "";
      List<Item> items = new ArrayList<>();
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (name.equals("file")) {
          from = p.getText();
        } else if (name.equals("suggestions") && p.currentToken() == JsonToken.START_ARRAY) {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            items.add(item(p));
          }
        } else {
          p.skipChildren();
        }
      }
      return new Suggestions(chapter, from, items);
    } catch (JsonProcessingException e) {
      throw new TandemException(ws.relative(file), e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
          "not valid JSON (" + e.getOriginalMessage() + "); delete it or restore it from git");
    } catch (IOException e) {
      throw new TandemException(ws.relative(file), 0, "cannot read: " + e.getMessage());
    }
  }

  private static Item item(JsonParser p) throws IOException {
    String key = "";
    String hash = "";
    String target = "";
    double confidence = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "key" -> key = p.getText();
        case "hash" -> hash = p.getText();
        case "target" -> target = p.getText();
        case "confidence" -> confidence = p.getValueAsDouble(0);
        default -> p.skipChildren();
      }
    }
    return new Item(key, hash, target, confidence);
  }
}
