package org.privacyimpact.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Curators and admins from PostgreSQL; a user name locked by too many wrong passwords cannot sign in. */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final UserQuery users;
    private final LoginThrottle throttle;

    AccountUserDetailsService(UserQuery users, LoginThrottle throttle) {
        this.users = users;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserQuery.Account account = users.find(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        // a locked account is refused before its password is even checked (Spring reports it as locked)
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .roles(account.role().name())
                .disabled(!account.enabled())
                .accountLocked(throttle.isLocked(username))
                .build();
    }
}
