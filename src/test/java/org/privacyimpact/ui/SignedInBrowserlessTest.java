package org.privacyimpact.ui;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Browserless tests of screens behind sign-in. Each Spring test context installs its own Vaadin-aware
 * security-context strategy JVM-wide, and @WithMockUser puts the user into this context's strategy; the mock
 * Vaadin request reads the JVM-wide one when the browserless set-up creates it. So this context's strategy is
 * installed before any @BeforeEach runs, whichever test context was created last.
 */
@ExtendWith(SignedInBrowserlessTest.ThisContextsSecurityStrategy.class)
public abstract class SignedInBrowserlessTest extends DashboardBrowserlessTest {

    static class ThisContextsSecurityStrategy implements BeforeEachCallback {

        @Override
        public void beforeEach(ExtensionContext context) {
            SecurityContextHolder.setContextHolderStrategy(SpringExtension.getApplicationContext(context)
                    .getBean(SecurityContextHolderStrategy.class));
        }
    }
}
