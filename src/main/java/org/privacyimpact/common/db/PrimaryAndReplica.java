package org.privacyimpact.common.db;

import java.io.Closeable;
import java.io.IOException;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * The database as the application sees it when a read replica is configured. A transaction's connection is taken
 * when its first statement runs, when its read-only flag is known: read-only transactions (every page, download
 * and data API answer) read the replica, or the primary for an account the replica has not caught up with;
 * everything else — saves, imports, releases, migrations — goes to the primary.
 */
class PrimaryAndReplica extends LazyConnectionDataSourceProxy implements Closeable {

    private final DataSource primary;
    private final DataSource replica;

    PrimaryAndReplica(DataSource primary, DataSource replica, ReplicaUnlessBehind readers) {
        super(primary);
        this.primary = primary;
        this.replica = replica;
        setReadOnlyDataSource(readers);
    }

    /** For the write-ahead-log position after a commit, which only the primary knows. */
    DataSource primary() {
        return primary;
    }

    @Override
    public void close() throws IOException {
        for (DataSource pool : new DataSource[] {replica, primary}) {
            if (pool instanceof Closeable closeable) {
                closeable.close();
            }
        }
    }
}
