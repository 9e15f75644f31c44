package org.meridian.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Payara Micro started the way ops start it ({@code java -jar payara-micro.jar --deploy meridian.war ...}) in a
 * process of its own. Ready means the application's readiness check is UP: a failed deployment still prints
 * "ready", and its health endpoint then has no check of ours.
 */
public final class PayaraMicroProcess implements AutoCloseable {

    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(3);

    private final Process process;
    private final int port;

    private PayaraMicroProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the built WAR at "/" on its own (no cluster) with these environment variables, logging to {@code log}. */
    public static PayaraMicroProcess start(Map<String, String> environment, Path log) {
        return start(environment, List.of("--nohazelcast"), log);
    }

    /**
     * Starts the built WAR at "/" with these environment variables and cluster options (such as {@code --clustermode}
     * and {@code --clustername} instead of {@code --nohazelcast}), logging to {@code log}.
     */
    public static PayaraMicroProcess start(Map<String, String> environment, List<String> clusterOptions, Path log) {
        var port = freePort();
        try {
            var server = new PayaraMicroProcess(launch(environment, clusterOptions, port, log), port);
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
            var process = launch(environment, List.of("--nohazelcast"), freePort(), log);
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

    private static Process launch(Map<String, String> environment, List<String> clusterOptions, int port, Path log)
            throws IOException {
        var command = new ArrayList<>(List.of(javaExecutable(), "-Xmx512m", "-jar",
                System.getProperty("payara.microJar", "target/payara-micro.jar"),
                "--deploy", System.getProperty("meridian.war", "target/meridian.war"),
                "--contextroot", "/", "--port", String.valueOf(port), "--disablephonehome",
                "--postbootcommandfile", "server-config/post-boot-commands.asadmin"));
        command.addAll(clusterOptions);
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return builder.start();
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private void awaitApplication() {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var deadline = Instant.now().plus(STARTUP_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue());
            }
            try {
                var ready = http.send(HttpRequest.newBuilder(uri("/health/ready")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (SiteClient.isReady(ready)) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(500));
        }
        close();
        throw new IllegalStateException("The application did not answer within " + STARTUP_LIMIT);
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
