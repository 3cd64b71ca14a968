package org.privacyimpact.ui.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The classes a map shades its values by, chosen so that a reader can decode them: boundaries at powers of ten
 * ("< 0.1", "0.1–1", "1–10", "≥ 10") when the values span two orders of magnitude or more, else at 1, 2 and 5
 * times a power of ten. One large value cannot stretch the scale so that every other country looks the same.
 */
public record MapClasses(List<MapClass> classes) {

    /** At most this many classes: more are hard to tell apart by shade. */
    static final int MOST = 6;

    /** Values {@code from <= value < below}; a null end is open. */
    public record MapClass(BigDecimal from, BigDecimal below, String label) {

        public boolean contains(BigDecimal value) {
            return (from == null || value.compareTo(from) >= 0) && (below == null || value.compareTo(below) < 0);
        }
    }

    public static MapClasses of(Collection<BigDecimal> values) {
        List<BigDecimal> positive = values.stream().filter(value -> value.signum() > 0).sorted().toList();
        if (positive.isEmpty()) {
            return new MapClasses(List.of());
        }
        BigDecimal min = positive.getFirst();
        BigDecimal max = positive.getLast();
        List<BigDecimal> boundaries = boundaries(min, max, new int[] {1});
        if (boundaries.size() < 2) {
            boundaries = boundaries(min, max, new int[] {1, 2, 5});
        }
        if (boundaries.isEmpty()) {
            String only = min.equals(max) ? text(min) : text(min) + "–" + text(max);
            return new MapClasses(List.of(new MapClass(null, null, only)));
        }
        boundaries = boundaries.subList(Math.max(0, boundaries.size() - (MOST - 1)), boundaries.size());
        List<MapClass> classes = new ArrayList<>();
        classes.add(new MapClass(null, boundaries.getFirst(), "< " + text(boundaries.getFirst())));
        for (int i = 0; i + 1 < boundaries.size(); i++) {
            classes.add(new MapClass(boundaries.get(i), boundaries.get(i + 1),
                    text(boundaries.get(i)) + "–" + text(boundaries.get(i + 1))));
        }
        classes.add(new MapClass(boundaries.getLast(), null, "≥ " + text(boundaries.getLast())));
        return new MapClasses(List.copyOf(classes));
    }

    /** Every {@code step × 10^k} with {@code min < boundary <= max}, in order. */
    private static List<BigDecimal> boundaries(BigDecimal min, BigDecimal max, int[] steps) {
        List<BigDecimal> boundaries = new ArrayList<>();
        BigDecimal decade = ChartOption.powerOfTenAtOrBelow(min);
        while (decade.compareTo(max) <= 0) {
            for (int step : steps) {
                BigDecimal boundary = decade.multiply(BigDecimal.valueOf(step));
                if (boundary.compareTo(min) > 0 && boundary.compareTo(max) <= 0) {
                    boundaries.add(boundary);
                }
            }
            decade = decade.multiply(BigDecimal.TEN);
        }
        return boundaries;
    }

    private static String text(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
