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
import org.privacyimpact.ui.SourceDialog;
import org.privacyimpact.ui.chart.ChartOption;

@IntegrationTest
class TargetedPerMillionViewTest extends SpringBrowserlessTest {

    private TargetedPerMillionView view;

    @BeforeEach
    void open() {
        view = navigate(TargetedPerMillionView.class);
    }

    @Test
    void tableShowsWorldwideThenIndiaWithTheirRates() {
        var grid = test(view.grid);

        assertThat(grid.size()).isEqualTo(2);
        assertThat(grid.getRow(0).area().name()).isEqualTo("Worldwide");
        assertThat(grid.getRow(1).area().name()).isEqualTo("India");
        assertThat(text(grid.getCellComponent(1, "targeted"))).isEqualTo("121");
        assertThat(text(grid.getCellComponent(1, "rate"))).isEqualTo("0.30");
        assertThat(text(grid.getCellComponent(0, "rate"))).isEqualTo("0.93");
        assertThat(text(grid.getCellComponent(1, "users"))).isEqualTo("about 400 million (2019-11)");
    }

    @Test
    void chartDrawsTheSameRowsAsTheTable() {
        ChartOption option = view.chart.getOption();

        assertThat(option.yAxis().data()).containsExactly("Worldwide", "India");
        assertThat(option.series().getFirst().data()).extracting(ChartOption.DataPoint::value)
                .containsExactly(new BigDecimal("0.933333"), new BigDecimal("0.302500"));
        assertThat(option.series().getFirst().data()).extracting(point -> point.label().formatter())
                .containsExactly("0.93", "0.30");
        assertThat(option.series().getFirst().data().get(1).tooltip().formatter())
                .startsWith("India: 121 people").contains("0.30 per million WhatsApp");
        assertThat(option.aria().enabled()).isTrue();
    }

    @Test
    void chartIsDescribedInWordsForScreenReaders() {
        assertThat(find(ListItem.class, view.chartSummary).all()).extracting(ListItem::getText)
                .contains("India: 121 people (notified by the platform) in 2019 — 0.30 per million WhatsApp "
                        + "monthly active users (about 400 million, 2019-11).");
    }

    @Test
    void policymakerClicksIndiasNumberAndReadsTheVerbatimQuote() {
        Button indiaCount = (Button) test(view.grid).getCellComponent(1, "targeted");

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
        Button exhibit = find(Button.class, test(view.grid).getCellComponent(0, "competing")).single();

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
        assertThat(csv.lines()).hasSize(3);
        assertThat(csv.lines().toList().get(2)).startsWith("India,IN,WA2019,").contains(",0.302500,");
    }

    private static String text(com.vaadin.flow.component.Component cell) {
        return cell.getElement().getTextRecursively();
    }
}
