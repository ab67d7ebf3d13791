package org.tandem.check;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.Writer;
import org.tandem.model.Finding;

/**
 * Check results for tools, on one line:
 * {@code {"findings":[{"chapter","unit","rule","severity","term","entry","message"}...],
 * "summary":{"errors":N,"warnings":N,"infos":N,"segments":N,"chapters":N}}}, keys always in this
 * order and always present (empty strings rather than absent keys).
 */
public final class JsonReport implements Report {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  @Override
  public String format() {
    return "json";
  }

  @Override
  public void write(CheckResult result, Writer out) throws IOException {
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.writeStartObject();
      json.writeArrayFieldStart("findings");
      for (Finding f : result.findings()) {
        finding(json, f);
      }
      json.writeEndArray();
      summary(json, result);
      json.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  private static void finding(JsonGenerator json, Finding f) throws IOException {
    json.writeStartObject();
    json.writeStringField("chapter", f.chapter());
    json.writeStringField("unit", f.unit());
    json.writeStringField("rule", f.rule());
    json.writeStringField("severity", f.severity().id());
    json.writeStringField("term", f.term());
    json.writeStringField("entry", f.entry());
    json.writeStringField("message", f.message());
    json.writeEndObject();
  }

  private static void summary(JsonGenerator json, CheckResult result) throws IOException {
    json.writeObjectFieldStart("summary");
    json.writeNumberField("errors", result.errors());
    json.writeNumberField("warnings", result.warnings());
    json.writeNumberField("infos", result.infos());
    json.writeNumberField("segments", result.segments());
    json.writeNumberField("chapters", result.chapters());
    json.writeEndObject();
  }
}
