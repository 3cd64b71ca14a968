package org.privacyimpact.curation.ui;

import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;
import org.privacyimpact.curation.CuratedRow;

/** Choosing a published source by its title (the value kept is its URL, the key figures cite it by). */
final class SourceChoices {

    private SourceChoices() {
    }

    static void configure(ComboBox<String> field, List<CuratedRow> sources) {
        field.setItems(sources.stream().map(CuratedRow::key).toList());
        field.setItemLabelGenerator(url -> sources.stream().filter(s -> s.key().equals(url)).findFirst()
                .map(s -> s.title() + " — " + url).orElse(url));
        field.setHelperText("Not in the list? Add the source first (Curate › Sources › New)");
        field.setClearButtonVisible(true);
    }
}
