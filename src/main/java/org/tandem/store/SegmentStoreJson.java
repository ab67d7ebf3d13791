package org.tandem.store;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tandem.model.Code;
import org.tandem.model.CodeKind;
import org.tandem.model.Content;
import org.tandem.model.Segment;
import org.tandem.model.State;
import org.tandem.model.TandemException;
import org.tandem.model.Waiver;

/**
 * Reads and writes {@code segments/<chapter>.json}: deterministic JSON (fixed key order, two-space
 * indentation, LF, final newline, no timestamps) so that git diffs show exactly what changed.
 */
public final class SegmentStoreJson {
  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private SegmentStoreJson() {}

  /** The file's text for a chapter's segments. */
  public static String write(ChapterSegments store) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("chapter", store.chapter());
    root.put("nextKey", store.nextKey());
    root.set("segments", segments(store.segments()));
    if (!store.retired().isEmpty()) {
      root.set("retired", segments(store.retired()));
    }
    return pretty(root);
  }

  /**
   * Writes the file's bytes for a chapter's segments to {@code out}, one segment at a time (the
   * same bytes as {@link #write(ChapterSegments)}, without holding the whole text in memory).
   */
  public static void write(ChapterSegments store, OutputStream out) throws IOException {
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET); // the caller syncs and closes the file
      g.setPrettyPrinter(PRINTER.createInstance());
      g.writeStartObject();
      g.writeStringField("chapter", store.chapter());
      g.writeNumberField("nextKey", store.nextKey());
      writeSegments(g, "segments", store.segments());
      if (!store.retired().isEmpty()) {
        writeSegments(g, "retired", store.retired());
      }
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  private static void writeSegments(JsonGenerator g, String field, List<Segment> segments) throws IOException {
    g.writeFieldName(field);
    g.writeStartArray();
    for (Segment s : segments) {
      g.writeTree(segments(List.of(s)).get(0));
    }
    g.writeEndArray();
  }

  static String pretty(JsonNode node) {
    try {
      return MAPPER.writer(PRINTER).writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise JSON", e);
    }
  }

  private static ArrayNode segments(List<Segment> segments) {
    ArrayNode array = MAPPER.createArrayNode();
    for (Segment s : segments) {
      ObjectNode node = array.addObject();
      node.put("key", s.key());
      node.put("para", s.para());
      node.put("state", s.state().id());
      node.put("hash", s.sourceHash());
      node.put("source", s.source().markup());
      if (!s.source().codes().isEmpty()) {
        node.set("codes", codes(s.source().codes()));
      }
      if (s.target() != null) {
        node.put("target", s.target().markup());
      }
      if (s.previousSource() != null) {
        node.put("previousSource", s.previousSource().markup());
        if (!s.previousSource().codes().isEmpty()) {
          node.set("previousCodes", codes(s.previousSource().codes()));
        }
      }
      if (!s.origin().isEmpty()) {
        node.put("origin", s.origin());
      }
      if (!s.waivers().isEmpty()) {
        ArrayNode waivers = node.putArray("waivers");
        for (Waiver w : s.waivers()) {
          waivers.addObject().put("rule", w.rule()).put("entry", w.entry()).put("reason", w.reason());
        }
      }
    }
    return array;
  }

  private static ArrayNode codes(List<Code> codes) {
    ArrayNode array = MAPPER.createArrayNode();
    for (Code code : codes) {
      ObjectNode node = array.addObject();
      node.put("id", code.id());
      node.put("kind", code.kind().name().toLowerCase(Locale.ROOT));
      node.put("type", code.type());
      node.put("data", code.data());
    }
    return array;
  }

  /**
   * Parses a segment file from a stream, one segment at a time, so that a big chapter never exists
   * as one JSON tree; {@code displayName} names it in errors.
   */
  public static ChapterSegments read(InputStream in, String displayName) throws IOException {
    try (JsonParser p = MAPPER.createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new TandemException(displayName, 1, "not a tandem segment file (no \"chapter\")");
      }
      String chapter = null;
      int nextKey = 1;
      List<Segment> segments = new ArrayList<>();
      List<Segment> retired = new ArrayList<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        switch (name) {
          case "chapter" -> chapter = value == JsonToken.VALUE_STRING ? p.getText() : null;
          case "nextKey" -> nextKey = p.getValueAsInt(1);
          case "segments" -> readArray(p, segments, displayName);
          case "retired" -> readArray(p, retired, displayName);
          default -> p.skipChildren();
        }
      }
      if (chapter == null) {
        throw new TandemException(displayName, 1, "not a tandem segment file (no \"chapter\")");
      }
      return new ChapterSegments(chapter, nextKey, segments, retired);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new TandemException(displayName, at == null ? 0 : at.getLineNr(),
          "the segment file is not valid JSON (" + e.getOriginalMessage() + "); restore it from git");
    }
  }

  private static void readArray(JsonParser p, List<Segment> into, String displayName) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      p.skipChildren();
      return;
    }
    while (p.nextToken() != JsonToken.END_ARRAY) {
      JsonNode node = p.readValueAsTree();
      into.add(readSegment(node, displayName));
    }
  }

  /** Parses a segment file; {@code displayName} names it in errors. */
  public static ChapterSegments read(String json, String displayName) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new TandemException(displayName, at == null ? 0 : at.getLineNr(),
          "the segment file is not valid JSON (" + e.getOriginalMessage() + "); restore it from git");
    }
    if (root == null || !root.isObject() || !root.path("chapter").isTextual()) {
      throw new TandemException(displayName, 1, "not a tandem segment file (no \"chapter\")");
    }
    return new ChapterSegments(root.get("chapter").asText(), root.path("nextKey").asInt(1),
        readSegments(root.path("segments"), displayName), readSegments(root.path("retired"), displayName));
  }

  private static List<Segment> readSegments(JsonNode array, String displayName) {
    List<Segment> segments = new ArrayList<>();
    for (JsonNode node : array) {
      segments.add(readSegment(node, displayName));
    }
    return segments;
  }

  private static Segment readSegment(JsonNode node, String displayName) {
      String key = node.path("key").asText("");
      try {
        List<Code> codes = readCodes(node.path("codes"));
        Content source = Content.parse(node.path("source").asText(""), codes);
        Content target = node.hasNonNull("target") ? Content.parse(node.get("target").asText(), codes) : null;
        Content previous = node.hasNonNull("previousSource")
            ? Content.parse(node.get("previousSource").asText(), readCodes(node.path("previousCodes"))) : null;
        return new Segment(key, node.path("para").asInt(0), source, target,
            State.parse(node.path("state").asText("new")), previous, node.path("origin").asText(""),
            readWaivers(node.path("waivers")));
      } catch (IllegalArgumentException e) {
        throw new TandemException(displayName, 0, 0, key.isEmpty() ? null : key,
            "broken segment: " + e.getMessage(), e);
      }
  }

  private static List<Waiver> readWaivers(JsonNode array) {
    List<Waiver> waivers = new ArrayList<>();
    for (JsonNode node : array) {
      waivers.add(new Waiver(node.path("rule").asText(""), node.path("entry").asText(""),
          node.path("reason").asText("")));
    }
    return waivers;
  }

  private static List<Code> readCodes(JsonNode array) {
    List<Code> codes = new ArrayList<>();
    for (JsonNode node : array) {
      codes.add(new Code(node.path("id").asInt(0),
          CodeKind.valueOf(node.path("kind").asText("").toUpperCase(Locale.ROOT)),
          node.path("type").asText(""), node.path("data").asText("")));
    }
    return codes;
  }
}
