package org.meridian.system;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a failure caused by the database being out of reach (down, restarting, the network to it cut) from any
 * other: such a request gets a friendly "back in a moment" page with status 503 instead of the 500 page, and the
 * visitor is asked to call. Recognised anywhere in the cause chain, however JPA, JTA or Faces wrapped it.
 */
public final class DatabaseOutage {

    /** SQLState class 08: connection exception (SQL standard; PostgreSQL and H2 both use it). */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    /** PostgreSQL: admin_shutdown, crash_shutdown, cannot_connect_now (the server is stopping or starting). */
    private static final Set<String> SERVER_GOING_DOWN = Set.of("57P01", "57P02", "57P03");
    /** Payara's pool, when it cannot open a connection: no SQLState, only these words. */
    private static final String POOL_CANNOT_CONNECT = "Error in allocating a connection";

    private DatabaseOutage() {}

    public static boolean isCause(Throwable failure) {
        var seen = new IdentityHashMap<Throwable, Boolean>();
        for (var cause = failure; cause != null && seen.put(cause, Boolean.TRUE) == null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS)
                            || SERVER_GOING_DOWN.contains(sql.getSQLState()))) {
                return true;
            }
            if (cause.getMessage() != null && cause.getMessage().contains(POOL_CANNOT_CONNECT)) {
                return true;
            }
        }
        return false;
    }
}
