package org.privacyimpact.common;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes well-formed XHTML: for the PDF renderer (a brief), or as an HTML page for browsers (an embed). StAX
 * escapes every text and attribute, so a figure's quote or an incident's summary can hold any character without
 * changing the document. An element written with {@link #start} and {@link #end} is closed with its own end tag
 * even when empty, as HTML wants for a script or a custom element.
 */
public final class XhtmlWriter {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    private final StringWriter out = new StringWriter();
    private final XMLStreamWriter xml;

    private XhtmlWriter(boolean forBrowsers) {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        write(() -> {
            if (forBrowsers) {
                xml.writeDTD("<!DOCTYPE html>");
            } else {
                xml.writeStartDocument("UTF-8", "1.0");
            }
            xml.writeStartElement("html");
            xml.writeDefaultNamespace(XHTML);
            xml.writeAttribute("lang", "en");
        });
    }

    /** A document for an XML reader such as the PDF renderer: it opens with the XML declaration. */
    public static XhtmlWriter forXml() {
        return new XhtmlWriter(false);
    }

    /** A page for browsers: it opens with HTML's doctype, and is read by their HTML parser. */
    public static XhtmlWriter forBrowsers() {
        return new XhtmlWriter(true);
    }

    /** Opens an element; {@code attributes} are names and values in turn. */
    public XhtmlWriter start(String name, String... attributes) {
        return write(() -> {
            xml.writeStartElement(name);
            attributes(attributes);
        });
    }

    public XhtmlWriter end() {
        return write(xml::writeEndElement);
    }

    public XhtmlWriter text(String text) {
        return write(() -> xml.writeCharacters(text));
    }

    /** An element holding only {@code text}. */
    public XhtmlWriter element(String name, String text, String... attributes) {
        return start(name, attributes).text(text).end();
    }

    /** An element with nothing inside, such as a bar of a chart. */
    public XhtmlWriter empty(String name, String... attributes) {
        return write(() -> {
            xml.writeEmptyElement(name);
            attributes(attributes);
        });
    }

    /** Closes every element still open and gives the document. */
    public String finish() {
        write(() -> {
            xml.writeEndDocument();
            xml.close();
        });
        return out.toString();
    }

    /** Something to write; StAX says what went wrong with a checked exception, which this turns unchecked. */
    @FunctionalInterface
    private interface Step {
        void run() throws XMLStreamException;
    }

    private XhtmlWriter write(Step step) {
        try {
            step.run();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        return this;
    }

    private void attributes(String... attributes) throws XMLStreamException {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("Attributes come in names and values: " + attributes.length);
        }
        for (int i = 0; i < attributes.length; i += 2) {
            xml.writeAttribute(attributes[i], attributes[i + 1]);
        }
    }

    private static IllegalStateException failed(XMLStreamException e) {
        return new IllegalStateException("Could not write the XHTML", e);
    }
}
