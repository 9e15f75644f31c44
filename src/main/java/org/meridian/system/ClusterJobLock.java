package org.meridian.system;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Lets a scheduled job run on one instance of several: the instance that claims the job's row in {@code job_lock}
 * holds it until its lease ends, and the others skip the job meanwhile. Claiming is one conditional UPDATE, atomic
 * on any database, so no cluster service is needed (Hazelcast may be off). An instance that dies simply lets its
 * lease run out. Instances' clocks must agree to well within a lease (NTP does that).
 * <p>
 * Plain JDBC in auto-commit mode: a claim must be committed on its own, whatever transaction the job then runs.
 */
@ApplicationScoped
public class ClusterJobLock {

    private static final Logger LOG = Logger.getLogger(ClusterJobLock.class.getName());

    private static final String CLAIM = """
            update job_lock set owner = ?, lease_until = ?
            where name = ? and (lease_until < ? or owner = ?)""";
    private static final String CREATE = """
            insert into job_lock (name, owner, lease_until)
            select ?, ?, ? where not exists (select 1 from job_lock where name = ?)""";
    private static final String RELEASE = "update job_lock set lease_until = ? where name = ? and owner = ?";
    private static final String RELEASE_ALL = "update job_lock set lease_until = ? where owner = ? and lease_until > ?";

    private final String instance = UUID.randomUUID().toString();

    @Resource(lookup = MeridianDataSource.JNDI_NAME)
    private DataSource dataSource;

    /**
     * Claims the job for this instance until {@code lease} from now, or extends this instance's own claim.
     *
     * @return whether this instance may run the job now
     */
    public boolean tryClaim(String job, Duration lease) {
        var now = Instant.now();
        var until = utc(now.plus(lease));
        try (var connection = dataSource.getConnection()) {
            try (var claim = connection.prepareStatement(CLAIM)) {
                claim.setString(1, instance);
                claim.setObject(2, until);
                claim.setString(3, job);
                claim.setObject(4, utc(now));
                claim.setString(5, instance);
                if (claim.executeUpdate() == 1) {
                    return true;
                }
            }
            // No row yet (the job's first run ever) or another instance's lease.
            try (var create = connection.prepareStatement(CREATE)) {
                create.setString(1, job);
                create.setString(2, instance);
                create.setObject(3, until);
                create.setString(4, job);
                return create.executeUpdate() == 1;
            }
        } catch (SQLException e) {
            // Also what the loser of two instances creating the same row at once sees: the key is taken.
            LOG.log(Level.FINE, "Job " + job + " not claimed", e);
            return false;
        }
    }

    /** Ends this instance's claim now, so another instance need not wait for the lease to run out. */
    public void release(String job) {
        try (var connection = dataSource.getConnection();
                var release = connection.prepareStatement(RELEASE)) {
            release.setObject(1, utc(Instant.now().minusSeconds(1)));
            release.setString(2, job);
            release.setString(3, instance);
            release.executeUpdate();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Job " + job + " not released; its lease runs out by itself", e);
        }
    }

    /** Ends this instance's claims as it stops, so the other instances (or its successor) need not wait. */
    @PreDestroy
    void releaseAll() {
        var now = utc(Instant.now());
        try (var connection = dataSource.getConnection();
                var release = connection.prepareStatement(RELEASE_ALL)) {
            release.setObject(1, now);
            release.setString(2, instance);
            release.setObject(3, now);
            release.executeUpdate();
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.FINE, "Job leases not released at shutdown; they run out by themselves", e);
        }
    }

    /**
     * Runs the job if this instance can claim it. A failure is logged, never thrown: a job the scheduler runs must
     * not die of one failure, or it would never run again.
     *
     * @param releaseAfter true to let any instance take the next turn; false to keep the lease for its full length,
     *                     so that the other instances skip this turn of a job that runs once per lease
     */
    public void runClaimed(String job, Duration lease, boolean releaseAfter, Runnable work) {
        if (!tryClaim(job, lease)) {
            return;
        }
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Job " + job + " failed; it runs again at its next turn", e);
        } finally {
            if (releaseAfter) {
                release(job);
            }
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
