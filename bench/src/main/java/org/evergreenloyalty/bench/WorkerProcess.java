package org.evergreenloyalty.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A forked bench JVM ({@link BenchWorker}) seen from {@link BenchMain}: sends it one command at a time and returns its
 * answer as a map; its log goes to a file. A thread of its own reads the JVM's output all the time, also while the
 * other JVM is measured, so a JVM with much output (a busy log, {@code -XX:+PrintCompilation}) never waits for a full
 * pipe to be read.
 */
final class WorkerProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final PrintWriter in;
    private final Writer log;
    /** Answer lines as the reader thread finds them; {@link #END} once the output has ended. */
    private final BlockingQueue<String> answers = new LinkedBlockingQueue<String>();
    private static final String END = "\u0000end";

    /** Starts {@code BenchWorker <variant> <schema>} on {@code database}; returns at once (see {@link #awaitReady()}). */
    WorkerProcess(String variant, String database, String schema, BenchConfig config, File logFile) throws IOException {
        this.name = variant + "@" + database;
        List<String> cmd = new ArrayList<String>();
        cmd.add(new File(System.getProperty("java.home"), "bin/java").getPath());
        cmd.add("--add-opens");
        cmd.add("java.base/java.lang=ALL-UNNAMED");
        cmd.add("--add-opens");
        cmd.add("java.base/java.util=ALL-UNNAMED");
        // the whole heap from the start, as servers run: with a heap that grows on demand, the collector sized each JVM's
        // young generation by its own old generation, and the JVM with the module's classes and queries got a smaller
        // one and collected twice as often, which measured the collector's heuristics, not the module
        cmd.add("-Xms" + config.heap());
        cmd.add("-Xmx" + config.heap());
        cmd.add("-Dbench.sqlProfile=" + config.sqlProfile());
        cmd.add("-Dbench.baselineEntities=" + config.baselineEntities());
        cmd.add("-Dbench.moduleIdle=" + config.moduleIdle());
        for (String arg : config.jvmArgs()) {
            cmd.add(arg.replace("{variant}", variant));
        }
        cmd.add("-cp");
        cmd.add(classpath());
        cmd.add("-Devergreen.test.db=" + database);
        cmd.add("-Devergreen.test.pg.url=" + config.pgUrl());
        cmd.add("-Devergreen.test.pg.user=" + config.pgUser());
        cmd.add("-Devergreen.test.pg.password=" + config.pgPassword());
        cmd.add(BenchWorker.class.getName());
        cmd.add(variant);
        cmd.add(schema);
        logFile.getParentFile().mkdirs();
        this.log = Files.newBufferedWriter(logFile.toPath(), StandardCharsets.UTF_8);
        this.process = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.in = new PrintWriter(process.getOutputStream(), true);
        Thread reader = new Thread(() -> read(out), "bench-output-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    /** Copies every line of the JVM's output into the log and hands the answer lines over, until the output ends. */
    private void read(BufferedReader out) {
        try {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                synchronized (log) {
                    log.write(line + "\n");
                }
                // the JVM writes its own diagnostics (-XX:+PrintCompilation) to the same output, and a piece of one
                // of its lines can come right before an answer on the same line
                int answer = line.indexOf(BenchWorker.ANSWER);
                if (answer >= 0) {
                    answers.add(line.substring(answer));
                }
            }
        } catch (IOException e) {
            // the JVM is gone; answer() reports it
        } finally {
            answers.add(END);
        }
    }

    /** Waits until the store has booted. */
    Map<String, String> awaitReady() throws IOException {
        return answer();
    }

    /** Runs {@code command} in the worker and returns its answer; fails with the worker's error. */
    Map<String, String> send(String command) throws IOException {
        synchronized (log) {
            log.write(">>> " + command + "\n");
        }
        in.println(command);
        return answer();
    }

    private Map<String, String> answer() throws IOException {
        String line;
        try {
            line = answers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(name + ": interrupted while waiting for its answer", e);
        }
        synchronized (log) {
            log.flush();
        }
        if (END.equals(line)) {
            answers.add(END);
            throw new IllegalStateException(name + " ended without an answer (see its log)");
        }
        Map<String, String> r = new LinkedHashMap<String, String>();
        for (String kv : line.substring(BenchWorker.ANSWER.length()).split(" ")) {
            int eq = kv.indexOf('=');
            r.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        if (r.containsKey("error")) {
            throw new IllegalStateException(name + " failed: " + r.get("error").replace('_', ' '));
        }
        return r;
    }

    @Override
    public void close() throws IOException {
        try {
            in.println("quit");
            process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            process.destroyForcibly();
            synchronized (log) {
                log.close();
            }
        }
    }

    /** The classpath of the bench itself (under surefire, the test classpath). */
    private static String classpath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp == null || cp.isEmpty() ? System.getProperty("java.class.path") : cp;
    }
}
