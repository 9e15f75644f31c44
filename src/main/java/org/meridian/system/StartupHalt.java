package org.meridian.system;

import java.util.List;
import java.util.logging.Logger;

/**
 * Ends the process when the site cannot start as configured. Payara Micro keeps running after a failed deployment
 * and answers 404s and 500s forever, so stopping the process is the only way to fail clearly; each problem is logged
 * on one line naming the setting to fix.
 */
public final class StartupHalt {

    private static final Logger LOG = Logger.getLogger(StartupHalt.class.getName());

    /** The exit status of a start stopped by settings (EX_CONFIG of sysexits.h). */
    public static final int EXIT_MISCONFIGURED = 78;

    private StartupHalt() {}

    /** Logs each problem on one line and ends the process: nothing half-started is left answering. */
    public static void stop(List<String> problems) {
        problems.forEach(problem -> LOG.severe("Configuration error: " + problem));
        LOG.severe("Meridian is not started. Fix the settings above (environment variables MERIDIAN_...)");
        Runtime.getRuntime().halt(EXIT_MISCONFIGURED);
    }
}
