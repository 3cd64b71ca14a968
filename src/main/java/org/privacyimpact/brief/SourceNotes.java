package org.privacyimpact.brief;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.privacyimpact.dataset.SourceCitation;

/**
 * The brief's numbered notes: each cited passage (a document and the sentence quoted from it) gets a number the
 * first time a figure cites it, and the list at the end gives each number's document, address and quote.
 */
final class SourceNotes {

    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final List<SourceCitation> cited = new ArrayList<>();

    /** The note's number, 1 for the first passage cited. */
    int number(SourceCitation citation) {
        return numbers.computeIfAbsent(citation.url() + "\n" + citation.quote(), key -> {
            cited.add(citation);
            return cited.size();
        });
    }

    /** Every passage cited, in the order of their numbers. */
    List<SourceCitation> cited() {
        return List.copyOf(cited);
    }
}
