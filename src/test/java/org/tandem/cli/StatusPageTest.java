package org.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.tandem.cli.CliRun.tandem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.model.Chapter;
import org.tandem.model.Finding;
import org.tandem.workflow.Project;
import org.tandem.model.Segment;
import org.tandem.model.State;
import org.tandem.store.ChapterSegments;
import org.tandem.store.Workspace;
import org.tandem.workflow.Progress;

/** {@code status --html}: state bars, findings per chapter and rule, and a burn-up chart from git. */
class StatusPageTest {
  @TempDir Path tmp;

  @Test
  void theBurnUpChartHasOnePointPerCommitThatChangedSegments() throws Exception {
    assumeTrue(gitInstalled(), "git is not installed: the burn-up chart cannot be tested");
    Path dir = Workspaces.sample(tmp.resolve("ws"));
    Git git = new Git(dir, tmp.resolve("home"));
    git.ok("init", "-q", "-b", "main");
    git.ok("add", "-A");
    git.ok("commit", "-q", "-m", "sample", "--date", "2026-11-02T10:00:00Z");
    Workspace ws = Workspace.open(dir);
    Chapter chapter = ws.config().chapter("pandemie-sprachkurse").orElseThrow();
    int[] first = totals(ws);
    translate(ws, chapter, 10, State.TRANSLATED);
    git.ok("commit", "-q", "-am", "ten translated", "--date", "2026-11-05T10:00:00Z");
    int[] second = totals(ws);
    Files.writeString(dir.resolve("README.txt"), "not a segment file\n");
    git.ok("add", "README.txt");
    git.ok("commit", "-q", "-m", "no segments changed", "--date", "2026-11-06T10:00:00Z");
    translate(ws, chapter, 4, State.REVIEWED);
    git.ok("commit", "-q", "-am", "four reviewed", "--date", "2026-11-09T10:00:00Z");
    int[] third = totals(ws);

    CliRun run = tandem(dir, "status", "--html", tmp.resolve("status.html").toString());
    assertEquals(0, run.exit(), run.toString());
    assertTrue(run.out().contains("total "), "the table is still printed: " + run.out());
    Document page = Jsoup.parse(tmp.resolve("status.html").toFile());
    assertEquals(List.of(first[1], second[1], third[1]), values(page, "translated"));
    assertEquals(List.of(first[2], second[2], third[2]), values(page, "reviewed"));
    assertEquals(List.of(first[0], first[0], first[0]), values(page, "words"));
    assertTrue(second[1] > first[1] && third[2] > second[2], "the history moved");
    assertTrue(page.text().contains("3 commits from 2026-11-02 to 2026-11-09"), page.text());
    List<Double> xs = page.select("polyline.translated").first().attr("points").lines().flatMap(l ->
        List.of(l.split(" ")).stream()).map(p -> Double.parseDouble(p.split(",")[0])).toList();
    assertTrue(xs.get(0) < xs.get(1) && xs.get(1) < xs.get(2), "by time: " + xs);
    assertEquals(3.0 / 7, (xs.get(1) - xs.get(0)) / (xs.get(2) - xs.get(0)), 0.01, "three days of seven");
  }

  @Test
  void statesAndFindingsPerChapterWithoutGit() throws Exception {
    Path dir = Workspaces.sample(tmp.resolve("ws"));
    CliRun run = tandem(dir, "build", "-q");
    assertEquals(0, run.exit(), run.toString());
    Document page = Jsoup.parse(dir.resolve("build/status.html").toFile());
    Element row = page.select("tr:has(td:contains(saarbruecken-arbeitsmarkt))").first();
    assertTrue(row.text().contains("579"), row.text());
    Progress p = Progress.of(ws(dir).config().chapter("saarbruecken-arbeitsmarkt").orElseThrow(),
        ws(dir).load(ws(dir).config().chapter("saarbruecken-arbeitsmarkt").orElseThrow()).segments());
    assertEquals(p.words().get(State.NEW) + " new, " + p.words().get(State.TRANSLATED) + " translated",
        row.select("svg.state-bar > title").text());
    assertEquals(2, row.select("svg.state-bar rect").size(), "new and translated");
    Workspace ws = Workspace.open(dir);
    List<Finding> findings = CheckCommand.run(new Project(ws), ws.config().chapters()).findings();
    List<String> rules = findings.stream().map(Finding::rule).distinct().sorted().toList();
    List<String> header = page.select("table.findings th").eachText();
    assertEquals(rules, header.subList(1, header.size()));
    Element findingsRow = page.select("table.findings tr:has(td:contains(sultanbeyli-mesleki-egitim))").first();
    for (int i = 0; i < rules.size(); i++) {
      String rule = rules.get(i);
      long expected = findings.stream().filter(f -> f.rule().equals(rule)
          && f.chapter().equals("sultanbeyli-mesleki-egitim")).count();
      assertEquals(String.valueOf(expected), findingsRow.select("td").get(i + 1).text(), rule);
    }
    assertTrue(page.text().contains("No history"), "a workspace outside git has no burn-up chart");
  }

  private static List<Integer> values(Document page, String series) {
    List<Integer> values = new ArrayList<>();
    for (Element circle : page.select("svg.burn-up circle")) {
      String title = circle.select("title").text();
      if (title.endsWith(" " + series)) {
        String[] words = title.split(" ");
        values.add(Integer.parseInt(words[words.length - 2]));
      }
    }
    return values;
  }

  /** All words, translated (or better) and reviewed (or final) words of the workspace now. */
  private static int[] totals(Workspace ws) {
    List<Progress> all = ws.config().chapters().stream().map(c -> Progress.of(c, ws.load(c).segments())).toList();
    Progress total = Progress.total(all);
    return new int[] {total.totalWords(), total.doneWords(),
        total.words().get(State.REVIEWED) + total.words().get(State.FINAL)};
  }

  /** Gives the first {@code n} untranslated segments a target in {@code state}. */
  private static void translate(Workspace ws, Chapter chapter, int n, State state) {
    ChapterSegments store = ws.load(chapter);
    List<Segment> segments = new ArrayList<>(store.segments());
    int done = 0;
    for (int i = 0; i < segments.size() && done < n; i++) {
      Segment s = segments.get(i);
      if (s.state() != State.REVIEWED) {
        segments.set(i, s.withTarget(s.source(), state));
        done += s.state() == State.NEW || state == State.REVIEWED ? 1 : 0;
      }
    }
    ws.save(store.withSegments(segments));
  }

  private static Workspace ws(Path dir) {
    return Workspace.open(dir);
  }

  static boolean gitInstalled() {
    try {
      return new ProcessBuilder("git", "--version").start().waitFor() == 0;
    } catch (Exception e) {
      return false;
    }
  }
}
