package org.tandem.build;

import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

/** The burn-up chart: total, translated and reviewed words per commit over time, as inline SVG. */
final class BurnUpSvg {
  static final int WIDTH = 640;
  static final int HEIGHT = 240;
  private static final int LEFT = 56;
  private static final int RIGHT = 16;
  private static final int TOP = 30; // room for the legend above the plot
  private static final int BOTTOM = 28;

  private BurnUpSvg() {}

  /** The chart. */
  static String chart(List<BurnPoint> points) {
    long t0 = points.get(0).epochSecond();
    long t1 = points.get(points.size() - 1).epochSecond();
    int max = Math.max(1, points.stream().mapToInt(BurnPoint::words).max().orElse(1));
    StringBuilder s = new StringBuilder("<svg class=\"burn-up\" width=\"" + WIDTH + "\" height=\"" + HEIGHT
        + "\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\" role=\"img\" aria-label=\"translated and reviewed words"
        + " over time\">");
    s.append(line(LEFT, TOP + plotHeight(), LEFT + plotWidth(), TOP + plotHeight(), "#444"))
        .append(line(LEFT, TOP, LEFT, TOP + plotHeight(), "#444"))
        .append(text(LEFT - 6, TOP + 4, "end", String.valueOf(max)))
        .append(text(LEFT - 6, TOP + plotHeight(), "end", "0"))
        .append(text(LEFT, HEIGHT - 8, "start", StatusHtml.day(points.get(0))))
        .append(text(LEFT + plotWidth(), HEIGHT - 8, "end", StatusHtml.day(points.get(points.size() - 1))));
    s.append(series(points, BurnPoint::words, t0, t1, max, "#999", "words", "4 3"))
        .append(series(points, BurnPoint::translated, t0, t1, max, "#8cc98c", "translated", null))
        .append(series(points, BurnPoint::reviewed, t0, t1, max, "#1f5e3a", "reviewed", null));
    s.append(text(LEFT, 14, "start", "\u2014 translated").replace("<text ", "<text fill=\"#5aa35a\" "))
        .append(text(LEFT + 92, 14, "start", "\u2014 reviewed").replace("<text ", "<text fill=\"#1f5e3a\" "))
        .append(text(LEFT + 172, 14, "start", "- - all words").replace("<text ", "<text fill=\"#777\" "));
    return s.append("</svg>").toString();
  }

  /** One polyline with a circle per commit, titled with its commit and value. */
  private static String series(List<BurnPoint> points, ToIntFunction<BurnPoint> value, long t0, long t1, int max,
      String colour, String name, String dash) {
    StringBuilder line = new StringBuilder("<polyline class=\"" + name + "\" fill=\"none\" stroke=\"" + colour
        + "\" stroke-width=\"2\"" + (dash == null ? "" : " stroke-dasharray=\"" + dash + "\"") + " points=\"");
    StringBuilder dots = new StringBuilder();
    for (int i = 0; i < points.size(); i++) {
      BurnPoint p = points.get(i);
      double x = x(p, i, points.size(), t0, t1);
      double y = TOP + plotHeight() * (1 - value.applyAsInt(p) / (double) max);
      line.append(String.format(Locale.ROOT, "%s%.1f,%.1f", i == 0 ? "" : " ", x, y));
      dots.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"%s\"><title>%s %s: %d %s"
          + "</title></circle>", x, y, colour, p.commit().substring(0, Math.min(8, p.commit().length())),
          StatusHtml.day(p), value.applyAsInt(p), name));
    }
    return line.append("\"/>").append(dots).toString();
  }

  /** By time; commits at one and the same second are spread evenly instead. */
  private static double x(BurnPoint p, int index, int count, long t0, long t1) {
    double share = t1 > t0 ? (p.epochSecond() - t0) / (double) (t1 - t0) : count == 1 ? 0 : index / (double) (count - 1);
    return LEFT + plotWidth() * share;
  }

  private static int plotWidth() {
    return WIDTH - LEFT - RIGHT;
  }

  private static int plotHeight() {
    return HEIGHT - TOP - BOTTOM;
  }

  private static String line(int x1, int y1, int x2, int y2, String colour) {
    return "<line x1=\"" + x1 + "\" y1=\"" + y1 + "\" x2=\"" + x2 + "\" y2=\"" + y2 + "\" stroke=\"" + colour + "\"/>";
  }

  private static String text(int x, int y, String anchor, String text) {
    return "<text x=\"" + x + "\" y=\"" + y + "\" font-size=\"11\" text-anchor=\"" + anchor + "\">"
        + BilingualHtml.escape(text) + "</text>";
  }
}
