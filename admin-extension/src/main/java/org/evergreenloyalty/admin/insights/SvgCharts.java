package org.evergreenloyalty.admin.insights;

import java.util.List;
import java.util.Locale;

/**
 * Server-rendered SVG charts for the dashboard (no script, no CDN): a line of one series, paired bars of two and a funnel,
 * scaled to their largest value, with a zero line when values go negative; and the colour of a heat-map cell.
 * Labels are dates and numbers the dashboard made, escaped all the same.
 */
public final class SvgCharts {

    private static final int W = 720;
    private static final int H = 220;
    private static final int PAD = 40;

    private SvgCharts() {
    }

    /** A line chart of {@code values} (one per label), titled {@code title}. */
    public static String line(String title, List<String> labels, List<Long> values) {
        StringBuilder svg = open(title);
        if (values.isEmpty()) {
            return svg.append("</svg>").toString();
        }
        Scale s = new Scale(values, values);
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            points.append(fmt(x(i, values.size()))).append(',').append(fmt(s.y(values.get(i)))).append(' ');
        }
        axes(svg, s, labels);
        svg.append("<polyline fill=\"none\" stroke=\"#2e7d32\" stroke-width=\"2\" points=\"").append(points.toString().trim())
                .append("\"/>");
        return svg.append("</svg>").toString();
    }

    /** Paired bars: {@code a} (green) beside {@code b} (orange) per label. */
    public static String bars(String title, List<String> labels, List<Long> a, List<Long> b, String aName, String bName) {
        StringBuilder svg = open(title);
        if (a.isEmpty()) {
            return svg.append("</svg>").toString();
        }
        Scale s = new Scale(a, b);
        axes(svg, s, labels);
        double slot = (double) (W - 2 * PAD) / a.size();
        double bar = Math.max(1, slot * 0.4);
        for (int i = 0; i < a.size(); i++) {
            double left = PAD + i * slot + slot * 0.1;
            rect(svg, left, s, a.get(i), bar, "#2e7d32");
            rect(svg, left + bar, s, b.get(i), bar, "#ef6c00");
        }
        svg.append("<text x=\"").append(PAD).append("\" y=\"14\" font-size=\"12\" fill=\"#2e7d32\">■ ").append(esc(aName))
                .append("</text><text x=\"").append(PAD + 200).append("\" y=\"14\" font-size=\"12\" fill=\"#ef6c00\">■ ")
                .append(esc(bName)).append("</text>");
        return svg.append("</svg>").toString();
    }

    /**
     * A funnel: one horizontal bar per step ({@code labels}, top down), its length relative to the first step's
     * (or the largest) value, with the step's name and value written beside it.
     */
    public static String funnel(String title, List<String> labels, List<Long> values) {
        int rowHeight = 26;
        int height = Math.max(1, values.size()) * rowHeight + 8;
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(W).append(' ')
                .append(height).append("\" width=\"100%\" role=\"img\" aria-label=\"").append(esc(title)).append("\"><title>")
                .append(esc(title)).append("</title>");
        long max = 1;
        for (Long v : values) {
            max = Math.max(max, v);
        }
        int barArea = W - 260;
        for (int i = 0; i < values.size(); i++) {
            double width = Math.max(1, (double) Math.max(0, values.get(i)) * barArea / max);
            double y = 4 + i * rowHeight;
            svg.append("<rect class=\"evg-funnel-step\" x=\"").append(fmt((barArea - width) / 2)).append("\" y=\"").append(fmt(y))
                    .append("\" width=\"").append(fmt(width)).append("\" height=\"").append(rowHeight - 6)
                    .append("\" fill=\"#2e7d32\" fill-opacity=\"").append(fmt(1 - 0.15 * i)).append("\"/>");
            svg.append("<text x=\"").append(barArea + 10).append("\" y=\"").append(fmt(y + rowHeight - 11))
                    .append("\" font-size=\"13\">").append(esc(labels.get(i))).append(": ").append(values.get(i)).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    /** The CSS background of a heat-map cell holding a percent ("37.5"); empty for no value. */
    public static String heat(String percent) {
        if (percent == null || percent.isEmpty()) {
            return "";
        }
        double share = Math.max(0, Math.min(100, Double.parseDouble(percent))) / 100;
        return String.format(Locale.ROOT, "background-color: rgba(46, 125, 50, %.2f)", 0.08 + share * 0.82);
    }

    private static void rect(StringBuilder svg, double left, Scale s, long value, double width, String colour) {
        double top = Math.min(s.y(value), s.y(0));
        double height = Math.abs(s.y(value) - s.y(0));
        svg.append("<rect x=\"").append(fmt(left)).append("\" y=\"").append(fmt(top)).append("\" width=\"").append(fmt(width))
                .append("\" height=\"").append(fmt(height)).append("\" fill=\"").append(colour).append("\"/>");
    }

    private static StringBuilder open(String title) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(W).append(' ').append(H)
                .append("\" width=\"100%\" role=\"img\" aria-label=\"").append(esc(title)).append("\"><title>")
                .append(esc(title)).append("</title>");
    }

    private static void axes(StringBuilder svg, Scale s, List<String> labels) {
        svg.append("<line x1=\"").append(PAD).append("\" x2=\"").append(W - PAD).append("\" y1=\"").append(fmt(s.y(0)))
                .append("\" y2=\"").append(fmt(s.y(0))).append("\" stroke=\"#999\"/>");
        svg.append("<text x=\"2\" y=\"").append(PAD - 8).append("\" font-size=\"11\">").append(s.max).append("</text>");
        svg.append("<text x=\"2\" y=\"").append(fmt(s.y(0)) + 4).append("\" font-size=\"11\">0</text>");
        if (!labels.isEmpty()) {
            svg.append("<text x=\"").append(PAD).append("\" y=\"").append(H - 4).append("\" font-size=\"11\">")
                    .append(esc(labels.get(0))).append("</text><text x=\"").append(W - PAD).append("\" y=\"").append(H - 4)
                    .append("\" font-size=\"11\" text-anchor=\"end\">").append(esc(labels.get(labels.size() - 1))).append("</text>");
        }
    }

    private static double x(int i, int n) {
        return n == 1 ? W / 2.0 : PAD + (double) i * (W - 2 * PAD) / (n - 1);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Maps values to the drawing's height, zero included. */
    private static final class Scale {
        final long max;
        final long min;

        Scale(List<Long> a, List<Long> b) {
            long hi = 0;
            long lo = 0;
            for (List<Long> list : java.util.Arrays.asList(a, b)) {
                for (Long v : list) {
                    hi = Math.max(hi, v);
                    lo = Math.min(lo, v);
                }
            }
            this.max = hi == lo ? hi + 1 : hi;
            this.min = lo;
        }

        double y(long v) {
            return H - PAD - (double) (v - min) * (H - 2 * PAD) / (max - min);
        }
    }
}
