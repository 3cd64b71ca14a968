package org.privacyimpact.common.db;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Read your own writes: for each account whose change has committed on the primary, the primary's write-ahead-log
 * position after that commit, until a replica is seen to have replayed it. While an account has a position here,
 * its reads go to the primary unless the replica has caught up.
 */
class WrittenPositions {

    /** Longer than any replica lag worth waiting for; an account forgotten after it reads the primary meanwhile. */
    private static final Duration KEPT = Duration.ofHours(1);

    private final Cache<String, String> positionByAccount = Caffeine.newBuilder()
            .expireAfterWrite(KEPT)
            .maximumSize(10_000)
            .build();

    void wrote(String account, String walPosition) {
        positionByAccount.put(account, walPosition);
    }

    Optional<String> awaitedBy(String account) {
        return Optional.ofNullable(positionByAccount.getIfPresent(account));
    }

    /** The replica has replayed this position: the account's reads may go there again (unless it wrote since). */
    void replayed(String account, String walPosition) {
        positionByAccount.asMap().remove(account, walPosition);
    }
}
