package org.privacyimpact.common.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;

import javax.sql.DataSource;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * Where a read-only transaction reads: the replica, unless the signed-in account has written something the
 * replica has not replayed yet — then the primary, so that a curator always sees their own save.
 */
@RequiredArgsConstructor
class ReplicaUnlessBehind extends AbstractDataSource {

    private final DataSource replica;
    private final DataSource primary;
    private final WrittenPositions positions;
    private final Supplier<Optional<String>> signedInAccount;

    @Override
    public Connection getConnection() throws SQLException {
        Optional<String> account = signedInAccount.get();
        Optional<String> awaited = account.flatMap(positions::awaitedBy);
        Connection connection = replica.getConnection();
        if (awaited.isEmpty()) {
            return connection;
        }
        boolean replayed;
        try {
            replayed = JooqWalPositions.replayedOnReplica(connection, awaited.get());
        } catch (RuntimeException e) {
            connection.close();
            throw e;
        }
        if (replayed) {
            positions.replayed(account.get(), awaited.get());
            return connection;
        }
        connection.close();
        Connection onPrimary = primary.getConnection();
        onPrimary.setReadOnly(true);
        return onPrimary;
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLException("The replica's account is configured, not given per connection");
    }
}
