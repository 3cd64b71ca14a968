package org.privacyimpact.security;

import static org.privacyimpact.db.Tables.APP_USER;

import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.jooq.DSLContext;
import org.privacyimpact.common.db.ReadOnlyTransactional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional
@RequiredArgsConstructor
class JooqUserQuery implements UserQuery {

    private final DSLContext db;

    @Override
    @ReadOnlyTransactional
    public Optional<Account> find(String username) {
        return db.selectFrom(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchOptional()
                .map(r -> new Account(r.getUsername(), r.getPasswordHash(), Role.fromCode(r.getRole()),
                        r.getEnabled()));
    }

    @Override
    @ReadOnlyTransactional
    public boolean anyAdmin() {
        return db.fetchExists(APP_USER, APP_USER.ROLE.eq(Role.ADMIN.code()).and(APP_USER.ENABLED.isTrue()));
    }

    @Override
    public void create(String username, String passwordHash, Role role) {
        db.insertInto(APP_USER, APP_USER.USERNAME, APP_USER.PASSWORD_HASH, APP_USER.ROLE)
                .values(username, passwordHash, role.code()).execute();
    }

    @Override
    @ReadOnlyTransactional
    public java.util.List<Account> all(int offset, int limit) {
        return db.selectFrom(APP_USER).orderBy(APP_USER.USERNAME).offset(offset).limit(limit)
                .fetch(r -> new Account(r.getUsername(), r.getPasswordHash(), Role.fromCode(r.getRole()),
                        r.getEnabled()));
    }

    @Override
    @ReadOnlyTransactional
    public int count() {
        return db.fetchCount(APP_USER);
    }

    @Override
    public void update(String username, Role role, boolean enabled) {
        db.update(APP_USER).set(APP_USER.ROLE, role.code()).set(APP_USER.ENABLED, enabled)
                .where(APP_USER.USERNAME.eq(username)).execute();
    }

    @Override
    public void setPasswordHash(String username, String passwordHash) {
        db.update(APP_USER).set(APP_USER.PASSWORD_HASH, passwordHash).where(APP_USER.USERNAME.eq(username)).execute();
    }

    @Override
    @ReadOnlyTransactional
    public int otherEnabledAdmins(String username) {
        return db.fetchCount(APP_USER, APP_USER.ROLE.eq(Role.ADMIN.code()).and(APP_USER.ENABLED.isTrue())
                .and(APP_USER.USERNAME.ne(username)));
    }
}
