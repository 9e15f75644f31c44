package org.meridian.system;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.faces.FacesException;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.ServletException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

class DatabaseOutageTest {

    @Test
    void aRefusedConnectionDeepInsideFacesAndJpaIsAnOutage() {
        var refused =
                new PSQLException("Connection to 127.0.0.1:5432 refused.", PSQLState.CONNECTION_UNABLE_TO_CONNECT);
        assertTrue(DatabaseOutage.isCause(new ServletException(new FacesException(new PersistenceException(refused)))));
    }

    @Test
    void aServerShuttingDownIsAnOutage() {
        assertTrue(DatabaseOutage.isCause(new PersistenceException(
                new SQLException("terminating connection due to administrator command", "57P01"))));
        assertTrue(DatabaseOutage.isCause(new SQLException("the database system is starting up", "57P03")));
    }

    @Test
    void thePoolFailingToOpenAConnectionIsAnOutage() {
        assertTrue(DatabaseOutage.isCause(new IllegalStateException(new SQLException(
                "Error in allocating a connection. Cause: Connection could not be allocated because: refused"))));
        assertTrue(DatabaseOutage.isCause(new SQLTransientConnectionException("timed out")));
    }

    @Test
    void otherDatabaseErrorsAndBugsAreNot() {
        assertFalse(DatabaseOutage.isCause(
                new PersistenceException(new SQLException("duplicate key value violates unique constraint", "23505"))));
        assertFalse(DatabaseOutage.isCause(new IllegalStateException("The clinic profile is missing")));
        assertFalse(DatabaseOutage.isCause(new NullPointerException()));
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        var first = new RuntimeException("first");
        var second = new RuntimeException("second", first);
        first.initCause(second);
        assertFalse(DatabaseOutage.isCause(first));
    }
}
