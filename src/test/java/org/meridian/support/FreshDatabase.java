package org.meridian.support;

import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives each integration test class that boots its own server through Arquillian an empty database, as the in-memory
 * H2 of the default suite does by itself: on PostgreSQL it drops and recreates the {@code public} schema before
 * Arquillian boots the server (which then migrates it and loads the demo content). Register it before the Arquillian
 * extension. The shared servers ({@link SharedServer}) have schemas of their own, which this leaves alone.
 */
public class FreshDatabase implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        recreatePostgresqlSchema();
    }

    /** Empties the test database when it is PostgreSQL (the in-memory H2 of the default suite starts empty). */
    public static void recreatePostgresqlSchema() throws SQLException {
        recreate("public");
    }

    /**
     * The test database's address for a server that keeps its tables in a schema of its own, emptied now: on
     * PostgreSQL {@code schema}, made the connections' current one; the in-memory H2 of the default suite is a new
     * database in every server anyway.
     */
    public static String emptySchema(String schema) throws SQLException {
        var url = System.getProperty("it.db.url", "");
        if (!isPostgresql(url)) {
            return url;
        }
        recreate(schema);
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static void recreate(String schema) throws SQLException {
        var url = System.getProperty("it.db.url", "");
        if (!isPostgresql(url)) {
            return;
        }
        try (var connection = DriverManager.getConnection(
                        url, System.getProperty("it.db.user"), System.getProperty("it.db.password"));
                var statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
            statement.execute("create schema " + schema);
        }
    }

    private static boolean isPostgresql(String url) {
        return url.startsWith("jdbc:postgresql:");
    }
}
