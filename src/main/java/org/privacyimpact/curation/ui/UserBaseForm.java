package org.privacyimpact.curation.ui;

import java.util.List;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.privacyimpact.common.validation.FieldProblem;
import org.privacyimpact.curation.CuratedRow;
import org.privacyimpact.curation.UserBaseDraft;
import org.privacyimpact.dataset.UserBaseMetric;
import org.privacyimpact.dataset.ValueQualifier;

/** A denominator: a platform's users, internet users or population in one area at one date. */
class UserBaseForm extends DraftForm<UserBaseDraft> {

    final TextField referenceId = key("reference_id", new TextField("Reference id"));
    final ComboBox<String> platform = field("platform", new ComboBox<>("Platform"));
    final TextField country = field("country_iso2", new TextField("Country (ISO code)"));
    final TextField users = field("users", new TextField("Users"));
    final ComboBox<ValueQualifier> qualifier = field("users_qualifier", new ComboBox<>("How exact"));
    final ComboBox<UserBaseMetric> metric = field("metric", new ComboBox<>("What the number counts"));
    final IntegerField year = field("as_of", new IntegerField("As of year"));
    final IntegerField month = field("as_of_month", new IntegerField("As of month (optional)"));
    final Checkbox verified = field("verified", new Checkbox("Verified against the source"));
    final ComboBox<String> sourceUrl = wide("source_url", new ComboBox<>("Source"));
    final TextArea quote = wide("source_quote", new TextArea("The source's words, verbatim"));
    final TextArea notes = wide("notes", new TextArea("Notes for readers"));

    UserBaseForm(List<String> platforms, List<CuratedRow> sources) {
        referenceId.setHelperText("Leave empty to get one like UB-WHATSAPP-IN-2019; it cannot change later");
        platform.setItems(platforms);
        country.setHelperText("Two letters, e.g. IN; empty for worldwide");
        country.setMaxLength(2);
        users.setHelperText("Digits only, e.g. 400000000");
        qualifier.setItems(ValueQualifier.values());
        qualifier.setItemLabelGenerator(ValueQualifier::words);
        metric.setItems(UserBaseMetric.values());
        metric.setItemLabelGenerator(UserBaseMetric::label);
        metric.setHelperText("\"users\" unless the source says monthly active users");
        month.setMin(1);
        month.setMax(12);
        SourceChoices.configure(sourceUrl, sources);
        quote.setRequiredIndicatorVisible(true);
        sourceUrl.setRequiredIndicatorVisible(true);
    }

    @Override
    void read(UserBaseDraft d, boolean existing) {
        referenceId.setValue(FigureForm.orEmpty(d.referenceId()));
        fixKey(existing);
        platform.setValue(d.platform());
        country.setValue(FigureForm.orEmpty(d.countryIso2()));
        users.setValue(d.users() == null ? "" : String.valueOf(d.users()));
        qualifier.setValue(d.usersQualifier());
        metric.setValue(d.metric());
        year.setValue(d.asOfYear());
        month.setValue(d.asOfMonth());
        verified.setValue(d.verified());
        sourceUrl.setValue(d.sourceUrl());
        quote.setValue(FigureForm.orEmpty(d.sourceQuote()));
        notes.setValue(FigureForm.orEmpty(d.notes()));
    }

    @Override
    UserBaseDraft write(List<FieldProblem> problems) {
        return new UserBaseDraft(referenceId.getValue(), platform.getValue(), country.getValue(),
                wholeNumber(users, "users", problems), qualifier.getValue(), metric.getValue(), year.getValue(),
                month.getValue(), verified.getValue(), notes.getValue(), sourceUrl.getValue(), quote.getValue());
    }
}
