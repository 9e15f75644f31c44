package org.meridian.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DataSourceClassConfigSourceTest {

    @Test
    void derivesTheDataSourceClassFromTheUrlsScheme() {
        assertEquals(
                Optional.of("org.postgresql.ds.PGSimpleDataSource"),
                DataSourceClassConfigSource.dataSourceClassFor("jdbc:postgresql://db.internal:5432/meridian"));
        assertEquals(
                Optional.of("org.h2.jdbcx.JdbcDataSource"),
                DataSourceClassConfigSource.dataSourceClassFor("jdbc:h2:file:./data/meridian"));
    }

    @Test
    void knowsNoClassForADatabaseTheSiteHasNoDriverFor() {
        assertEquals(Optional.empty(), DataSourceClassConfigSource.dataSourceClassFor("jdbc:mysql://db/meridian"));
        assertEquals(Optional.empty(), DataSourceClassConfigSource.dataSourceClassFor("postgresql://db/meridian"));
    }

    @Test
    void answersForItsOwnKeyOnlyAndRanksBelowEveryOtherSource() {
        var source = new DataSourceClassConfigSource();
        assertNull(source.getValue("meridian.db.url"));
        assertEquals(Set.of("meridian.db.datasource-class"), source.getPropertyNames());
        assertTrue(source.getOrdinal() < 100, "below microprofile-config.properties");
    }
}
