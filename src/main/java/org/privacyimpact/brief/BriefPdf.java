package org.privacyimpact.brief;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.springframework.stereotype.Component;

/**
 * Lays a brief out as an A4 PDF with openhtmltopdf: tagged for screen readers (PDF/UA) and for keeping (PDF/A-3u),
 * its text stored as text, in Liberation Sans, which the PDF carries with it.
 */
@Component
class BriefPdf {

    private static final String FAMILY = "Liberation Sans";
    private static final String FONTS = "/liberation/LiberationSans-";

    private record Face(String file, int weight, FontStyle style) {
    }

    private static final List<Face> FACES = List.of(new Face("Regular", 400, FontStyle.NORMAL),
            new Face("Bold", 700, FontStyle.NORMAL), new Face("Italic", 400, FontStyle.ITALIC),
            new Face("BoldItalic", 700, FontStyle.ITALIC));

    private final String css;
    /** The regular face's characters, to tell a text it can draw from one it would print as empty boxes. */
    private final CmapLookup glyphs;
    private final byte[] colourProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    BriefPdf() {
        css = new String(bytes("/brief/brief.css"), StandardCharsets.UTF_8);
        try (TrueTypeFont regular = new TTFParser().parse(
                new RandomAccessReadBuffer(bytes(FONTS + "Regular.ttf")))) {
            glyphs = regular.getUnicodeCmapLookup();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the briefs' typeface", e);
        }
    }

    byte[] render(Brief brief) {
        String xhtml = BriefXhtml.of(brief, this::canShow, css);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U)
                .useColorProfile(colourProfile)
                .withProducer("Privacy Impact Dashboard")
                .withHtmlContent(xhtml, brief.liveUrl())
                .toStream(pdf);
        for (Face face : FACES) {
            builder.useFont(() -> BriefPdf.class.getResourceAsStream(FONTS + face.file() + ".ttf"), FAMILY,
                    face.weight(), face.style(), true);
        }
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the brief of " + brief.title(), e);
        }
        return pdf.toByteArray();
    }

    /** Whether the typeface has a glyph for every character of {@code text} that is not a space or a control. */
    boolean canShow(String text) {
        return text.codePoints().allMatch(point -> Character.isWhitespace(point) || Character.isISOControl(point)
                || glyphs.getGlyphId(point) != 0);
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = BriefPdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }
}
