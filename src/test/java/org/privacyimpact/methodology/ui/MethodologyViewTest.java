package org.privacyimpact.methodology.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacyimpact.db.Tables.SOURCE;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.privacyimpact.IntegrationTest;
import org.privacyimpact.common.address.ApiAddresses;
import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.dataset.DatasetQuery;
import org.privacyimpact.dataset.DatasetRelease;
import org.privacyimpact.dataset.SourceFilter;
import org.privacyimpact.dataset.SourceSummary;
import org.privacyimpact.exposure.Denominator;
import org.privacyimpact.exposure.MissingUserFigure;
import org.privacyimpact.exposure.RateCoverage;
import org.privacyimpact.exposure.RateCoverageQuery;
import org.privacyimpact.exposure.RateUnavailable;
import org.privacyimpact.ui.BrowserlessNavigation;
import org.privacyimpact.ui.MainLayout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
class MethodologyViewTest extends SpringBrowserlessTest {

    @Autowired
    DatasetQuery datasetQuery;

    @Autowired
    DSLContext db;

    @Autowired
    RateCoverageQuery coverage;

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
    void policymakerReadsThatAFigureMayCountPhoneNumbersOrAccountsRatherThanPeople() {
        assertThat(view.getElement().getTextRecursively()).contains("Most sources count people. Some count phone "
                + "numbers, phones, accounts, devices, IP addresses or customers instead");
    }

    @Test
    void policymakerReadsHowExactARateIsAndWhatEachFigureMayBeDividedBy() {
        String text = view.getElement().getTextRecursively();

        assertThat(text).contains("How exact a rate is", "at most about 0.93", "rate_bound")
                .contains(org.privacyimpact.dataset.DenominatorRule.SEVERAL_PLATFORMS.explanation())
                .contains("which is not the same as none targeted");
    }

    /** Each cell of the coverage table says what the query counts, with the heading a phone shows beside it. */
    @Test
    void policymakerSeesHowManyFiguresOfEachKindHaveARateAndWhyTheOthersDoNot() {
        RateCoverage notified = coverage.coverage().stream()
                .filter(entry -> entry.kind() == CountKind.NOTIFIED_BY_PLATFORM
                        && entry.denominator() == Denominator.PLATFORM_USERS).findFirst().orElseThrow();
        NativeTableRow row = find(NativeTableRow.class, view).all().stream()
                .filter(candidate -> candidate.getAllCells().getFirst().getElement().getText()
                        .equals(CountKind.NOTIFIED_BY_PLATFORM.label())).findFirst().orElseThrow();

        NativeTableCell platformUsers = row.getDataCell(1).orElseThrow();
        assertThat(platformUsers.getElement().getAttribute("data-label")).isEqualTo("Per million platform users");
        assertThat(platformUsers.getElement().getTextRecursively())
                .startsWith("%d of %d have a rate (%d%%)".formatted(notified.withRate(), notified.figures(),
                        notified.percentWithRate()))
                .contains(notified.withoutRate().get(RateUnavailable.NO_USER_BASE_NEARBY) + ": no user figure within 2 years");
        assertThat(row.getDataCell(0).orElseThrow().getElement().getTextRecursively())
                .isEqualTo(String.valueOf(notified.figures()));
        assertThat(find(NativeTableRow.class, view).all()).hasSize(1 + CountKind.values().length);
        MissingUserFigure gap = coverage.missingUserFigures().getFirst();
        assertThat(view.getElement().getTextRecursively()).contains("User figures the dataset does not have yet")
                .contains("Per million " + gap.denominator().label() + ", " + gap.platform() + ": ")
                .contains(gap.describe());
    }

    @Test
    void everySourceIsListedWithAWorkingLinkThatOpensInANewTab() {
        var grid = test(view.sources);
        assertThat(grid.size()).isEqualTo(MethodologyView.SOURCES_PER_PAGE);
        while (view.showMore.isVisible()) {
            test(view.showMore).click();
        }

        assertThat(grid.size()).isEqualTo(datasetQuery.countSources(SourceFilter.ALL)).isGreaterThan(150);
        for (int row = 0; row < grid.size(); row++) {
            Anchor link = find(Anchor.class, grid.getCellComponent(row, "source")).single();
            assertThat(link.getHref()).isEqualTo(grid.getRow(row).url()).matches("https?://\\S+");
            assertThat(link.getTarget()).contains(AnchorTarget.BLANK.getValue());
        }
    }

    /** Every release, the current one first, with its day in words, its summary and each change it lists. */
    @Test
    void theDatasetVersionAndItsChangesAreShown() {
        List<DatasetRelease> releases = datasetQuery.releases();
        assertThat(releases).hasSizeGreaterThanOrEqualTo(4);

        assertThat(find(H4.class, view.releases).all()).extracting(H4::getText).containsExactlyElementsOf(
                releases.stream().map(release -> release.version() + " — " + inWords(release.releasedOn())).toList());
        String shown = view.releases.getElement().getTextRecursively();
        assertThat(releases).allSatisfy(release -> assertThat(shown).contains(release.summary())
                .contains(release.changes()));
        DatasetRelease current = datasetQuery.currentRelease();
        assertThat(releases.getFirst()).isEqualTo(current);
        MainLayout layout = find(MainLayout.class).single();
        assertThat(find(Span.class, layout).all()).extracting(Span::getText)
                .contains("Dataset " + current.version() + " (" + inWords(current.releasedOn()) + ")");
    }

    /** The reader's form of a day, written out here so that a change to the pages' format fails this test. */
    private static String inWords(LocalDate day) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(day);
    }

    @Test
    void analystsAreShownWhereTheDataApiIsDescribed() {
        assertThat(find(Anchor.class).all()).filteredOn(link -> link.getHref().startsWith("/api/v1/"))
                .extracting(Anchor::getHref).containsExactly(ApiAddresses.OPENAPI, ApiAddresses.FIGURES_CSV)
                .allSatisfy(href -> assertThat(href).isNotBlank());
        assertThat(find(Anchor.class).all()).filteredOn(link -> link.getHref().startsWith("/api/v1/"))
                .allMatch(Anchor::isRouterIgnore);
    }

    @Test
    void analystsAreOfferedTheReleasesFeedBesideTheVersions() {
        assertThat(view.feed.getHref()).isEqualTo("releases.atom");
        assertThat(view.feed.getElement().hasAttribute("router-ignore")).as("fetched by the browser, not routed")
                .isTrue();
        assertThat(view.feed.getElement().getParent().getTextRecursively())
                .isEqualTo("To hear of each new version, subscribe to the releases' Atom feed in a feed reader.");
    }

    @Test
    void theSourcesTakeTheHeightTheyNeedInsteadOfASmallScroller() {
        assertThat(view.sources.isAllRowsVisible()).isTrue();
        assertThat(view.sources.getHeight()).isNull();
        assertThat(view.sourceCount.getText()).isEqualTo(datasetQuery.countSources(SourceFilter.ALL) + " sources");
        int more = Math.min(MethodologyView.SOURCES_PER_PAGE,
                datasetQuery.countSources(SourceFilter.ALL) - MethodologyView.SOURCES_PER_PAGE);
        assertThat(view.showMore.isVisible()).as("today's sources take more than one page").isTrue();
        assertThat(view.showMore.getText()).startsWith("Show " + more + " more");
    }

    @Test
    void journalistFindsTheSourcesOfOnePublicationWhateverTheCaseAndCanShareTheSearch() {
        test(view.search).setValue("SCROLL.IN");

        var grid = test(view.sources);
        assertThat(grid.size()).isBetween(2, datasetQuery.countSources(SourceFilter.ALL) - 1);
        for (int row = 0; row < grid.size(); row++) {
            SourceSummary source = grid.getRow(row);
            assertThat(source.title() + " " + source.publisher() + " " + source.url()).containsIgnoringCase("scroll.in");
        }
        assertThat(view.sourceCount.getText())
                .isEqualTo(grid.size() + " of " + datasetQuery.countSources(SourceFilter.ALL) + " sources match");
        assertThat(BrowserlessNavigation.currentAddress()).isEqualTo("methodology?q=SCROLL.IN");
    }

    @Test
    void aSharedSearchOpensWithItsWordsAndAnEmptySearchSaysSo() {
        BrowserlessNavigation.open("methodology?q=no%20such%20publication");
        MethodologyView shared = find(MethodologyView.class).single();

        assertThat(shared.search.getValue()).isEqualTo("no such publication");
        assertThat(test(shared.sources).size()).isZero();
        assertThat(shared.sources.getEmptyStateText()).contains("No source");
        assertThat(shared.sourceCount.getText())
                .isEqualTo("0 of " + datasetQuery.countSources(SourceFilter.ALL) + " sources match");
    }

    /** Only the rows listed so far are fetched: a dataset with thousands of sources is read a page at a time. */
    @Test
    @Transactional
    void manySourcesArriveAPageAtATime() {
        int added = MethodologyView.SOURCES_PER_PAGE + 20;
        for (int n = 1; n <= added; n++) {
            db.insertInto(SOURCE, SOURCE.TITLE, SOURCE.URL)
                    .values("Synthetic report " + n, "https://example.org/synthetic/" + n).execute();
        }
        BrowserlessNavigation.open("methodology?q=synthetic%20report");
        MethodologyView many = find(MethodologyView.class).single();

        assertThat(test(many.sources).size()).isEqualTo(MethodologyView.SOURCES_PER_PAGE);
        assertThat(many.showMore.getText()).isEqualTo("Show 20 more (100 of 120 listed)");
        test(many.showMore).click();
        assertThat(test(many.sources).size()).isEqualTo(added);
        assertThat(many.showMore.isVisible()).isFalse();
    }
}
