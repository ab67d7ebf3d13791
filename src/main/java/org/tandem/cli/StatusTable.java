package org.tandem.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import org.tandem.model.Chapter;
import org.tandem.model.State;
import org.tandem.store.Workspace;
import org.tandem.workflow.Parallel;
import org.tandem.workflow.Progress;

/** Prints chapters' progress as a table with bars, or as JSON. */
final class StatusTable {
  private static final int BAR = 20;

  private StatusTable() {}

  /** The progress of each chapter, in workspace order. */
  static List<Progress> collect(Workspace ws, List<Chapter> chapters) {
    return Parallel.map(chapters, chapter -> Progress.of(chapter, ws.load(chapter).segments()));
  }

  /** The table: per chapter, segments in each state, words, per cent done and a bar; then totals. */
  static void print(PrintWriter out, List<Progress> chapters) {
    out.printf("%-30s %-5s %5s %6s %5s %5s %5s %5s %5s  %s%n", "chapter", "lang", "segs", "words", "new",
        "upd", "trans", "rev", "final", "done (words)");
    for (Progress p : chapters) {
      row(out, p.chapter().id(), p.chapter().sourceLang() + ">" + p.chapter().targetLang(), p);
    }
    if (chapters.size() > 1) {
      row(out, "total", "", Progress.total(chapters));
    }
    for (Progress p : chapters) {
      if (p.aligned() > 0) {
        out.printf("%s: %d of the translated segments are translated (aligned): taken from an existing"
            + " translation by 'tandem align', not yet reviewed%n", p.chapter().id(), p.aligned());
      }
    }
  }

  private static void row(PrintWriter out, String name, String lang, Progress p) {
    int filled = p.percentDone() * BAR / 100;
    out.printf("%-30s %-5s %5d %6d %5d %5d %5d %5d %5d  %3d%% %s%n", name, lang, p.totalSegments(),
        p.totalWords(), p.segments().get(State.NEW), p.segments().get(State.NEEDS_UPDATE),
        p.segments().get(State.TRANSLATED), p.segments().get(State.REVIEWED), p.segments().get(State.FINAL),
        p.percentDone(), "\u2588".repeat(filled) + "\u2591".repeat(BAR - filled));
  }

  /** The same as JSON: {"chapters":[...],"total":{...}}. */
  static String json(List<Progress> chapters) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    ArrayNode array = root.putArray("chapters");
    for (Progress p : chapters) {
      ObjectNode node = array.addObject();
      node.put("id", p.chapter().id());
      node.put("file", p.chapter().file());
      node.put("sourceLang", p.chapter().sourceLang().code());
      node.put("targetLang", p.chapter().targetLang().code());
      counts(node, p);
    }
    counts(root.putObject("total"), Progress.total(chapters));
    return root.toPrettyString();
  }

  private static void counts(ObjectNode node, Progress p) {
    ObjectNode segments = node.putObject("segments");
    ObjectNode words = node.putObject("words");
    for (State state : State.values()) {
      segments.put(state.id(), p.segments().get(state));
      words.put(state.id(), p.words().get(state));
    }
    node.put("aligned", p.aligned());
    node.put("totalSegments", p.totalSegments());
    node.put("totalWords", p.totalWords());
    node.put("percentDone", p.percentDone());
  }
}
