package org.privacyimpact.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.Test;
import org.privacyimpact.IntegrationTest;

@IntegrationTest
class ErrorViewsTest extends SpringBrowserlessTest {

    @Test
    void unknownAddressShowsAPlainNotFoundPage() {
        navigate("no-such-page", NotFoundView.class);

        assertThat(find(H2.class).single().getText()).isEqualTo("Page not found");
        assertThat(find(MainLayout.class).all()).as("navigation stays available").hasSize(1);
    }

    @Test
    void internalErrorShowsAReferenceButNoStackTrace() {
        InternalErrorView view = navigate(FailingView.ROUTE, InternalErrorView.class);

        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("Something went wrong").contains("reference");
        assertThat(text).doesNotContain("secret detail").doesNotContain("IllegalStateException")
                .doesNotContain("at org.");
    }

    /** A page that fails while being built, as a bug or a lost database connection would. */
    @Route(FailingView.ROUTE)
    @com.vaadin.flow.server.auth.AnonymousAllowed
    public static class FailingView extends Div {

        static final String ROUTE = "test-failure";

        public FailingView() {
            throw new IllegalStateException("secret detail at org.privacyimpact.Something");
        }
    }
}
