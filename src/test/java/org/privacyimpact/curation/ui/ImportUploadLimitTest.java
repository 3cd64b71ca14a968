package org.privacyimpact.curation.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.spring.SpringServlet;
import jakarta.servlet.MultipartConfigElement;
import org.junit.jupiter.api.Test;
import org.privacyimpact.IntegrationTest;
import org.privacyimpact.curation.ImportService;
import org.privacyimpact.ui.SignedInBrowserlessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 5 MB limit holds on the server: an upload sent straight to the upload address, larger than the limit and
 * declaring no size, is refused after reading one byte more than the limit (a 300 MB body is never held), and a
 * multipart request is bounded by Tomcat before any handler runs.
 */
@IntegrationTest
@Transactional
@WithMockUser(username = "curator-ana", roles = "CURATOR")
class ImportUploadLimitTest extends SignedInBrowserlessTest {

    private static final long THREE_HUNDRED_MB = 300L * 1024 * 1024;

    @Autowired
    List<ServletRegistrationBean<?>> servlets;

    @Test
    void aBodyLargerThanTheLimitIsRefusedAfterReadingNoMoreThanTheLimit() throws IOException {
        ImportView view = open("curate/import", ImportView.class);
        GeneratedBody body = new GeneratedBody(THREE_HUNDRED_MB);

        UploadEvent event = upload(view, "huge.csv", -1, body);
        view.uploadHandler.handleUploadRequest(event);
        runAccessTasks();

        assertThat(body.read).isLessThanOrEqualTo(ImportService.maxBytes() + 1L);
        assertThat(event.isRejected()).isTrue();
        assertThat(event.getRejectionMessage()).contains("larger than 5,242,880 bytes (5 MB)");
        assertThat(view.summary.getElement().getTextRecursively()).contains("huge.csv: not received",
                "huge.csv is larger than 5,242,880 bytes (5 MB), the limit per file");
    }

    @Test
    void aBodyThatDeclaresMoreThanTheLimitIsRefusedBeforeAByteIsRead() throws IOException {
        ImportView view = open("curate/import", ImportView.class);
        GeneratedBody body = new GeneratedBody(THREE_HUNDRED_MB);

        UploadEvent event = upload(view, "declared.csv", THREE_HUNDRED_MB, body);
        view.uploadHandler.handleUploadRequest(event);

        assertThat(body.read).isZero();
        assertThat(event.isRejected()).isTrue();
    }

    @Test
    void aFileWithinTheLimitIsReceivedAndPreviewed() throws IOException {
        ImportView view = open("curate/import", ImportView.class);
        byte[] file;
        try (InputStream in = getClass().getResourceAsStream("/curation/import/good-figures.csv")) {
            file = in.readAllBytes();
        }

        view.uploadHandler.handleUploadRequest(upload(view, "good-figures.csv", file.length,
                new ByteArrayInputStream(file)));
        runAccessTasks();

        assertThat(view.summary.getElement().getTextRecursively()).contains("2 rows checked, no problems");
    }

    @Test
    void tomcatStopsReadingAMultipartRequestToTheUploadAddressAtTheLimit() {
        MultipartConfigElement multipart = servlets.stream()
                .filter(registration -> registration.getServlet() instanceof SpringServlet)
                .findFirst().orElseThrow().getMultipartConfig();

        assertThat(multipart.getMaxFileSize()).isEqualTo(ImportService.maxBytes());
        assertThat(multipart.getMaxRequestSize()).isEqualTo(ImportService.maxBytes() + 64 * 1024);
    }

    /** The handler updates the view through UI.access, as on a request thread; this test thread holds the lock. */
    private static void runAccessTasks() {
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
    }

    private static UploadEvent upload(ImportView view, String name, long declaredSize, InputStream body)
            throws IOException {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getInputStream()).thenReturn(body);
        return new UploadEvent(request, mock(VaadinResponse.class), VaadinSession.getCurrent(), name, declaredSize,
                "text/csv", view.upload.getElement(), null);
    }

    /** A request body of the given length, made up as it is read and never held; counts what was read. */
    private static final class GeneratedBody extends InputStream {

        private final long length;
        long read;

        GeneratedBody(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            if (read >= length) {
                return -1;
            }
            read++;
            return 'a';
        }

        @Override
        public int read(byte[] buffer, int offset, int count) {
            if (read >= length) {
                return -1;
            }
            int n = (int) Math.min(count, length - read);
            Arrays.fill(buffer, offset, offset + n, (byte) 'a');
            read += n;
            return n;
        }
    }
}
