package org.evergreenloyalty.browser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Starts the demo store jar as a separate JVM (so Broadleaf's old libraries never meet Selenium's),
 * waits for its ready line, copies its output to a log file, and stops it again.
 */
final class DemoStoreProcess implements AutoCloseable {
    static final String READY_LINE = "Evergreen demo store ready";
    private static final int TAIL_LINES = 80;

    private final Process process;
    private final DemoStore store;
    private final Path dataDir;
    private final Thread shutdownHook;
    private final Deque<String> tail = new ArrayDeque<>();
    private final CountDownLatch ready = new CountDownLatch(1);

    private DemoStoreProcess(Path jar, Path outputDir, Duration startTimeout) throws IOException, InterruptedException {
        Files.createDirectories(outputDir);
        int[] ports = distinctFreePorts(3);
        int sitePort = ports[0];
        int adminPort = ports[1];
        int smtpPort = ports[2];
        this.dataDir = Files.createTempDirectory(outputDir, "demo-store-data-");
        Path logFile = outputDir.resolve("demo-store.log");
        this.store = new DemoStore(sitePort, adminPort, logFile);

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.asList(System.getProperty("evergreen.demo.jvmArgs",
                "-Xmx1536m --add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/java.util=ALL-UNNAMED")
                .trim().split("\\s+")));
        // System properties go before -jar, or the launcher would take them as program arguments.
        command.add("-Dsite.port=" + sitePort);
        command.add("-Dadmin.port=" + adminPort);
        command.add("-Devergreen.demo.smtp.port=" + smtpPort);
        command.add("-Devergreen.data.dir=" + dataDir.toAbsolutePath());
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());

        Writer log = Files.newBufferedWriter(logFile, StandardCharsets.UTF_8);
        log.write("# " + String.join(" ", command) + System.lineSeparator());
        log.flush();
        this.process = new ProcessBuilder(command)
                .directory(outputDir.toFile())
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .start();
        process.getOutputStream().close();
        this.shutdownHook = new Thread(this::kill, "demo-store-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);

        Thread pump = new Thread(() -> pump(log), "demo-store-output");
        pump.setDaemon(true);
        pump.start();
        awaitReady(startTimeout);
    }

    /**
     * Starts the jar and returns once it printed its ready line.
     *
     * @throws IllegalStateException if the jar is missing, the store exits, or it is not ready in time
     */
    static DemoStoreProcess start(Path jar, Path outputDir, Duration startTimeout) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The demo store jar " + jar.toAbsolutePath().normalize()
                    + " does not exist. Build it first: mvn -B install -pl demo-store -am -DskipTests");
        }
        try {
            return new DemoStoreProcess(jar, outputDir, startTimeout);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the demo store from " + jar, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting the demo store", e);
        }
    }

    DemoStore store() {
        return store;
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ready.await(1, TimeUnit.SECONDS)) {
            if (!process.isAlive()) {
                throw startFailure("exited with code " + process.exitValue() + " before it was ready");
            }
            if (System.nanoTime() > deadline) {
                close();
                throw startFailure("did not print '" + READY_LINE + "' within " + timeout.toSeconds() + " s");
            }
        }
    }

    private IllegalStateException startFailure(String what) {
        try {
            process.waitFor(2, TimeUnit.SECONDS); // let the last lines reach the tail
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String lastLines;
        synchronized (tail) {
            lastLines = String.join(System.lineSeparator(), tail);
        }
        return new IllegalStateException("The demo store " + what + ". Full output: " + store.logFile()
                + System.lineSeparator() + "Last lines:" + System.lineSeparator() + lastLines);
    }

    private void pump(Writer log) {
        try (log; BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                log.write(line);
                log.write(System.lineSeparator());
                log.flush();
                synchronized (tail) {
                    tail.addLast(line);
                    if (tail.size() > TAIL_LINES) {
                        tail.removeFirst();
                    }
                }
                if (line.contains(READY_LINE)) {
                    ready.countDown();
                }
            }
        } catch (IOException e) {
            // the process is gone; nothing more to copy
        }
    }

    /** Stops the store (politely, then forcibly) and deletes its data directory. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to; fine
        }
        TempFiles.deleteQuietly(dataDir);
    }

    private void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static int[] distinctFreePorts(int count) throws IOException {
        int[] ports = new int[count];
        for (int i = 0; i < count; i++) {
            int candidate;
            boolean taken;
            do {
                candidate = freePort();
                taken = false;
                for (int j = 0; j < i; j++) {
                    taken |= ports[j] == candidate;
                }
            } while (taken);
            ports[i] = candidate;
        }
        return ports;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
