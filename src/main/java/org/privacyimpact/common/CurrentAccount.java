package org.privacyimpact.common;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The signed-in account's name, for the audit trail. Read through the application's security-context strategy
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
        Authentication authentication = strategy.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new AuthenticationCredentialsNotFoundException("Nobody is signed in");
        }
        return authentication.getName();
    }
}
