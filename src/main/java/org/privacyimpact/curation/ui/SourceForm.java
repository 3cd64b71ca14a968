package org.privacyimpact.curation.ui;

import java.util.List;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.privacyimpact.common.validation.FieldProblem;
import org.privacyimpact.curation.SourceDraft;
import org.privacyimpact.ui.IsoDatePicker;

/** A published document. Its date may be known to the day, or only to the month. */
class SourceForm extends DraftForm<SourceDraft> {

    final TextField title = wide("title", new TextField("Title"));
    final TextField publisher = field("publisher", new TextField("Publisher"));
    final TextField url = wide("url", new TextField("Web address"));
    final DatePicker publishedOn = field("published_on", new IsoDatePicker("Published on"));
    final IntegerField publishedYear = field("published_year", new IntegerField("…or only the year"));
    final IntegerField publishedMonth = field("published_month", new IntegerField("…and month"));

    SourceForm() {
        title.setRequiredIndicatorVisible(true);
        url.setRequiredIndicatorVisible(true);
        url.setHelperText("https://…, where a reader can check the quote");
        publishedYear.setHelperText("If the day is not known");
        publishedMonth.setMin(1);
        publishedMonth.setMax(12);
    }

    @Override
    void read(SourceDraft d, boolean existing) {
        title.setValue(FigureForm.orEmpty(d.title()));
        publisher.setValue(FigureForm.orEmpty(d.publisher()));
        url.setValue(FigureForm.orEmpty(d.url()));
        publishedOn.setValue(d.publishedOn());
        publishedYear.setValue(d.publishedOn() == null ? d.publishedYear() : null);
        publishedMonth.setValue(d.publishedOn() == null ? d.publishedMonth() : null);
    }

    @Override
    SourceDraft write(List<FieldProblem> problems) {
        return new SourceDraft(title.getValue(), publisher.getValue(), url.getValue(), publishedOn.getValue(),
                publishedYear.getValue(), publishedMonth.getValue());
    }
}
