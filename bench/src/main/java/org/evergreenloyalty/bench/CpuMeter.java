package org.evergreenloyalty.bench;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time a round costs, besides its wall time: of the calling thread, of this whole JVM (request threads, the
 * module's workers, the cache's threads, garbage collection, JIT compilers) and of the PostgreSQL server's processes
 * on this machine (read from {@code /proc}; none when the database is in-process or elsewhere). Throughput on a small
 * machine moves by a few percent from run to run; the CPU a checkout costs moves much less, so it shows where a
 * difference between the two JVMs comes from.
 */
final class CpuMeter {

    /** Linux's clock ticks per second for {@code /proc/<pid>/stat} (USER_HZ, 100 on every common platform). */
    private static final long TICK_NANOS = 10_000_000L;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuMeter() {
    }

    /** CPU time of the calling thread so far, in ns (0 when the JVM does not measure it). */
    static long thread() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
    }

    /** Bytes the calling thread has allocated on the heap so far (0 when the JVM does not tell). */
    static long allocated() {
        return THREADS instanceof com.sun.management.ThreadMXBean
                ? ((com.sun.management.ThreadMXBean) THREADS).getThreadAllocatedBytes(Thread.currentThread().getId()) : 0;
    }

    /** CPU time of this JVM so far, all threads, in ns (0 when the JVM does not tell). */
    static long process() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean
                ? ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() : 0;
    }

    /**
     * CPU time of every process named {@code postgres} on this machine so far (server and backends, user and system),
     * in ns; -1 when there is none or {@code /proc} cannot be read. Backends that ended in between are not counted,
     * which is why a round compares two readings of connections that stay open (the pool's).
     */
    static long postgres() {
        File[] procs = new File("/proc").listFiles((dir, name) -> name.chars().allMatch(Character::isDigit));
        if (procs == null) {
            return -1;
        }
        long ticks = 0;
        boolean found = false;
        for (File p : procs) {
            String stat = read(new File(p, "stat"));
            int open = stat.indexOf('(');
            int close = stat.lastIndexOf(')');
            if (open < 0 || close < open || !stat.substring(open + 1, close).equals("postgres")) {
                continue;
            }
            // after the command: state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime
            String[] f = stat.substring(close + 2).split(" ");
            if (f.length > 12) {
                ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                found = true;
            }
        }
        return found ? ticks * TICK_NANOS : -1;
    }

    /**
     * CPU time so far of every live Java thread but the calling one, in ns, by thread id: with {@link #byGroup} two
     * readings tell which threads a round's CPU went to.
     */
    static Map<Long, long[]> threads() {
        Map<Long, long[]> cpu = new HashMap<Long, long[]>();
        long self = Thread.currentThread().getId();
        for (long id : THREADS.getAllThreadIds()) {
            long ns = id == self ? -1 : THREADS.getThreadCpuTime(id);
            if (ns >= 0) {
                cpu.put(id, new long[] {ns});
            }
        }
        return cpu;
    }

    /**
     * The CPU time threads spent between two readings of {@link #threads}, in ns, summed by what they are: index 0 the
     * module's (named {@code evergreen-...}: order events, outbox, mail, jobs), 1 every other Java thread but the
     * bench's shoppers (the store's caches, pools, timers). A thread started in between counts from zero; one that
     * ended in between is lost (the shoppers, which the caller counts itself).
     */
    static long[] byGroup(Map<Long, long[]> before, Map<Long, long[]> after) {
        long[] sums = new long[2];
        after.forEach((id, ns) -> {
            ThreadInfo info = THREADS.getThreadInfo(id);
            String name = info == null ? "" : info.getThreadName();
            if (!name.startsWith("bench-shopper-")) {
                long[] was = before.get(id);
                sums[name.startsWith("evergreen-") ? 0 : 1] += ns[0] - (was == null ? 0 : was[0]);
            }
        });
        return sums;
    }

    /** Collections the JVM's garbage collectors have run so far (all collectors). */
    static long collections() {
        long n = 0;
        for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionCount());
        }
        return n;
    }

    /**
     * The heap in use right after the JVM's last garbage collection, in MB (0 before any): what survived it, i.e. the
     * live set. The larger it is, the smaller the young generation the collector can give a fixed heap, and the more
     * often it collects.
     */
    static double liveAfterCollectionMb() {
        long bytes = 0;
        long latest = -1;
        for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            com.sun.management.GcInfo info = gc instanceof com.sun.management.GarbageCollectorMXBean
                    ? ((com.sun.management.GarbageCollectorMXBean) gc).getLastGcInfo() : null;
            if (info != null && info.getEndTime() > latest) {
                latest = info.getEndTime();
                bytes = info.getMemoryUsageAfterGc().values().stream().mapToLong(java.lang.management.MemoryUsage::getUsed).sum()
                        - nonHeap(info.getMemoryUsageAfterGc());
            }
        }
        return bytes / 1e6;
    }

    /** The part of {@code usage} in pools that are not on the heap (metaspace, code cache). */
    private static long nonHeap(Map<String, java.lang.management.MemoryUsage> usage) {
        long bytes = 0;
        for (java.lang.management.MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() != java.lang.management.MemoryType.HEAP && usage.containsKey(pool.getName())) {
                bytes += usage.get(pool.getName()).getUsed();
            }
        }
        return bytes;
    }

    private static String read(File f) {
        try {
            return new String(Files.readAllBytes(f.toPath()), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            return "";
        }
    }
}
