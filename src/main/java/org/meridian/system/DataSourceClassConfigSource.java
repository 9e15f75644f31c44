package org.meridian.system;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies {@code meridian.db.datasource-class} from the scheme of {@code meridian.db.url}, so an operator who points
 * the site at PostgreSQL sets the address, user and password and nothing else. It ranks below every other source:
 * a class set explicitly (MERIDIAN_DB_DATASOURCE_CLASS) still wins. For a scheme it does not know it supplies
 * nothing, and {@link DatabaseStartupCheck} stops the start naming {@code meridian.db.url}.
 */
public class DataSourceClassConfigSource implements ConfigSource {

    /** JDBC URL prefixes and the data source class of the driver the WAR brings (or Payara ships) for each. */
    private static final Map<String, String> CLASS_BY_PREFIX = Map.of(
            "jdbc:h2:", "org.h2.jdbcx.JdbcDataSource",
            "jdbc:postgresql:", "org.postgresql.ds.PGSimpleDataSource");

    /** Below microprofile-config.properties (100), system properties and environment variables. */
    private static final int ORDINAL = 10;

    /** The data source class for this JDBC URL; empty for a scheme the site has no driver for. */
    public static Optional<String> dataSourceClassFor(String url) {
        return CLASS_BY_PREFIX.entrySet().stream()
                .filter(entry -> url.startsWith(entry.getKey()))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** What the URL must look like, for the start-up check's message. */
    public static String knownPrefixes() {
        return String.join(" or ", CLASS_BY_PREFIX.keySet().stream().sorted().toList());
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(MeridianDataSource.DATASOURCE_CLASS);
    }

    @Override
    public String getValue(String propertyName) {
        if (!MeridianDataSource.DATASOURCE_CLASS.equals(propertyName)) {
            return null;
        }
        return ConfigProvider.getConfig(DataSourceClassConfigSource.class.getClassLoader())
                .getOptionalValue(MeridianDataSource.URL, String.class)
                .flatMap(DataSourceClassConfigSource::dataSourceClassFor)
                .orElse(null);
    }

    @Override
    public String getName() {
        return "the data source class that " + MeridianDataSource.URL + " calls for";
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }
}
