package org.privacyimpact.feed;

import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.privacyimpact.dataset.DatasetRelease;

/**
 * The dataset's releases as an Atom 1.0 document (RFC 4287): one entry per version, newest first, with its
 * date, summary and changelog, each linking to the methodology page that lists them. Written with StAX, which
 * escapes every text; the links are absolute, from the address the feed was asked for.
 */
final class ReleasesAtom {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String NAME = "Privacy Impact Dashboard";

    private ReleasesAtom() {
    }

    /**
     * @param releases newest first, as {@code DatasetQuery.releases()} lists them; at least one
     * @param site     the dashboard's own address, e.g. https://example.org/
     */
    static String of(List<DatasetRelease> releases, URI site) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "id", id("dataset-releases"));
            element(xml, "title", NAME + " — dataset releases");
            element(xml, "subtitle", "Each version of the curated dataset of surveillance incidents and the "
                    + "numbers of people they targeted: what it added, corrected or retired.");
            element(xml, "updated", timestamp(releases.getFirst().releasedOn()));
            link(xml, "self", site.resolve(ReleasesFeedController.PATH.substring(1)));
            link(xml, "alternate", site.resolve("methodology"));
            xml.writeStartElement("author");
            element(xml, "name", NAME);
            xml.writeEndElement();
            for (DatasetRelease release : releases) {
                entry(xml, release, site);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the releases feed", e);
        }
        return out.toString();
    }

    private static void entry(XMLStreamWriter xml, DatasetRelease release, URI site) throws XMLStreamException {
        xml.writeStartElement("entry");
        element(xml, "id", id("dataset-release/" + release.version()));
        element(xml, "title", "Dataset " + release.version());
        element(xml, "updated", timestamp(release.releasedOn()));
        element(xml, "published", timestamp(release.releasedOn()));
        link(xml, "alternate", site.resolve("methodology"));
        element(xml, "summary", release.summary());
        xml.writeStartElement("content");
        xml.writeAttribute("type", "xhtml");
        xml.writeStartElement("div");
        xml.writeDefaultNamespace(XHTML);
        element(xml, "p", release.summary());
        if (!release.changes().isEmpty()) {
            xml.writeStartElement("ul");
            for (String change : release.changes()) {
                element(xml, "li", change);
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /**
     * A permanent id that does not depend on the address the dashboard is served from, so a feed reader that
     * meets the same release through another address does not show it twice: a name-based UUID.
     */
    private static String id(String name) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("privacy-impact-dashboard/" + name)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** A release is dated to the day; Atom wants a moment, so midnight UTC of that day. */
    private static String timestamp(LocalDate day) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(day.atStartOfDay().atOffset(ZoneOffset.UTC));
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, URI href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href.toString());
    }
}
