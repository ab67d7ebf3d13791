package org.tandem.align;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * An alignment for scripts: {@code {"chapter","file","sourceLang","targetLang","threshold","summary":{...},
 * "pairs":[{"shape","keys","source":[...],"target":[...],"confidence","action"}]}}, pairs in document
 * order; {@code action} is translated, suggested, kept, left out or added.
 */
public final class ReportJson {
  private ReportJson() {}

  /** The report as pretty-printed JSON with a final newline. */
  public static String of(Report report) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
      g.writeStartObject();
      g.writeStringField("chapter", report.chapter());
      g.writeStringField("file", report.file());
      g.writeStringField("sourceLang", report.sourceLang().code());
      g.writeStringField("targetLang", report.sourceLang().other().code());
      g.writeNumberField("threshold", report.threshold());
      g.writeObjectFieldStart("summary");
      for (Row.Action action : Row.Action.values()) {
        g.writeNumberField(action.id().replace(' ', '-'), report.count(action));
      }
      g.writeEndObject();
      g.writeArrayFieldStart("pairs");
      for (Row row : report.rows()) {
        g.writeStartObject();
        g.writeStringField("shape", row.shape());
        strings(g, "keys", row.keys());
        strings(g, "source", row.sources());
        strings(g, "target", row.targets());
        g.writeNumberField("confidence", Math.round(row.confidence() * 1000) / 1000.0);
        g.writeStringField("action", row.action().id());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
