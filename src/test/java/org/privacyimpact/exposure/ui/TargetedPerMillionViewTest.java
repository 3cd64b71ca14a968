package org.privacyimpact.exposure.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.privacyimpact.IntegrationTest;
import org.privacyimpact.exposure.ExposureFilter;
import org.privacyimpact.exposure.ExposureSort;
import org.privacyimpact.exposure.TargetedPerMillionQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.privacyimpact.ui.SourceDialog;
import org.privacyimpact.ui.chart.ChartOption;

@IntegrationTest
class TargetedPerMillionViewTest extends SpringBrowserlessTest {

    @Autowired
    TargetedPerMillionQuery query;

    private TargetedPerMillionView view;

    @BeforeEach
    void open() {
        view = navigate(TargetedPerMillionView.class);
    }

    @Test
    void tableShowsEveryCountryOfTheCampaignWithItsRate() {
        var grid = test(view.grid);
        int india = rowOf("India");
        int worldwide = rowOf("Worldwide");

        assertThat(grid.size()).isEqualTo(17);
        assertThat(text(grid.getCellComponent(india, "targeted"))).isEqualTo("121");
        assertThat(text(grid.getCellComponent(india, "rate"))).isEqualTo("0.30");
        assertThat(text(grid.getCellComponent(worldwide, "rate"))).isEqualTo("0.93");
        assertThat(text(grid.getCellComponent(india, "users"))).isEqualTo("about 400 million (2019-11)");
        // no WhatsApp figure for Bahrain: the row says so instead of showing a number
        assertThat(text(grid.getCellComponent(rowOf("Bahrain"), "rate"))).isEqualTo("n/a");
    }

    @Test
    void chartDrawsTheRowsThatHaveARate() {
        ChartOption option = view.chart.getOption();
        var withRate = query.findAll(ExposureFilter.whatsApp2019(), ExposureSort.HIGHEST_RATE_FIRST).stream()
                .filter(row -> row.perMillion() != null).toList();

        assertThat(option.yAxis().data()).containsExactlyElementsOf(
                withRate.stream().map(row -> row.area().name()).toList()).contains("Worldwide", "India");
        assertThat(option.series().getFirst().data()).extracting(ChartOption.DataPoint::value)
                .containsExactlyElementsOf(withRate.stream().map(row -> row.perMillion()).toList())
                .contains(new BigDecimal("0.933333"), new BigDecimal("0.302500"));
        ChartOption.DataPoint india = option.series().getFirst().data()
                .get(option.yAxis().data().indexOf("India"));
        assertThat(india.label().formatter()).isEqualTo("0.30");
        assertThat(india.tooltip().formatter()).startsWith("India: 121 people").contains("0.30 per million WhatsApp");
        assertThat(option.aria().enabled()).isTrue();
    }

    @Test
    void chartIsDescribedInWordsForScreenReaders() {
        assertThat(find(ListItem.class, view.chartSummary).all()).extracting(ListItem::getText)
                .contains("India: 121 people (notified by the platform) in 2019 — 0.30 per million WhatsApp "
                        + "users (about 400 million, 2019-11).");
    }

    @Test
    void policymakerClicksIndiasNumberAndReadsTheVerbatimQuote() {
        Button indiaCount = (Button) test(view.grid).getCellComponent(rowOf("India"), "targeted");

        test(indiaCount).click();

        SourceDialog dialog = (SourceDialog) find(Dialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Source: people targeted, India");
        assertThat(find(Span.class, dialog).all()).extracting(Span::getText)
                .contains("“Sources said WhatsApp had informed the Centre in September that 121 Indian users "
                        + "were targeted by Pegasus.”");
        assertThat(find(Anchor.class, dialog).single().getHref())
                .startsWith("https://www.newindianexpress.com/nation/2019/nov/03/");
    }

    @Test
    void competingCourtExhibitFigureIsOneClickAwayToo() {
        Button exhibit = find(Button.class, test(view.grid).getCellComponent(rowOf("Worldwide"), "competing"))
                .single();

        assertThat(exhibit.getText()).startsWith("1,223");
        test(exhibit).click();
        assertThat(find(Span.class, find(Dialog.class).single()).all()).extracting(Span::getText)
                .anyMatch(text -> text.contains("target 1,223 WhatsApp users in 51 different countries"));
    }

    @Test
    void downloadCsvGivesTheTableRows() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        test(view.downloadCsv).download(out);

        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(1 + 17);
        assertThat(csv.lines()).anyMatch(line -> line.startsWith("India,IN,WA2019,") && line.contains(",0.302500,"));
    }

    private int rowOf(String area) {
        var grid = test(view.grid);
        for (int row = 0; row < grid.size(); row++) {
            if (grid.getRow(row).area().name().equals(area)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + area);
    }

    private static String text(com.vaadin.flow.component.Component cell) {
        return cell.getElement().getTextRecursively();
    }
}
