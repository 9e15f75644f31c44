package org.meridian.system;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one database of the site. Its coordinates come from MicroProfile Config ({@code MERIDIAN_DB_*} environment
 * variables override the defaults in {@code META-INF/microprofile-config.properties}), so the same WAR runs on the
 * embedded H2 file database and on PostgreSQL and no password is ever baked into it.
 */
@DataSourceDefinition(
        name = MeridianDataSource.JNDI_NAME,
        className = "${MPCONFIG=" + MeridianDataSource.DATASOURCE_CLASS + "}",
        url = "${MPCONFIG=" + MeridianDataSource.URL + "}",
        user = "${MPCONFIG=" + MeridianDataSource.USER + "}",
        password = "${MPCONFIG=" + MeridianDataSource.PASSWORD + "}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit",
            "fish.payara.fail-all-connections=true",
            // While the database is away, a request waits this long for a connection and then gets the 503 page
            // (system/UnexpectedFailureFilter) instead of hanging for the pool's default minute.
            "fish.payara.max-wait-time-in-millis=5000"
        })
@ApplicationScoped
public class MeridianDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/meridian";

    /*
     * The database settings. Payara reads them into the definition above while it deploys, before CDI runs, so they
     * are keys here rather than a settings bean; backup/CommandSettings reads them outside the server.
     */
    public static final String URL = "meridian.db.url";
    public static final String USER = "meridian.db.user";
    public static final String PASSWORD = "meridian.db.password";
    public static final String DATASOURCE_CLASS = "meridian.db.datasource-class";
}
