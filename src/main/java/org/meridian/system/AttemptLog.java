package org.meridian.system;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

/**
 * Attempts counted per client in the database, so that every instance counts the same attempts and a restart
 * forgets none: failed sign-ins, sent contact requests. A client is stored only as an HMAC of what identifies it
 * (its address, an account name) under a random key kept in the database, never as such: the rows show how often
 * someone tried, not who. The key is made by whichever instance needs it first.
 * <p>
 * Plain JDBC in auto-commit mode, like {@link ClusterJobLock}: an attempt must count even when the request's own
 * transaction rolls back. A database out of reach fails the call, and with it the request (503, see
 * {@link DatabaseOutage}): sign-ins and contact requests need the database anyway.
 */
@ApplicationScoped
public class AttemptLog {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int KEY_ID = 1;
    private static final SecureRandom RANDOM = new SecureRandom();

    private static final String INSERT = "insert into attempt (kind, subject, attempted_at) values (?, ?, ?)";
    private static final String DELETE_OLDER = "delete from attempt where kind = ? and attempted_at <= ?";
    private static final String SELECT_SINCE = """
            select attempted_at from attempt where kind = ? and subject = ? and attempted_at > ?
            order by attempted_at""";
    private static final String DELETE_SUBJECT = "delete from attempt where kind = ? and subject = ?";
    private static final String SELECT_KEY = "select secret from attempt_key where id = ?";
    private static final String CREATE_KEY = """
            insert into attempt_key (id, secret) select ?, ? where not exists (select 1 from attempt_key where id = ?)""";

    @Resource(lookup = MeridianDataSource.JNDI_NAME)
    private DataSource dataSource;

    private volatile SecretKeySpec key;

    /**
     * Counts an attempt of {@code subject} at {@code at}, and drops this kind's attempts that are {@code keptFor} old
     * or older: they no longer count in any period.
     */
    public void record(String kind, String subject, Instant at, Duration keptFor) {
        try (var connection = dataSource.getConnection()) {
            try (var insert = connection.prepareStatement(INSERT)) {
                insert.setString(1, kind);
                insert.setString(2, subject);
                insert.setObject(3, utc(at));
                insert.executeUpdate();
            }
            try (var delete = connection.prepareStatement(DELETE_OLDER)) {
                delete.setString(1, kind);
                delete.setObject(2, utc(at.minus(keptFor)));
                delete.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("An attempt could not be counted", e);
        }
    }

    /** When {@code subject}'s attempts after {@code after} were made, oldest first. */
    public List<Instant> since(String kind, String subject, Instant after) {
        try (var connection = dataSource.getConnection();
                var select = connection.prepareStatement(SELECT_SINCE)) {
            select.setString(1, kind);
            select.setString(2, subject);
            select.setObject(3, utc(after));
            var times = new ArrayList<Instant>();
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    times.add(rows.getObject(1, OffsetDateTime.class).toInstant());
                }
            }
            return times;
        } catch (SQLException e) {
            throw new IllegalStateException("Attempts could not be read", e);
        }
    }

    /** Forgets every attempt of {@code subject}. */
    public void forget(String kind, String subject) {
        try (var connection = dataSource.getConnection();
                var delete = connection.prepareStatement(DELETE_SUBJECT)) {
            delete.setString(1, kind);
            delete.setString(2, subject);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Attempts could not be forgotten", e);
        }
    }

    /** The stored name of the client these parts identify (an address, an account name): their keyed hash. */
    public String subject(String... parts) {
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(key());
            for (var part : parts) {
                // Each part with its length in front, so ("ab", "c") and ("a", "bc") differ.
                var bytes = part.getBytes(StandardCharsets.UTF_8);
                mac.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                mac.update(bytes);
            }
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private SecretKeySpec key() {
        var found = key;
        if (found == null) {
            found = new SecretKeySpec(Base64.getDecoder().decode(loadOrCreateKey()), ALGORITHM);
            key = found;
        }
        return found;
    }

    /** The stored key; made first if there is none. Two instances making it at once keep whichever was stored. */
    private String loadOrCreateKey() {
        try (var connection = dataSource.getConnection()) {
            var stored = storedKey(connection);
            if (stored != null) {
                return stored;
            }
            var random = new byte[32];
            RANDOM.nextBytes(random);
            try (var create = connection.prepareStatement(CREATE_KEY)) {
                create.setInt(1, KEY_ID);
                create.setString(2, Base64.getEncoder().encodeToString(random));
                create.setInt(3, KEY_ID);
                create.executeUpdate();
            } catch (SQLException raced) {
                // Another instance stored its key first (the primary key refused ours): that one is read below.
            }
            stored = storedKey(connection);
            if (stored == null) {
                throw new IllegalStateException("No attempt key could be stored");
            }
            return stored;
        } catch (SQLException e) {
            throw new IllegalStateException("The attempt key could not be read", e);
        }
    }

    private static String storedKey(Connection connection) throws SQLException {
        try (var select = connection.prepareStatement(SELECT_KEY)) {
            select.setInt(1, KEY_ID);
            try (var rows = select.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    /** In UTC, to the microsecond: what both databases store exactly, so a time read back is the time written. */
    private static OffsetDateTime utc(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
