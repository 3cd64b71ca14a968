package org.privacyimpact.dataset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** Row numbers written the way a curator reads them: "2–5, 9, 12–40". */
public final class RowNumbers {

    private RowNumbers() {
    }

    public static String describe(Collection<Integer> rows) {
        List<String> parts = new ArrayList<>();
        Integer start = null;
        Integer previous = null;
        for (int row : new TreeSet<>(rows)) {
            if (previous != null && row == previous + 1) {
                previous = row;
                continue;
            }
            if (start != null) {
                parts.add(range(start, previous));
            }
            start = row;
            previous = row;
        }
        if (start != null) {
            parts.add(range(start, previous));
        }
        return String.join(", ", parts);
    }

    private static String range(int start, int end) {
        return start == end ? String.valueOf(start) : start + "–" + end;
    }
}
