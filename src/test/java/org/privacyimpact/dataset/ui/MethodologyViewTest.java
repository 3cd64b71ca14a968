package org.privacyimpact.dataset.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.privacyimpact.IntegrationTest;
import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.dataset.DatasetQuery;
import org.privacyimpact.ui.MainLayout;

@IntegrationTest
class MethodologyViewTest extends SpringBrowserlessTest {

    @Autowired
    DatasetQuery datasetQuery;

    private MethodologyView view;

    @BeforeEach
    void open() {
        view = navigate(MethodologyView.class);
    }

    @Test
    void policymakerReadsWhatEachCountKindMeans() {
        assertThat(find(H4.class, view).all()).extracting(H4::getText)
                .contains(CountKind.LEAKED_LIST_ENTRIES.label(), CountKind.CONFIRMED_FORENSIC.label(),
                        CountKind.NOTIFIED_BY_PLATFORM.label(), CountKind.OFFICIAL_DISCLOSURE.label());
        assertThat(view.getElement().getTextRecursively()).contains("does not prove an attack");
    }

    @Test
    void everySourceIsListedWithAWorkingLinkThatOpensInANewTab() {
        var grid = test(view.sources);

        assertThat(grid.size()).isEqualTo(datasetQuery.countSources()).isGreaterThan(70);
        for (int row = 0; row < grid.size(); row++) {
            Anchor link = find(Anchor.class, grid.getCellComponent(row, "source")).single();
            assertThat(link.getHref()).isEqualTo(grid.getRow(row).url()).matches("https?://\\S+");
            assertThat(link.getTarget()).contains(AnchorTarget.BLANK.getValue());
        }
    }

    @Test
    void theDatasetVersionAndItsChangesAreShown() {
        assertThat(view.releases.getElement().getTextRecursively())
                .contains("2026.12.1 — 2 December 2026").contains("Every rate now says how exact it is")
                .contains("2026.11.1 — 29 November 2026").contains("All 75 target figures")
                .contains("2026.11.0 — 29 November 2026").contains("All ISO 3166-1 countries");
        MainLayout layout = find(MainLayout.class).single();
        assertThat(find(Span.class, layout).all()).extracting(Span::getText)
                .contains("Dataset 2026.12.1 (2 December 2026)");
    }
}
