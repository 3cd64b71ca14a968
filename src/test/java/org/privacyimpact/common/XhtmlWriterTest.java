package org.privacyimpact.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class XhtmlWriterTest {

    @Test
    void whatASourceSaysIsTextNeverMarkup() throws Exception {
        String said = "<script>alert('x')</script> & \"quoted\"";
        XhtmlWriter writer = XhtmlWriter.forXml();
        writer.start("body").element("p", said, "title", said);

        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(writer.finish().getBytes(StandardCharsets.UTF_8)));

        Element paragraph = (Element) document.getElementsByTagName("p").item(0);
        assertThat(paragraph.getTextContent()).isEqualTo(said);
        assertThat(paragraph.getAttribute("title")).isEqualTo(said);
        assertThat(document.getElementsByTagName("script").getLength()).isZero();
    }

    /** An HTML parser reads <script/> as an open script swallowing the page: every element gets its end tag. */
    @Test
    void aPageForBrowsersHasHtmlsDoctypeAndClosesEmptyElements() {
        XhtmlWriter writer = XhtmlWriter.forBrowsers();
        writer.start("body").start("pid-echart", "data-option", "{\"a\":\"<b>\"}").end()
                .start("script", "type", "module", "src", "/embed.js").end();

        String page = writer.finish();

        assertThat(page).startsWith("<!DOCTYPE html><html").doesNotContain("<?xml")
                .contains("<pid-echart data-option=\"{&quot;a&quot;:&quot;&lt;b&gt;&quot;}\"></pid-echart>")
                .contains("<script type=\"module\" src=\"/embed.js\"></script>");
    }
}
