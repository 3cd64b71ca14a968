package org.privacyimpact.embed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.privacyimpact.common.Sha256;
import org.springframework.stereotype.Component;

/**
 * The embed pages' script, named with its version. Everything under VAADIN/build is cached for an hour, and the
 * script's name has no hash (the page must name it): after a new release, a browser holding the old script would
 * ask for chunks that are gone. With {@code ?v-c=} and a version, Vaadin serves it as immutable, and a new script
 * is a new address. The version is the production script's own hash; in development, where the script comes from
 * the development bundle, the time the server started.
 */
@Component
class EmbedScript {

    private static final String BUILT = "META-INF/VAADIN/webapp/" + EmbedPage.SCRIPT;

    private final String version;

    EmbedScript() {
        try (InputStream script = EmbedScript.class.getClassLoader().getResourceAsStream(BUILT)) {
            version = script == null ? Long.toString(System.currentTimeMillis(), 36)
                    : Sha256.hex(script.readAllBytes()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + BUILT, e);
        }
    }

    /** The script's address from the dashboard's root, with its version. */
    String address() {
        return EmbedPage.SCRIPT + "?v-c=" + version;
    }
}
