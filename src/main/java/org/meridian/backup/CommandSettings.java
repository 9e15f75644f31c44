package org.meridian.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.meridian.system.MeridianDataSource;
import org.meridian.system.SiteSettings;

/**
 * The database settings for {@link BackupCommand}, found as the server finds them: the defaults in
 * {@code META-INF/microprofile-config.properties}, overridden by environment variables named the MicroProfile
 * Config way ({@code meridian.db.url} from {@code MERIDIAN_DB_URL}), with {@code ${key}} references expanded.
 */
final class CommandSettings {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]+)}");

    private final Properties defaults;
    private final Map<String, String> environment;

    CommandSettings(Properties defaults, Map<String, String> environment) {
        this.defaults = defaults;
        this.environment = environment;
    }

    static CommandSettings fromClasspathAndEnvironment() {
        var defaults = new Properties();
        try (var in = CommandSettings.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            if (in != null) {
                defaults.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CommandSettings(defaults, System.getenv());
    }

    String dbUrl() {
        return value(MeridianDataSource.URL);
    }

    String dbUser() {
        return value(MeridianDataSource.USER);
    }

    String dbPassword() {
        return value(MeridianDataSource.PASSWORD);
    }

    String value(String key) {
        var environmentName = SiteSettings.environmentVariable(key);
        var raw = environment.getOrDefault(environmentName, defaults.getProperty(key));
        if (raw == null) {
            throw new BackupRefusedException("Set " + environmentName + ": it has no default.");
        }
        return REFERENCE.matcher(raw).replaceAll(reference -> Matcher.quoteReplacement(value(reference.group(1))));
    }
}
