package org.privacyimpact.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

/**
 * Tables as a reader sees them: at a desk's width beside the drawer, a list fits without scrolling sideways;
 * on a phone, the column that says which row it is stays in view while the rest scrolls.
 */
class TablesFitBrowserIT extends InBrowser {

    /**
     * The first table's scrolled and visible widths, and its frozen columns' headers, once its rows are in and it
     * is laid out.
     */
    private static final String TABLE = """
            const grid = document.querySelector('#outlet vaadin-grid');
            if (!grid || !grid.querySelector('vaadin-grid-cell-content')) { return null; }
            const table = grid.shadowRoot.querySelector('#table');
            // a grid whose rows are in but that is not laid out yet has no width to compare
            if (!table || table.clientWidth === 0) { return null; }
            const frozen = [...grid.querySelectorAll('vaadin-grid-column, vaadin-grid-sort-column')]
                .filter(column => column.frozen && !column.hidden).map(column => column.path || column.header || '');
            return [table.scrollWidth, table.clientWidth, frozen.length];
            """;

    @SuppressWarnings("unchecked")
    private List<Number> firstTable(String address, Dimension window) {
        browser.manage().window().setSize(window);
        browser.get(url(address));
        return (List<Number>) wait.until(driver -> js().executeScript(TABLE));
    }

    @Test
    void theIncidentListFitsBesideTheDrawerAtADesksWidth() {
        List<Number> table = firstTable("/incidents", new Dimension(1366, 900));

        assertThat(table.get(0).intValue()).as("the list's width, beside the width it has")
                .isLessThanOrEqualTo(table.get(1).intValue());
    }

    @Test
    void onAPhoneTheIncidentListAndACountrysTablesKeepTheirFirstColumnInView() {
        for (String address : List.of("/incidents", "/countries/IN")) {
            List<Number> table = firstTable(address, new Dimension(390, 844));

            assertThat(table.get(0).intValue()).as("%s scrolls sideways inside the table", address)
                    .isGreaterThan(table.get(1).intValue());
            assertThat(table.get(2).intValue()).as("%s's frozen columns", address).isEqualTo(1);
            assertThat(((Number) js().executeScript("return document.scrollingElement.scrollWidth")).intValue())
                    .as("%s: the page itself does not scroll sideways", address)
                    .isLessThanOrEqualTo(((Number) js().executeScript("return window.innerWidth")).intValue());
        }
    }
}
