package org.meridian.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Boots the real WAR (target/meridian.war) in Payara Micro once per Failsafe JVM, with the options arquillian.xml gives
 * the servers Arquillian boots, and hands every {@link DeployedWarTest} its address: a boot costs 15-25 s, so the
 * classes that talk to the site over HTTP share one instead of booting one each. The server lives in the root
 * {@link ExtensionContext.Store}, which stops it when the last test class is done.
 *
 * <p>There are two: the workbench, where each test makes its own data (unique titles, slugs, usernames, client
 * addresses for the rate limits) and puts back what it changes that others see; and, for the classes marked
 * {@link UntouchedDemoContent}, one whose demo content no test changes. Each has its own data folder and, on
 * PostgreSQL, its own schema, emptied before it boots, so the classes that boot their own server and empty the
 * {@code public} schema (and the database restart of DatabaseRecoveryIT) leave its data alone.
 */
public final class SharedServer implements BeforeAllCallback, TestInstancePostProcessor {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedServer.class);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

    private enum Site {
        WORKBENCH,
        DEMO_CONTENT
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        // DatabaseRecoveryIT restarts the database under every server: the first request after it may still fail.
        new SiteClient(server(context).uri("/")).awaitReady();
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
        ((DeployedWarTest) testInstance).base = server(context).uri("/");
    }

    private static PayaraMicroProcess server(ExtensionContext context) {
        var site = context.getRequiredTestClass().isAnnotationPresent(UntouchedDemoContent.class)
                ? Site.DEMO_CONTENT
                : Site.WORKBENCH;
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(site, Boot::new, Boot.class)
                .server();
    }

    /** One shared server's boot: a failed one fails every class that needs it at once, rather than booting again. */
    private static final class Boot implements AutoCloseable {

        private final PayaraMicroProcess server;
        private final RuntimeException failure;

        Boot(Site site) {
            PayaraMicroProcess started = null;
            RuntimeException failed = null;
            try {
                started = start(site);
            } catch (RuntimeException e) {
                failed = e;
            }
            this.server = started;
            this.failure = failed;
        }

        PayaraMicroProcess server() {
            if (failure != null) {
                throw new IllegalStateException("The shared server did not start", failure);
            }
            return server;
        }

        @Override
        public void close() {
            if (server != null) {
                server.close();
            }
        }
    }

    private static PayaraMicroProcess start(Site site) {
        var name = site.name().toLowerCase(Locale.ROOT).replace('_', '-');
        try {
            var dataDir =
                    Files.createDirectories(Path.of(System.getProperty("it.data.dir", "target/it-data") + "-" + name));
            var settings = Map.of(
                    "it.data.dir",
                    dataDir.toString(),
                    "it.db.url",
                    FreshDatabase.emptySchema("meridian_" + name.replace('-', '_')));
            var logs = Files.createDirectories(Path.of("target", "shared-server"));
            return PayaraMicroProcess.startAsArquillianDoes(
                    arquillianOption("cmdOptions", settings),
                    arquillianOption("extraMicroOptions", settings),
                    logs.resolve(name + ".log"));
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Cannot prepare the shared " + name + " server", e);
        }
    }

    /**
     * A property of arquillian.xml's container, split into options, with its placeholders filled from {@code settings}
     * or else from the system properties, as Arquillian fills them.
     */
    private static List<String> arquillianOption(String property, Map<String, String> settings) {
        try (var xml = SharedServer.class.getResourceAsStream("/arquillian.xml")) {
            var properties = DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(xml)
                    .getElementsByTagName("property");
            for (int i = 0; i < properties.getLength(); i++) {
                var element = (Element) properties.item(i);
                if (element.getAttribute("name").equals(property)) {
                    var options = new ArrayList<String>();
                    for (var option : element.getTextContent().trim().split("\\s+")) {
                        options.add(PLACEHOLDER.matcher(option).replaceAll(found -> placeholder(found, settings)));
                    }
                    return options;
                }
            }
            throw new IllegalStateException("arquillian.xml has no property " + property);
        } catch (IOException | ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("Cannot read arquillian.xml", e);
        }
    }

    private static String placeholder(MatchResult found, Map<String, String> settings) {
        var name = found.group(1);
        var value = settings.getOrDefault(name, System.getProperty(name));
        if (value == null) {
            throw new IllegalStateException("No value for ${" + name + "} in arquillian.xml (set by the pom)");
        }
        return Matcher.quoteReplacement(value);
    }
}
