package org.evergreenloyalty.bench;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The measured bench run, started only by the {@code bench} profile (scripts/bench.sh) with the sizes of the
 * {@code -Dbench.*} properties. Its one check is that a report was written; it asserts no timing.
 */
class BenchRun {

    @Test
    void run() throws Exception {
        BenchConfig config = new BenchConfig(new String[0]);
        String report = BenchMain.run(config);
        System.out.println(report);
        File file = new File(config.report());
        file.getAbsoluteFile().getParentFile().mkdirs();
        Files.write(file.toPath(), report.getBytes(StandardCharsets.UTF_8));
        System.out.println("written to " + file.getAbsolutePath());
        assertTrue(file.length() > 0);
    }
}
