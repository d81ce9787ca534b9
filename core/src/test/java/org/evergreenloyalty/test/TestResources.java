package org.evergreenloyalty.test;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Reads the project's own files in tests: properties from the classpath, source and template files from disk. */
public final class TestResources {

    private TestResources() {
    }

    /** The properties file at {@code resource} on the test classpath; fails the test when it is missing. */
    public static Properties properties(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TestResources.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                fail(resource + " is not on the classpath");
            }
            p.load(in);
        }
        return p;
    }

    /** A file's text, read as UTF-8. */
    public static String read(File f) throws IOException {
        return new String(Files.readAllBytes(f.toPath()), StandardCharsets.UTF_8);
    }

    /** Every file below {@code dir} whose name ends with {@code suffix} (none when {@code dir} does not exist). */
    public static List<File> files(File dir, String suffix) {
        List<File> out = new ArrayList<File>();
        File[] children = dir.listFiles();
        if (children != null) {
            for (File c : children) {
                if (c.isDirectory()) {
                    out.addAll(files(c, suffix));
                } else if (c.getName().endsWith(suffix)) {
                    out.add(c);
                }
            }
        }
        return out;
    }
}
