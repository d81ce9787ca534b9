package org.evergreenloyalty.scheduling;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A test job that counts its runs in a counter it may share with the same job on other test nodes. */
class CountingJob implements LoyaltyJob {

    final String name;
    final AtomicInteger runs;
    final List<String> threads;

    CountingJob(String name) {
        this(name, new AtomicInteger(), new CopyOnWriteArrayList<String>());
    }

    CountingJob(String name, AtomicInteger runs, List<String> threads) {
        this.name = name;
        this.runs = runs;
        this.threads = threads;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void run() {
        threads.add(Thread.currentThread().getName());
        runs.incrementAndGet();
    }

    /** Waits until the job ran at least {@code count} times or {@code timeoutMs} passed; returns the runs. */
    int awaitRuns(int count, long timeoutMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (runs.get() < count && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        return runs.get();
    }
}
