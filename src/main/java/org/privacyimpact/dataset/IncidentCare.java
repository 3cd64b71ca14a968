package org.privacyimpact.dataset;

import java.util.ArrayList;
import java.util.List;

/**
 * What an incident's figures are to be read with, as its page says it: its caveats, and the vendor's or a
 * government's reply where one was published. A report holding figures of several incidents (a country's) names
 * the incident before each note.
 *
 * @param caveats          null where the incident has none
 * @param rightOfReply     null where no published response was found
 * @param replySourceTitle the reply's source, null with the reply
 */
public record IncidentCare(String incident, String caveats, String rightOfReply, String replySourceTitle,
                           String replySourceUrl) {

    /** Every note of these incidents, in their order. */
    public static List<String> notesOf(List<IncidentCare> incidents) {
        return incidents.stream().flatMap(incident -> incident.notes().stream()).toList();
    }

    /** "NSO Pegasus via WhatsApp: …", then "NSO Pegasus via WhatsApp, right of reply: “…” (title, address)". */
    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (caveats != null) {
            notes.add(incident + ": " + caveats);
        }
        if (rightOfReply != null) {
            notes.add(incident + ", right of reply: \u201C" + rightOfReply + "\u201D (" + replySourceTitle + ", "
                    + replySourceUrl + ")");
        }
        return notes;
    }
}
