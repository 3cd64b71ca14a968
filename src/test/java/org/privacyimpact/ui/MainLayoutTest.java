package org.privacyimpact.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.Test;
import org.privacyimpact.IntegrationTest;
import org.privacyimpact.methodology.ui.MethodologyView;

@IntegrationTest
class MainLayoutTest extends SpringBrowserlessTest {

    /** The app layout puts its navbar first, so the navbar's first child is the first element Tab reaches. */
    @Test
    void keyboardUserSkipsTheNavigationToTheViewWithTheFirstTab() {
        MethodologyView view = navigate(MethodologyView.class);
        MainLayout layout = find(MainLayout.class).single();

        Element firstInNavbar = layout.getElement().getChildren()
                .filter(child -> "navbar".equals(child.getAttribute("slot"))).findFirst().orElseThrow();
        Anchor skipLink = find(Anchor.class, layout).withText("Skip to main content").single();
        Main main = find(Main.class).single();
        assertThat(firstInNavbar).isEqualTo(skipLink.getElement());
        assertThat(skipLink.getHref()).isEqualTo("#" + main.getId().orElseThrow());
        assertThat(main.getElement().getAttribute("tabindex")).as("focusable, but not a Tab stop").isEqualTo("-1");
        assertThat(view.getElement().getParent()).isEqualTo(main.getElement());
    }

    @Test
    void afterNavigatingTheSkipLinkLeadsToTheNewViewOnly() {
        navigate(MethodologyView.class);
        NotFoundView notFound = navigate("no-such-page", NotFoundView.class);

        Main main = find(Main.class).single();
        assertThat(main.getElement().getChildren()).containsExactly(notFound.getElement());
    }
}
