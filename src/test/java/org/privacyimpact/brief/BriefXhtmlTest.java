package org.privacyimpact.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.privacyimpact.IntegrationTest;
import org.privacyimpact.exposure.Denominator;
import org.privacyimpact.exposure.RateBoundWords;
import org.privacyimpact.exposure.TargetedPerMillion;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What a brief's document says and draws, read from its XHTML before it is laid out as PDF. */
@IntegrationTest
class BriefXhtmlTest {

    @Autowired
    BriefContents contents;

    @Autowired
    BriefPdf pdf;

    static Document parse(String xhtml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> select(Document document, String xpath) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document,
                XPathConstants.NODESET);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static boolean marked(Element cell) throws Exception {
        return cell.getElementsByTagName("em").getLength() > 0
                && cell.getTextContent().contains(BriefXhtml.UNVERIFIED);
    }

    /** Every word a rate's bound is written in ("roughly" too) is read in the brief's "How to read". */
    @Test
    void howToReadExplainsEveryWordOfARatesBound() throws Exception {
        Document document = parse(BriefXhtml.of(contents.world("https://example.org"), pdf::canShow, ""));
        String howToRead = select(document, "//*[@class='how-to-read']").getFirst().getTextContent()
                .toLowerCase(java.util.Locale.ROOT);

        assertThat(RateBoundWords.all()).isNotEmpty()
                .allSatisfy(word -> assertThat(howToRead).contains("\"" + word + "\""));
    }

    @Test
    void everyUnverifiedNumberAndEveryRateRestingOnOneIsMarkedInWords() throws Exception {
        Brief brief = contents.world("https://example.org");
        Document document = parse(BriefXhtml.of(brief, pdf::canShow, ""));

        int unverified = 0;
        for (Brief.KindSection section : brief.kinds()) {
            for (Brief.FigureRow row : section.rows()) {
                List<Element> cells = select(document, "//table[@class='figures']/tbody/tr[@data-figure='"
                        + row.figure().figureId() + "']/td");
                assertThat(cells).hasSize(3 + Denominator.values().length);
                assertThat(marked(cells.get(1))).as(row.figure().incidentShortName())
                        .isEqualTo(!row.figure().figureVerified());
                unverified += row.figure().figureVerified() ? 0 : 1;
                for (Denominator denominator : Denominator.values()) {
                    TargetedPerMillion rate = row.rates().get(denominator);
                    Element cell = cells.get(3 + denominator.ordinal());
                    if (rate.perMillion() != null) {
                        assertThat(cell.getTextContent()).startsWith(rate.describeRate());
                        assertThat(marked(cell)).isEqualTo(rate.restsOnUnverified());
                    } else {
                        assertThat(cell.getTextContent()).isEqualTo("No rate: " + rate.rateUnavailable().label());
                    }
                }
            }
        }
        assertThat(unverified).as("the dataset has unverified worldwide figures to mark").isPositive();
    }

    /** A bar's length is its rate over the chart's highest rate, from zero; a hollow bar rests on an unverified one. */
    @Test
    void aChartsBarsFollowTheirValuesOnOneScaleFromZero() throws Exception {
        Brief brief = contents.world("https://example.org");
        Document document = parse(BriefXhtml.of(brief, pdf::canShow, ""));

        List<Element> charts = select(document, "//div[@class='chart']");
        List<Brief.KindSection> drawn = brief.kinds().stream().filter(kind -> !kind.ranking().isEmpty()).toList();
        assertThat(charts).hasSameSizeAs(drawn).isNotEmpty();
        for (int c = 0; c < drawn.size(); c++) {
            List<TargetedPerMillion> ranking = drawn.get(c).ranking();
            BigDecimal highest = ranking.getFirst().perMillion();
            List<Element> bars = new ArrayList<>();
            NodeList divs = charts.get(c).getElementsByTagName("div");
            for (int i = 0; i < divs.getLength(); i++) {
                bars.add((Element) divs.item(i));
            }
            assertThat(bars).hasSameSizeAs(ranking);
            for (int i = 0; i < ranking.size(); i++) {
                TargetedPerMillion row = ranking.get(i);
                double width = Double.parseDouble(bars.get(i).getAttribute("style")
                        .replaceAll("[^0-9.]", ""));
                assertThat(width).as(row.area().name()).isCloseTo(row.perMillion()
                        .divide(highest, MathContext.DECIMAL64).doubleValue() * 100, within(0.01));
                assertThat(bars.get(i).getAttribute("class")).isEqualTo(row.restsOnUnverified() ? "bar hollow" : "bar");
            }
        }
    }

    @Test
    void aTextTheTypefaceCannotDrawIsSaidToBeAtItsAddressNotPrintedAsBoxes() throws Exception {
        String quote = "121 Indian users were targeted";
        Brief india = contents.country("IN", "https://example.org").orElseThrow();

        String xhtml = BriefXhtml.of(india, text -> !text.contains(quote), "");

        assertThat(xhtml).contains(BriefXhtml.NOT_SHOWN).doesNotContain(quote);
        assertThat(pdf.canShow("پاکستان میں سوشل میڈیا")).isFalse();
        assertThat(pdf.canShow("São Paulo — “121” users, Łódź, Ελλάδα, Україна")).isTrue();
    }
}
