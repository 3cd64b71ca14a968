package org.privacyimpact.security;

import java.util.Optional;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** The accounts of curators and admins. */
public interface UserQuery {

    /** An enabled or disabled account by user name, with its password hash. */
    Optional<Account> find(String username);

    boolean anyAdmin();

    void create(String username, String passwordHash, Role role);

    /** Accounts by user name, a page at a time. */
    java.util.List<Account> all(int offset, int limit);

    void update(String username, Role role, boolean enabled);

    void setPasswordHash(String username, String passwordHash);

    /** Enabled admins other than the named account. */
    int otherEnabledAdmins(String username);

    int count();

    record Account(String username, String passwordHash, Role role, boolean enabled) {
    }

    @RequiredArgsConstructor
    enum Role {
        CURATOR("curator"), ADMIN("admin");

        @Getter
        private final String code;

        public static Role fromCode(String code) {
            for (Role role : values()) {
                if (role.code.equals(code)) {
                    return role;
                }
            }
            throw new IllegalArgumentException("Unknown role: " + code);
        }
    }
}
