package org.tandem.check;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.tandem.model.Chapter;
import org.tandem.model.Finding;
import org.tandem.model.Lang;
import org.tandem.model.Span;

/**
 * Check results for tools, on one line (schema: {@code docs/check-report.schema.json}):
 * {@code {"findings":[{"chapter","unit","rule","severity","term","entry","message","file","line",
 * "source":{"lang","text","spans":[{"start","end","text"}]},"target":{...}}...],
 * "waived":[{...,"reason"}],"summary":{"errors","warnings","infos","segments","chapters","waived",
 * "baselined"}}}. Keys are always present and in this order (empty strings and 0 rather than
 * absent keys). Span offsets count Unicode code points in the text without inline codes.
 */
public final class JsonReport implements Report {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  @Override
  public String format() {
    return "json";
  }

  @Override
  public void write(CheckResult result, ReportOptions options, Writer out) throws IOException {
    ReportIndex index = new ReportIndex(result);
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.writeStartObject();
      json.writeArrayFieldStart("findings");
      for (Finding f : result.findings()) {
        json.writeStartObject();
        finding(json, f, index, options);
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("waived");
      for (CheckResult.Waived w : result.waived()) {
        json.writeStartObject();
        finding(json, w.finding(), index, options);
        json.writeStringField("reason", w.waiver().reason());
        json.writeEndObject();
      }
      json.writeEndArray();
      summary(json, result);
      json.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  private static void finding(JsonGenerator json, Finding f, ReportIndex index, ReportOptions options)
      throws IOException {
    json.writeStringField("chapter", f.chapter());
    json.writeStringField("unit", f.unit());
    json.writeStringField("rule", f.rule());
    json.writeStringField("severity", f.severity().id());
    json.writeStringField("term", f.term());
    json.writeStringField("entry", f.entry());
    json.writeStringField("message", f.message());
    json.writeStringField("file", index.file(f.chapter()));
    json.writeNumberField("line", options.lines().line(f.chapter(), f.unit()));
    Chapter chapter = index.chapter(f);
    side(json, "source", chapter == null ? null : chapter.sourceLang(), index.sourceText(f), f.sourceSpans());
    side(json, "target", chapter == null ? null : chapter.targetLang(), index.targetText(f), f.targetSpans());
  }

  private static void side(JsonGenerator json, String name, Lang lang, String text, List<Span> spans)
      throws IOException {
    json.writeObjectFieldStart(name);
    json.writeStringField("lang", lang == null ? "" : lang.code());
    json.writeStringField("text", text);
    json.writeArrayFieldStart("spans");
    for (Span span : spans) {
      if (span.end() <= text.length()) {
        json.writeStartObject();
        json.writeNumberField("start", text.codePointCount(0, span.start()));
        json.writeNumberField("end", text.codePointCount(0, span.end()));
        json.writeStringField("text", span.in(text));
        json.writeEndObject();
      }
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void summary(JsonGenerator json, CheckResult result) throws IOException {
    json.writeObjectFieldStart("summary");
    json.writeNumberField("errors", result.errors());
    json.writeNumberField("warnings", result.warnings());
    json.writeNumberField("infos", result.infos());
    json.writeNumberField("segments", result.segments());
    json.writeNumberField("chapters", result.chapters());
    json.writeNumberField("waived", result.waived().size());
    json.writeNumberField("baselined", result.baselined());
    json.writeEndObject();
  }
}
