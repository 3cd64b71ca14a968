package org.privacyimpact.common.db;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.privacyimpact.common.CurrentAccount;
import org.springframework.stereotype.Component;

/**
 * Whether the signed-in account has a change that the read replica may not have replayed yet, so that its
 * read-only work reads the primary ({@link ReplicaUnlessBehind}). Always false without a replica. What is read
 * once and shared between readers (the dataset's stamp) must not be read for such an account: a value from the
 * primary would be handed to readers of the lagging replica (DD014).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class OwnWritesAwaited {

    private final WrittenPositions positions;
    private final CurrentAccount account;

    public boolean now() {
        return account.signedIn().flatMap(positions::awaitedBy).isPresent();
    }
}
