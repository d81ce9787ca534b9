package org.evergreenloyalty.admin.status;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

/**
 * Finds the version of the installed Evergreen module, for display in the admin.
 *
 * <p>It reads the {@code version} key of the first of several classpath properties files that has one:
 * the {@code pom.properties} Maven writes into the loyalty-module jar, then the admin extension's own
 * build-time filtered {@code config/evergreen/evergreen-admin-build.properties} (which also works when the
 * modules run from their {@code target/classes} directories, where no {@code pom.properties} exists).</p>
 */
public class ModuleVersion {

    /** Shown when no location holds a version. */
    public static final String UNKNOWN = "unknown";

    /** Where the version is looked for, in order. */
    public static final List<String> DEFAULT_LOCATIONS = Collections.unmodifiableList(Arrays.asList(
            "META-INF/maven/org.evergreenloyalty/loyalty-module/pom.properties",
            "config/evergreen/evergreen-admin-build.properties"));

    private final ClassLoader loader;
    private final List<String> locations;

    /** Reads the default locations with this class's class loader. */
    public ModuleVersion() {
        this(ModuleVersion.class.getClassLoader(), DEFAULT_LOCATIONS);
    }

    /** Reads {@code locations} (classpath resource names, in order of preference) through {@code loader}. */
    public ModuleVersion(ClassLoader loader, List<String> locations) {
        if (loader == null) {
            throw new IllegalArgumentException("A class loader is required to read the module version");
        }
        if (locations == null || locations.isEmpty()) {
            throw new IllegalArgumentException("At least one location of the module version is required");
        }
        this.loader = loader;
        this.locations = Collections.unmodifiableList(locations);
    }

    /** The version, or {@link #UNKNOWN} when no location has a usable one. */
    public String read() {
        for (String location : locations) {
            String version = versionAt(location);
            if (version != null) {
                return version;
            }
        }
        return UNKNOWN;
    }

    private String versionAt(String location) {
        InputStream in = loader.getResourceAsStream(location);
        if (in == null) {
            return null;
        }
        Properties props = new Properties();
        try {
            try {
                props.load(in);
            } finally {
                in.close();
            }
        } catch (IOException e) {
            return null;
        }
        String version = props.getProperty("version");
        if (version == null || version.trim().isEmpty() || version.contains("${")) {
            // blank, or an unfiltered placeholder: not a real version
            return null;
        }
        return version.trim();
    }
}
