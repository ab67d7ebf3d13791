package org.tandem.workflow;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.tandem.build.BurnPoint;
import org.tandem.model.State;
import org.tandem.store.SegmentStoreJson;

/**
 * The progress of the publication over its git history: one point per commit (on the first-parent
 * line) that changed segments/, read with the {@code git} program (log, then every changed segment file
 * through one {@code cat-file --batch}); no network. Outside a git repository, or without git, there is
 * no history.
 */
public final class SegmentHistory {
  private SegmentHistory() {}

  /** The points, oldest first; empty when {@code workspace} is not in a git repository or git is missing. */
  public static List<BurnPoint> burnUp(Path workspace) {
    try {
      String log = git(workspace, "-c", "core.quotepath=off", "log", "--reverse", "--first-parent", "-m",
          "--no-renames", "--name-status", "--format=%x01%H %at", "--", "segments/");
      if (log == null) {
        return List.of();
      }
      return points(workspace, log);
    } catch (IOException e) {
      return List.of();
    }
  }

  private static List<BurnPoint> points(Path workspace, String log) throws IOException {
    List<BurnPoint> points = new ArrayList<>();
    Map<String, int[]> files = new HashMap<>(); // path -> words, translated, reviewed
    Process batch = new ProcessBuilder("git", "cat-file", "--batch").directory(workspace.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try (OutputStream requests = batch.getOutputStream();
        InputStream answers = new BufferedInputStream(batch.getInputStream())) {
      String commit = null;
      long time = 0;
      for (String line : log.split("\n")) {
        if (line.startsWith("\u0001")) {
          add(points, commit, time, files);
          String[] parts = line.substring(1).split(" ");
          commit = parts[0];
          time = Long.parseLong(parts[1]);
        } else if (line.length() > 2 && line.charAt(1) == '\t' && line.endsWith(".json")) {
          String path = line.substring(2);
          if (line.charAt(0) == 'D') {
            files.remove(path);
          } else {
            int[] counts = counts(requests, answers, commit + ":" + path);
            if (counts != null) {
              files.put(path, counts);
            }
          }
        }
      }
      add(points, commit, time, files);
    } finally {
      batch.destroy();
    }
    return points;
  }

  private static void add(List<BurnPoint> points, String commit, long time, Map<String, int[]> files) {
    if (commit == null) {
      return;
    }
    int[] sum = new int[3];
    files.values().forEach(c -> {
      sum[0] += c[0];
      sum[1] += c[1];
      sum[2] += c[2];
    });
    points.add(new BurnPoint(commit, time, sum[0], sum[1], sum[2]));
  }

  /** Words, translated and reviewed words of one stored file; null when it cannot be read (a conflict). */
  private static int[] counts(OutputStream requests, InputStream answers, String object) throws IOException {
    requests.write((object + "\n").getBytes(StandardCharsets.UTF_8));
    requests.flush();
    String header = line(answers);
    String[] parts = header.split(" ");
    if (parts.length != 3 || !parts[1].equals("blob")) {
      return null;
    }
    byte[] content = answers.readNBytes(Integer.parseInt(parts[2]));
    answers.read(); // the newline after the content
    try {
      Progress p = Progress.of(null, SegmentStoreJson.read(new String(content, StandardCharsets.UTF_8), object)
          .segments());
      return new int[] {p.totalWords(), p.doneWords(), p.words().get(State.REVIEWED) + p.words().get(State.FINAL)};
    } catch (RuntimeException e) {
      return null; // a file committed with a merge conflict: the chapter keeps its last readable counts
    }
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b != '\n' && b >= 0; b = in.read()) {
      line.write(b);
    }
    return line.toString(StandardCharsets.UTF_8);
  }

  /** Git's standard output, or null when git is missing or fails (not a repository). */
  private static String git(Path dir, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    Process process;
    try {
      process = new ProcessBuilder(command).directory(dir.toFile())
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    } catch (IOException e) {
      return null; // no git on this machine
    }
    byte[] out = process.getInputStream().readAllBytes();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        return null;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
    return new String(out, StandardCharsets.UTF_8);
  }
}
