package org.privacyimpact.curation.ui;

import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.privacyimpact.audit.AuditAction;
import org.privacyimpact.audit.AuditEntry;
import org.privacyimpact.common.MinuteInUtc;

/** A record's changes, newest first: who, when, why, and each field's old and new value. */
class HistoryPanel extends Div {

    HistoryPanel() {
        addClassName("history-panel");
    }

    void show(List<AuditEntry> entries) {
        removeAll();
        add(new H3("History"));
        if (entries.isEmpty()) {
            add(new Paragraph("No changes through the dashboard yet: the record is as the dataset release loaded it."));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (AuditEntry entry : entries) {
            ListItem item = new ListItem();
            item.addClassName("history-entry");
            Span heading = new Span(MinuteInUtc.of(entry.changedAt()) + " · "
                    + entry.actor() + " · " + entry.action().code());
            heading.addClassName("history-heading");
            item.add(heading);
            if (entry.comment() != null) {
                Paragraph comment = new Paragraph("“" + entry.comment() + "”");
                comment.addClassName("history-comment");
                item.add(comment);
            }
            UnorderedList changes = new UnorderedList();
            entry.changes().forEach(change -> changes.add(new ListItem(describe(entry, change))));
            item.add(changes);
            list.add(item);
        }
        add(list);
    }

    /** "field: old → new", or for a new record "field: value". */
    static String describe(AuditEntry entry, AuditEntry.FieldChange change) {
        return entry.action() == AuditAction.CREATE && change.oldValue() == null
                ? change.field() + ": " + shown(change.newValue()) : describe(change);
    }

    static String describe(AuditEntry.FieldChange change) {
        return change.field() + ": " + shown(change.oldValue()) + " → " + shown(change.newValue());
    }

    static String describe(AuditEntry entry) {
        return entry.changes().stream().map(change -> describe(entry, change)).collect(Collectors.joining("; "));
    }

    private static String shown(String value) {
        if (value == null) {
            return "(none)";
        }
        return value.length() > 160 ? value.substring(0, 157) + "…" : value;
    }
}
