package org.tandem.check;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import org.tandem.model.Finding;

/** Writes {@code {"findings":[{chapter,unit,rule,severity,term,entry,message}],"summary":{...}}}. */
public final class JsonReport {
  private JsonReport() {}

  /** Writes the report as pretty-printed JSON. */
  public static void write(PrintWriter out, List<Finding> findings, CheckSummary summary) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    ArrayNode array = root.putArray("findings");
    for (Finding f : findings) {
      ObjectNode node = array.addObject();
      node.put("chapter", f.chapter());
      node.put("unit", f.unit());
      node.put("rule", f.rule());
      node.put("severity", f.severity().id());
      node.put("term", f.term());
      node.put("entry", f.entry());
      node.put("message", f.message());
    }
    ObjectNode sum = root.putObject("summary");
    sum.put("errors", summary.errors());
    sum.put("warnings", summary.warnings());
    sum.put("infos", summary.infos());
    sum.put("segments", summary.segments());
    sum.put("chapters", summary.chapters());
    out.println(root.toPrettyString());
  }
}
