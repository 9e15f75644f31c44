package org.meridian.seo;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes an XML response with StAX, which escapes every text and attribute value. */
final class Xml implements AutoCloseable {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter stream;

    private Xml(XMLStreamWriter stream) {
        this.stream = stream;
    }

    static Xml writer(HttpServletResponse response) throws IOException, XMLStreamException {
        var stream = FACTORY.createXMLStreamWriter(response.getOutputStream(), "UTF-8");
        stream.writeStartDocument("UTF-8", "1.0");
        return new Xml(stream);
    }

    XMLStreamWriter stream() {
        return stream;
    }

    static void element(XMLStreamWriter out, String name, String text) throws XMLStreamException {
        out.writeStartElement(name);
        out.writeCharacters(text);
        out.writeEndElement();
    }

    @Override
    public void close() throws XMLStreamException {
        stream.writeEndDocument();
        stream.close();
    }
}
