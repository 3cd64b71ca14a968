package org.privacyimpact.common;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The signed-in account's name, for the audit trail and for reading one's own changes. Read through the application's security-context strategy
 * (Vaadin registers one that follows the UI's session), the same one method security checks roles with — not
 * the JVM-wide static holder, which another application context may have replaced.
 */
@Component
public class CurrentAccount {

    private final SecurityContextHolderStrategy strategy;

    CurrentAccount(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.strategy = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public String name() {
        return signedIn().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Nobody is signed in"));
    }

    /** The signed-in account's name, or empty for a visitor (and for work outside any request). */
    public Optional<String> signedIn() {
        Authentication authentication = strategy.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(authentication.getName());
    }
}
