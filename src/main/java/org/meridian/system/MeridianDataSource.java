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
        className = "${MPCONFIG=meridian.db.datasource-class}",
        url = "${MPCONFIG=meridian.db.url}",
        user = "${MPCONFIG=meridian.db.user}",
        password = "${MPCONFIG=meridian.db.password}",
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
}
