package org.privacyimpact.exposure;

import java.util.Arrays;
import java.util.List;

/** The words a rate's bound is written in, for tests of the texts that must read them. */
public final class RateBoundWords {

    private RateBoundWords() {
    }

    /** "about", "at least", "at most", "roughly": the labels of every bound but exact, compounds split. */
    public static List<String> all() {
        return Arrays.stream(RateBound.values()).filter(bound -> bound != RateBound.EXACT)
                .map(RateBound::label)
                .flatMap(label -> Arrays.stream(label.split(" (?=about)")))
                .distinct().toList();
    }
}
