package org.privacyimpact.common.address;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmbedSnippetTest {

    @Test
    void theFrameIsFollowedByTheScriptThatFitsItAndBelievesOnlyTheEmbedsOrigin() {
        String snippet = EmbedSnippet.of("https://dashboard.example.org:8443/embed/map?kind=alleged&denominator=population",
                "Mexico: 5.92 per million", 680);

        assertThat(snippet).startsWith("<iframe src=\"https://dashboard.example.org:8443/embed/map?kind=alleged"
                        + "&amp;denominator=population\" title=\"Mexico: 5.92 per million\" width=\"100%\" height=\"680\"")
                .contains(" " + EmbedSnippet.FRAME_MARK + "></iframe>\n<script>")
                .contains("e.origin!==\"https://dashboard.example.org:8443\"")
                .contains("d.type!==\"" + EmbedSnippet.HEIGHT_MESSAGE + "\"")
                .contains("Math.max(" + EmbedSnippet.LOWEST + ",Math.min(" + EmbedSnippet.HIGHEST + ",")
                .endsWith("</script>");
    }

    @Test
    void aTitleCannotCloseTheFrameOrOpenAScript() {
        String snippet = EmbedSnippet.of("http://localhost:8080/embed/compare", "\"><script>alert(1)</script> — 5 < 6",
                560);

        assertThat(snippet).contains("title=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; — 5 &lt; 6\"")
                .containsOnlyOnce("<script>");
    }

    @Test
    void anAddressWithoutAPlainOriginGetsTheFrameAlone() {
        assertThat(EmbedSnippet.origin("http://localhost:8080/embed/map")).isEqualTo("http://localhost:8080");
        assertThat(EmbedSnippet.origin("/embed/map")).isNull();
        assertThat(EmbedSnippet.origin("javascript:alert(1)")).isNull();
        assertThat(EmbedSnippet.origin("http://x\"+alert(1)+\"/embed")).isNull();
        assertThat(EmbedSnippet.of("/embed/map", "Map", 680)).endsWith("></iframe>").doesNotContain("<script>");
    }
}
