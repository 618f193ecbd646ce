package org.factmark.review.ui;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Charts as SVG markup built on the server (no chart component). Every piece of text is XML-escaped; the result is
 * shown through an image data URI, so even a hostile label could not run script.
 */
public final class SvgCharts {
    private SvgCharts() {
    }

    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') b.append('?');
                    else b.appendCodePoint(cp);
                }
            }
        });
        return b.toString();
    }

    public static String dataUri(String svg) {
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }

    /** A horizontal bar chart: one bar per label with its count. */
    public static String barChart(String title, List<String> labels, List<Long> values) {
        int rowH = 26;
        int left = 130;
        int width = 520;
        int barMax = width - left - 60;
        int height = 36 + rowH * labels.size() + 10;
        long max = Math.max(1, values.stream().mapToLong(Long::longValue).max().orElse(1));
        StringBuilder s = header(width, height, title);
        s.append(text(8, 20, title, "start", "font-weight:bold"));
        for (int i = 0; i < labels.size(); i++) {
            int y = 36 + i * rowH;
            long v = values.get(i);
            int w = (int) Math.round((double) v / max * barMax);
            s.append(text(left - 8, y + 16, labels.get(i), "end", ""));
            s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#1676f3\"/>",
                    left, y + 3, Math.max(w, v > 0 ? 1 : 0), rowH - 8));
            s.append(text(left + w + 6, y + 16, Long.toString(v), "start", ""));
        }
        return s.append("</svg>").toString();
    }

    /** A confusion matrix as a heat map: rows and columns in label order, each cell with its count. */
    public static String heatMap(String title, String rowTitle, String columnTitle, List<String> labels, long[][] matrix) {
        int cell = 44;
        int left = 130;
        int top = 120;
        int n = labels.size();
        int width = left + cell * n + 20;
        int height = top + cell * n + 40;
        long max = 1;
        for (long[] row : matrix) for (long v : row) max = Math.max(max, v);
        StringBuilder s = header(width, height, title);
        s.append(text(8, 20, title, "start", "font-weight:bold"));
        s.append(text(left + cell * n / 2, 40, columnTitle, "middle", "font-style:italic"));
        s.append(text(8, top + cell * n + 28, "rows: " + rowTitle, "start", "font-style:italic"));
        for (int c = 0; c < n; c++) {
            int x = left + c * cell + cell / 2;
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"start\" transform=\"rotate(-60 %d %d)\">%s</text>",
                    x, top - 6, x, top - 6, escape(labels.get(c))));
        }
        for (int r = 0; r < n; r++) {
            int y = top + r * cell;
            s.append(text(left - 8, y + cell / 2 + 5, labels.get(r), "end", ""));
            for (int c = 0; c < n; c++) {
                long v = matrix[r][c];
                double t = (double) v / max;
                int shade = (int) Math.round(245 - t * 180);
                String fill = v == 0 ? "#f5f5f5" : String.format(Locale.ROOT, "rgb(%d,%d,255)", shade, shade);
                int x = left + c * cell;
                s.append(String.format(Locale.ROOT,
                        "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\" stroke=\"%s\"/>",
                        x, y, cell, cell, fill, r == c ? "#333" : "#ccc"));
                s.append(text(x + cell / 2, y + cell / 2 + 5, Long.toString(v), "middle", t > 0.6 ? "fill:#fff" : ""));
            }
        }
        return s.append("</svg>").toString();
    }

    private static StringBuilder header(int width, int height, String title) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"13\" role=\"img\">", width, height, width, height));
        s.append("<title>").append(escape(title)).append("</title>");
        s.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"#fff\"/>", width, height));
        return s;
    }

    private static String text(int x, int y, String content, String anchor, String style) {
        return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\"%s>%s</text>", x, y, anchor,
                style.isEmpty() ? "" : " style=\"" + style + "\"", escape(content));
    }
}
