package org.meridian.system;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatasourceLogin;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Session;

/**
 * Stops the server with one clear line when the database cannot be reached at start. Payara deploys the persistence
 * unit, and EclipseLink connects, while the application is still being deployed, before any CDI bean runs: a
 * database that is down would otherwise fail the deployment with pages of stack traces and leave a server that prints
 * "ready" and answers 404s forever. EclipseLink calls this customizer just before that first connection (registered
 * as {@code eclipselink.session.customizer} in persistence.xml).
 */
public class DatabaseStartupCheck implements SessionCustomizer {

    private static final Logger LOG = Logger.getLogger(DatabaseStartupCheck.class.getName());
    private static final int LOGIN_TIMEOUT_SECONDS = 10;
    private static final String SETTING =
            MeridianDataSource.URL + " (" + SiteSettings.environmentVariable(MeridianDataSource.URL) + ")";

    @Override
    public void customize(Session session) {
        unknownScheme()
                .or(() -> databaseProblem(dataSource(session)))
                .ifPresent(problem -> StartupHalt.stop(List.of(problem)));
    }

    /** A URL of a database the site has no driver for, unless the operator named a data source class for it. */
    private static Optional<String> unknownScheme() {
        var config = ConfigProvider.getConfig(DatabaseStartupCheck.class.getClassLoader());
        var url = config.getOptionalValue(MeridianDataSource.URL, String.class).orElse("");
        if (config.getOptionalValue(MeridianDataSource.DATASOURCE_CLASS, String.class)
                .isPresent()) {
            return Optional.empty();
        }
        return Optional.of(SETTING + " must start with " + DataSourceClassConfigSource.knownPrefixes() + ", not '"
                + url.replaceFirst("//.*", "//...") + "'");
    }

    /** What keeps the database from answering, naming the setting to look at; empty when it answers. */
    static Optional<String> databaseProblem(DataSource dataSource) {
        try {
            dataSource.setLoginTimeout(LOGIN_TIMEOUT_SECONDS);
            try (var connection = dataSource.getConnection()) {
                if (connection.isValid(LOGIN_TIMEOUT_SECONDS)) {
                    return Optional.empty();
                }
            }
        } catch (SQLException | RuntimeException e) {
            return Optional.of("the database at " + SETTING + " cannot be reached: " + firstLine(e));
        }
        return Optional.of("the database at " + SETTING + " does not answer");
    }

    private static DataSource dataSource(Session session) {
        if (session.getDatasourceLogin() instanceof DatasourceLogin login
                && login.getConnector() instanceof JNDIConnector connector
                && connector.getDataSource() != null) {
            return connector.getDataSource();
        }
        try {
            return (DataSource) new InitialContext().lookup(MeridianDataSource.JNDI_NAME);
        } catch (NamingException e) {
            throw new IllegalStateException("No data source at " + MeridianDataSource.JNDI_NAME, e);
        }
    }

    /** The innermost cause's first line: the driver's own words ("Connection to host:port refused"). */
    private static String firstLine(Throwable e) {
        var root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        var message = String.valueOf(root.getMessage());
        return message.lines().findFirst().orElse(root.getClass().getSimpleName());
    }
}
