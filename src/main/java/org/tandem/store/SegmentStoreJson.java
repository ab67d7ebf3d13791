package org.tandem.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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
 * indentation, LF, final newline, no timestamps) so that git diffs show exactly what changed. Both
 * directions stream, one segment at a time.
 */
public final class SegmentStoreJson {
  private SegmentStoreJson() {}

  /** The file's text for a chapter's segments. */
  public static String write(ChapterSegments store) {
    return Json.text(g -> writeStore(g, store));
  }

  /**
   * Writes the file's bytes for a chapter's segments to {@code out}, one segment at a time (the
   * same bytes as {@link #write(ChapterSegments)}, without holding the whole text in memory).
   */
  public static void write(ChapterSegments store, OutputStream out) throws IOException {
    Json.write(out, g -> writeStore(g, store));
  }

  private static void writeStore(JsonGenerator g, ChapterSegments store) throws IOException {
    g.writeStartObject();
    g.writeStringField("chapter", store.chapter());
    g.writeNumberField("nextKey", store.nextKey());
    writeSegments(g, "segments", store.segments());
    if (!store.retired().isEmpty()) {
      writeSegments(g, "retired", store.retired());
    }
    g.writeEndObject();
  }

  private static void writeSegments(JsonGenerator g, String field, List<Segment> segments) throws IOException {
    g.writeArrayFieldStart(field);
    for (Segment s : segments) {
      g.writeStartObject();
      g.writeStringField("key", s.key());
      g.writeNumberField("para", s.para());
      g.writeStringField("state", s.state().id());
      g.writeStringField("hash", s.sourceHash());
      g.writeStringField("source", s.source().markup());
      if (!s.source().codes().isEmpty()) {
        writeCodes(g, "codes", s.source().codes());
      }
      if (s.target() != null) {
        g.writeStringField("target", s.target().markup());
      }
      if (s.previousSource() != null) {
        g.writeStringField("previousSource", s.previousSource().markup());
        if (!s.previousSource().codes().isEmpty()) {
          writeCodes(g, "previousCodes", s.previousSource().codes());
        }
      }
      if (!s.origin().isEmpty()) {
        g.writeStringField("origin", s.origin());
      }
      if (!s.waivers().isEmpty()) {
        g.writeArrayFieldStart("waivers");
        for (Waiver w : s.waivers()) {
          g.writeStartObject();
          g.writeStringField("rule", w.rule());
          g.writeStringField("entry", w.entry());
          g.writeStringField("reason", w.reason());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeCodes(JsonGenerator g, String field, List<Code> codes) throws IOException {
    g.writeArrayFieldStart(field);
    for (Code code : codes) {
      g.writeStartObject();
      g.writeNumberField("id", code.id());
      g.writeStringField("kind", code.kind().name().toLowerCase(Locale.ROOT));
      g.writeStringField("type", code.type());
      g.writeStringField("data", code.data());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /**
   * Parses a segment file from a stream, one segment at a time, so that a big chapter never exists
   * as one JSON tree; {@code displayName} names it in errors.
   */
  public static ChapterSegments read(InputStream in, String displayName) throws IOException {
    try (JsonParser p = Json.FACTORY.createParser(in)) {
      return read(p, displayName);
    }
  }

  /** Parses a segment file; {@code displayName} names it in errors. */
  public static ChapterSegments read(String json, String displayName) {
    try (JsonParser p = Json.FACTORY.createParser(json)) {
      return read(p, displayName);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ChapterSegments read(JsonParser p, String displayName) throws IOException {
    try {
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
          case "chapter" -> chapter = value == JsonToken.VALUE_STRING ? p.getText() : Json.text(p, null);
          case "nextKey" -> nextKey = value == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : intOf(Json.text(p, "1"));
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

  private static int intOf(String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private static void readArray(JsonParser p, List<Segment> into, String displayName) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      p.skipChildren();
      return;
    }
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (p.currentToken() == JsonToken.START_OBJECT) {
        into.add(readSegment(p, displayName));
      } else {
        p.skipChildren(); // not a segment: as the tree reader did, it gives an empty one
        into.add(segment(new Fields(), p.currentLocation().getLineNr(), displayName));
      }
    }
  }

  /** The fields of one segment as read. */
  private static final class Fields {
    String key = "";
    int para;
    String state = "new";
    String source = "";
    String target;
    String previousSource;
    String origin = "";
    List<String[]> codes = List.of();
    List<String[]> previousCodes = List.of();
    List<String[]> waivers = List.of();
  }

  private static Segment readSegment(JsonParser p, String displayName) throws IOException {
    int line = p.currentLocation().getLineNr();
    Fields f = new Fields();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      switch (name) {
        case "key" -> f.key = Json.text(p, "");
        case "para" -> f.para = value == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : p.getValueAsInt(0);
        case "state" -> f.state = Json.text(p, "new");
        case "source" -> f.source = Json.text(p, "");
        case "target" -> f.target = Json.text(p, null);
        case "previousSource" -> f.previousSource = Json.text(p, null);
        case "origin" -> f.origin = Json.text(p, "");
        case "codes" -> f.codes = objects(p, "id", "kind", "type", "data");
        case "previousCodes" -> f.previousCodes = objects(p, "id", "kind", "type", "data");
        case "waivers" -> f.waivers = objects(p, "rule", "entry", "reason");
        default -> p.skipChildren();
      }
    }
    return segment(f, line, displayName);
  }

  private static Segment segment(Fields f, int line, String displayName) {
    try {
      List<Code> codes = codes(f.codes);
      Content source = Content.parse(f.source, codes);
      Content target = f.target != null ? Content.parse(f.target, codes) : null;
      Content previous = f.previousSource != null ? Content.parse(f.previousSource, codes(f.previousCodes)) : null;
      List<Waiver> waivers = new ArrayList<>();
      for (String[] w : f.waivers) {
        waivers.add(new Waiver(w[0], w[1], w[2]));
      }
      return new Segment(f.key, f.para, source, target, State.parse(f.state), previous, f.origin, waivers);
    } catch (IllegalArgumentException e) {
      throw new TandemException(displayName, line, 0, f.key.isEmpty() ? null : f.key,
          "broken segment: " + e.getMessage(), e);
    }
  }

  private static List<Code> codes(List<String[]> raw) {
    List<Code> codes = new ArrayList<>(raw.size());
    for (String[] c : raw) {
      codes.add(new Code(intOf0(c[0]), CodeKind.valueOf(c[1].toUpperCase(Locale.ROOT)), c[2], c[3]));
    }
    return codes;
  }

  private static int intOf0(String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** The named scalar fields of each object of an array ("" for a missing one); anything else is skipped. */
  private static List<String[]> objects(JsonParser p, String... names) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      p.skipChildren();
      return List.of();
    }
    List<String[]> list = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      String[] values = new String[names.length];
      java.util.Arrays.fill(values, "");
      if (p.currentToken() == JsonToken.START_OBJECT) {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          int at = java.util.Arrays.asList(names).indexOf(name);
          String text = Json.text(p, "");
          if (at >= 0) {
            values[at] = text;
          }
        }
      } else {
        p.skipChildren();
      }
      list.add(values);
    }
    return list;
  }
}
