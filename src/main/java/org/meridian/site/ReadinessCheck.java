package org.meridian.site;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.meridian.search.SearchIndex;
import org.meridian.system.DatabaseMigration;
import org.meridian.system.MeridianDataSource;

/**
 * {@code /health/ready}: this instance can serve patients: the database answers, the schema is migrated and the
 * search index is built. A load balancer sends traffic only to ready instances.
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    private static final int DATABASE_TIMEOUT_SECONDS = 2;

    @Resource(lookup = MeridianDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private DatabaseMigration migration;

    @Inject
    private SearchIndex searchIndex;

    @Override
    public HealthCheckResponse call() {
        var database = databaseReachable();
        return HealthCheckResponse.named("meridian")
                .status(database && migration.isComplete() && searchIndex.isBuilt())
                .withData("database", database)
                .withData("migrations", migration.isComplete())
                .withData("searchIndex", searchIndex.isBuilt())
                .build();
    }

    private boolean databaseReachable() {
        try (var connection = dataSource.getConnection()) {
            return connection.isValid(DATABASE_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }
}
