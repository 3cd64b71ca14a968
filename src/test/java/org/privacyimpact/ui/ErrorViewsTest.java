package org.privacyimpact.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Supplier;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.privacyimpact.IntegrationTest;
import org.privacyimpact.common.db.DatabaseUnavailableException;
import org.springframework.dao.DataAccessResourceFailureException;

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

    @ParameterizedTest
    @EnumSource(DatabaseFailure.class)
    void aDatabaseThatCannotBeReachedOrIsLostShowsTryAgainShortlyWithoutTheLayout(DatabaseFailure failure) {
        DatabaseUnavailableView view = navigate(DatabaseFailureView.ROUTE + "/" + failure.name(),
                DatabaseUnavailableView.class);

        assertUnavailablePage(view);
    }

    private void assertUnavailablePage(DatabaseUnavailableView view) {
        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("The data is unavailable for a moment; try again shortly.")
                .doesNotContain("Exception").doesNotContain("refused").doesNotContain("at org.");
        assertThat(find(MainLayout.class).all()).as("the layout, which reads the database").isEmpty();
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

    /** How a page's query can lose the database. */
    enum DatabaseFailure {
        /** No connection to be had, wrapped as jOOQ and Spring wrap it. */
        NO_CONNECTION(() -> new DataAccessResourceFailureException("Error getting connection",
                new DatabaseUnavailableException(new SQLTransientConnectionException(
                        "embedded-postgres - Connection is not available, request timed out after 5000ms",
                        new ConnectException("Connection refused"))))),
        /** The connection lost half-way through a query: pgjdbc's I/O error, SQLSTATE 08006. */
        CONNECTION_LOST(() -> new DataAccessResourceFailureException("select ...",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")));

        final Supplier<RuntimeException> thrown;

        DatabaseFailure(Supplier<RuntimeException> thrown) {
            this.thrown = thrown;
        }
    }

    /** A page whose query fails with the database failure its address names. */
    @Route(DatabaseFailureView.ROUTE + "/:failure")
    @com.vaadin.flow.server.auth.AnonymousAllowed
    public static class DatabaseFailureView extends Div implements BeforeEnterObserver {

        static final String ROUTE = "test-database-failure";

        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw DatabaseFailure.valueOf(event.getRouteParameters().get("failure").orElseThrow()).thrown.get();
        }
    }
}
