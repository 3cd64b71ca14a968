package org.privacyimpact.curation.ui;

import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.privacyimpact.common.validation.FieldProblem;
import org.privacyimpact.curation.CuratedRow;
import org.privacyimpact.curation.IncidentDraft;
import org.privacyimpact.ui.IsoDatePicker;

/** A campaign or investigation; its figures are separate records. */
class IncidentForm extends DraftForm<IncidentDraft> {

    final TextField id = key("id", new TextField("Id"));
    final TextField shortName = field("short_name", new TextField("Short name (chart labels)"));
    final TextField name = wide("name", new TextField("Name"));
    final TextField toolOrVendor = field("tool_or_vendor", new TextField("Spyware or vendor"));
    final ComboBox<String> platform = field("platform", new ComboBox<>("Platform used (if any)"));
    final TextField vector = wide("vector_description", new TextField("How it was delivered"));
    final IntegerField yearStart = field("year_start", new IntegerField("From year"));
    final IntegerField yearEnd = field("year_end", new IntegerField("To year"));
    final DatePicker disclosedOn = field("disclosed_on", new IsoDatePicker("Disclosed on"));
    final TextArea summary = wide("summary", new TextArea("Summary for readers"));
    final TextArea caveats = wide("caveats", new TextArea("Caveats"));
    final TextArea reply = wide("right_of_reply", new TextArea("Right of reply (the vendor's or government's words)"));
    final ComboBox<String> replySource = wide("right_of_reply_source_url", new ComboBox<>("Where the reply was published"));

    IncidentForm(List<String> platforms, List<CuratedRow> sources) {
        id.setHelperText("Letters, digits, hyphens, e.g. WA2019; it cannot change later");
        name.setRequiredIndicatorVisible(true);
        toolOrVendor.setRequiredIndicatorVisible(true);
        yearStart.setRequiredIndicatorVisible(true);
        platform.setItems(platforms);
        platform.setClearButtonVisible(true);
        SourceChoices.configure(replySource, sources);
    }

    @Override
    void read(IncidentDraft d, boolean existing) {
        id.setValue(FigureForm.orEmpty(d.id()));
        fixKey(existing);
        name.setValue(FigureForm.orEmpty(d.name()));
        shortName.setValue(FigureForm.orEmpty(d.shortName()));
        toolOrVendor.setValue(FigureForm.orEmpty(d.toolOrVendor()));
        platform.setValue(d.vectorPlatform());
        vector.setValue(FigureForm.orEmpty(d.vectorDescription()));
        yearStart.setValue(d.yearStart());
        yearEnd.setValue(d.yearEnd());
        disclosedOn.setValue(d.disclosedOn());
        summary.setValue(FigureForm.orEmpty(d.summary()));
        caveats.setValue(FigureForm.orEmpty(d.caveats()));
        reply.setValue(FigureForm.orEmpty(d.rightOfReply()));
        replySource.setValue(d.rightOfReplySourceUrl());
    }

    @Override
    IncidentDraft write(List<FieldProblem> problems) {
        return new IncidentDraft(id.getValue(), name.getValue(), shortName.getValue(), toolOrVendor.getValue(),
                platform.getValue(), vector.getValue(), yearStart.getValue(), yearEnd.getValue(),
                disclosedOn.getValue(), summary.getValue(), caveats.getValue(), reply.getValue(),
                replySource.getValue());
    }
}
