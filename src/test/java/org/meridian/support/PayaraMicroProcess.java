package org.meridian.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Payara Micro started the way ops start it ({@code java -jar payara-micro.jar --deploy meridian.war ...}) in a
 * process of its own. Ready means the application's readiness check is UP: a failed deployment still prints
 * "ready", and its health endpoint then has no check of ours.
 */
public final class PayaraMicroProcess implements AutoCloseable {

    // Generous: on a machine shared by several builds a start has taken over two minutes.
    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(6);

    /** One start-up thread, as in arquillian.xml: Payara's threaded start now and then fails on a busy machine. */
    private static final List<String> OPS_JVM_OPTIONS =
            List.of("-Xmx512m", "-Dorg.glassfish.startupThreadPolicy=USE_NO_THREADS");

    private static final List<String> OPS_OPTIONS =
            List.of("--disablephonehome", "--prebootcommandfile", "server-config/pre-boot-commands.asadmin");

    private final Process process;
    private final int port;
    private final Path log;

    private PayaraMicroProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts the built WAR at "/" on its own, as server-config/start.sh does ({@code --nocluster}), with these
     * environment variables, logging to {@code log}.
     */
    public static PayaraMicroProcess start(Map<String, String> environment, Path log) {
        return start(environment, List.of("--nocluster"), log);
    }

    /**
     * Starts the built WAR at "/" with these environment variables and further options: cluster options (such as
     * {@code --clustermode} and {@code --clustername}) or {@code --nocluster}, more applications
     * ({@code --deploy other.war}); logging to {@code log}.
     */
    public static PayaraMicroProcess start(Map<String, String> environment, List<String> options, Path log) {
        return start(OPS_JVM_OPTIONS, environment, opsOptions(options), log);
    }

    /**
     * Starts the built WAR at "/" with these JVM options (system properties instead of environment variables, as
     * arquillian.xml passes them) and Payara Micro options, without the asadmin file ops use: the server that the
     * shared-server tests ({@link SharedServer}) use, started as Arquillian starts one.
     */
    public static PayaraMicroProcess startAsArquillianDoes(List<String> jvmOptions, List<String> options, Path log) {
        return start(jvmOptions, Map.of(), options, log);
    }

    private static PayaraMicroProcess start(
            List<String> jvmOptions, Map<String, String> environment, List<String> options, Path log) {
        var port = freePort();
        try {
            var server = new PayaraMicroProcess(launch(jvmOptions, environment, options, port, log), port, log);
            server.awaitApplication();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts the built WAR on its own, expecting it to refuse to start, and waits for the process to end.
     *
     * @return the process's exit code
     * @throws IllegalStateException when it is still running after the start-up limit
     */
    public static int startExpectingExit(Map<String, String> environment, Path log) {
        try {
            var process = launch(OPS_JVM_OPTIONS, environment, opsOptions(List.of("--nocluster")), freePort(), log);
            if (process.waitFor(STARTUP_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                return process.exitValue();
            }
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new IllegalStateException("Payara Micro still running after " + STARTUP_LIMIT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Process launch(
            List<String> jvmOptions, Map<String, String> environment, List<String> options, int port, Path log)
            throws IOException {
        var command = new ArrayList<>(List.of(javaExecutable()));
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-jar",
                System.getProperty("payara.microJar", "target/payara-micro.jar"),
                "--deploy",
                System.getProperty("meridian.war", "target/meridian.war"),
                "--contextroot",
                "/",
                "--port",
                String.valueOf(port)));
        command.addAll(options);
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return builder.start();
    }

    /**
     * How much the server's log grows while {@code count} requests that each open a session (the sign-in page, the
     * console's redirect to it) are sent without cookies, as a scan or a flood sends them; in bytes.
     */
    public long logGrowthFromSessionRequests(int count) {
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try {
            var before = Files.size(log);
            for (var i = 0; i < count; i += BATCH) {
                var batch = new ArrayList<CompletableFuture<HttpResponse<Void>>>();
                for (var j = i; j < Math.min(count, i + BATCH); j++) {
                    var path = j % 2 == 0 ? "/login" : "/admin/";
                    batch.add(http.sendAsync(
                            HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.discarding()));
                }
                batch.forEach(CompletableFuture::join);
            }
            return Files.size(log) - before;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Requests sent at once by {@link #logGrowthFromSessionRequests}: a few browsers' worth. */
    private static final int BATCH = 16;

    private static List<String> opsOptions(List<String> options) {
        var all = new ArrayList<>(OPS_OPTIONS);
        all.addAll(options);
        return all;
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private void awaitApplication() {
        // HTTP/1.1 as browsers and proxies speak to it over plain http; the JDK's default first tries an h2c upgrade.
        var http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        var deadline = Instant.now().plus(STARTUP_LIMIT);
        var lastAnswer = "no answer";
        awaitBootedLine(deadline);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "Payara Micro exited with " + process.exitValue() + diagnosis(lastAnswer));
            }
            try {
                var ready = http.send(
                        HttpRequest.newBuilder(uri("/health/ready"))
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (SiteClient.isReady(ready)) {
                    return;
                }
                lastAnswer = ready.statusCode() + " " + ready.body();
            } catch (IOException notYet) {
                lastAnswer = notYet.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(500));
        }
        close();
        throw new IllegalStateException(
                "The application did not answer within " + STARTUP_LIMIT + diagnosis(lastAnswer));
    }

    /** Waits for Payara Micro's "ready in" line: before it, the port may answer with Payara's own pages. */
    private void awaitBootedLine(Instant deadline) {
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                if (Files.readString(log, StandardCharsets.ISO_8859_1).contains(") ready in ")) {
                    return;
                }
            } catch (IOException notWrittenYet) {
                // The log appears with the process's first line.
            }
            sleep(Duration.ofMillis(250));
        }
    }

    /**
     * What a failed start leaves to go on, in the exception's message (CI shows that, not the server's log file):
     * the last readiness answer and the log's last severe lines, the whole log also going to standard error.
     */
    private String diagnosis(String lastAnswer) {
        try {
            var lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
            System.err.println("---- " + log + " ----");
            lines.forEach(System.err::println);
            var severe = lines.stream()
                    .filter(line -> line.contains("SEVERE") || line.contains("Exception"))
                    .map(line -> line.length() > 400 ? line.substring(0, 400) : line)
                    .toList();
            return "; last readiness answer: " + lastAnswer + "; log " + log + " ends with severe lines: "
                    + severe.subList(Math.max(0, severe.size() - 5), severe.size());
        } catch (IOException e) {
            return "; last readiness answer: " + lastAnswer + "; log unreadable: " + e;
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A port nobody listens on at this moment. */
    public static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
