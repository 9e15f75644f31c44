package org.meridian.support;

import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives each integration test class an empty database, as the in-memory H2 of the default suite does by itself:
 * on PostgreSQL it drops and recreates the schema before Arquillian boots the server (which then migrates it and
 * loads the demo content). Register it before the Arquillian extension.
 */
public class FreshDatabase implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        recreatePostgresqlSchema();
    }

    /** Empties the test database when it is PostgreSQL (the in-memory H2 of the default suite starts empty). */
    public static void recreatePostgresqlSchema() throws SQLException {
        var url = System.getProperty("it.db.url", "");
        if (!url.startsWith("jdbc:postgresql:")) {
            return;
        }
        try (var connection = DriverManager.getConnection(
                        url, System.getProperty("it.db.user"), System.getProperty("it.db.password"));
                var statement = connection.createStatement()) {
            statement.execute("drop schema if exists public cascade");
            statement.execute("create schema public");
        }
    }
}
