package org.privacyimpact.security;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Curators and admins from PostgreSQL (guessing is slowed before this is asked: SignInAttemptFilter). */
@Component
@RequiredArgsConstructor
class AccountUserDetailsService implements UserDetailsService {

    private final UserQuery users;

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserQuery.Account account = users.find(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .roles(account.role().name())
                .disabled(!account.enabled())
                .build();
    }
}
