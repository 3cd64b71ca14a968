package org.privacyimpact.common.db;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.privacyimpact.common.CurrentAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * With a read replica, notes after each committed write of a signed-in account where the primary's log then
 * ended ({@link WrittenPositions}), so that the account's next reads wait for the replica or go to the primary.
 * Without a replica it does nothing.
 */
class WrittenPositionRecorder implements TransactionExecutionListener {

    private static final Logger LOG = LoggerFactory.getLogger(WrittenPositionRecorder.class);

    private final DataSource primary;
    private final WrittenPositions positions;
    private final CurrentAccount account;

    WrittenPositionRecorder(DataSource dataSource, WrittenPositions positions, CurrentAccount account) {
        this.primary = dataSource instanceof PrimaryAndReplica routed ? routed.primary() : null;
        this.positions = positions;
        this.account = account;
    }

    @Override
    public void afterCommit(TransactionExecution transaction, Throwable commitFailure) {
        if (primary == null || commitFailure != null || transaction.isReadOnly() || !transaction.isNewTransaction()) {
            return;
        }
        account.signedIn().ifPresent(name -> {
            try (Connection connection = primary.getConnection()) {
                positions.wrote(name, JooqWalPositions.currentOnPrimary(connection));
            } catch (SQLException | RuntimeException e) {
                // the change is committed; only its immediate visibility to its author on the replica is at stake
                LOG.warn("Could not read the primary's log position after {}'s change; their next reads may "
                        + "miss it until the replica replays it: {}", name, e.getMessage());
            }
        });
    }
}
