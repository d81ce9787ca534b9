package org.evergreenloyalty.admin.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Collections;

import org.junit.jupiter.api.Test;

class ModuleVersionTest {

    private final ClassLoader loader = getClass().getClassLoader();

    @Test
    void readsTheBuildTimeVersionOfThisBuild() {
        String expected = System.getProperty("evergreen.test.expectedVersion");
        assertEquals(expected, new ModuleVersion().read(),
                "the filtered build file must carry the project version (run through Maven)");
    }

    @Test
    void prefersTheFirstLocationThatHasAVersion() {
        ModuleVersion version = new ModuleVersion(loader, Arrays.asList(
                "test-version/missing.properties",
                "test-version/blank.properties",
                "test-version/unfiltered.properties",
                "test-version/real.properties",
                "test-version/other.properties"));
        assertEquals("1.2.3", version.read());
    }

    @Test
    void reportsUnknownWhenNoLocationHasOne() {
        ModuleVersion version = new ModuleVersion(loader, Arrays.asList(
                "test-version/missing.properties", "test-version/unfiltered.properties"));
        assertEquals(ModuleVersion.UNKNOWN, version.read());
    }

    @Test
    void refusesToBeBuiltWithoutLocations() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ModuleVersion(loader, Collections.<String>emptyList()));
        assertEquals("At least one location of the module version is required", e.getMessage());
    }
}
