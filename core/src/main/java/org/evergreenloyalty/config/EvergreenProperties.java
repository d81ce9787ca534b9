package org.evergreenloyalty.config;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Enumeration;
import java.util.Map;
import java.util.Properties;

/**
 * The module's configuration: built-in defaults from {@code config/evergreen/evergreen-defaults.properties},
 * overridden by every {@code evergreen.properties} on the store's classpath, overridden by
 * {@code evergreen.*} system properties. Beans read values from it through SpEL
 * ({@code #{evergreenProperties['evergreen.mail.host']}}), so the module needs no property placeholder
 * configurer of its own next to Broadleaf's.
 */
public class EvergreenProperties extends Properties {

    private static final long serialVersionUID = 1L;

    /** Classpath location of the built-in defaults. */
    public static final String DEFAULTS = "config/evergreen/evergreen-defaults.properties";
    /** Classpath name of a store's override file. */
    public static final String STORE_OVERRIDES = "evergreen.properties";

    /** Loads defaults, store overrides and system properties, in that order. */
    public EvergreenProperties() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = EvergreenProperties.class.getClassLoader();
        }
        loadAll(loader, DEFAULTS);
        loadAll(loader, STORE_OVERRIDES);
        for (Map.Entry<Object, Object> e : System.getProperties().entrySet()) {
            String key = String.valueOf(e.getKey());
            if (key.startsWith("evergreen.")) {
                put(key, e.getValue());
            }
        }
    }

    private void loadAll(ClassLoader loader, String name) {
        try {
            Enumeration<URL> urls = loader.getResources(name);
            while (urls.hasMoreElements()) {
                URL url = urls.nextElement();
                try (InputStream in = url.openStream()) {
                    load(in);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    /** The trimmed value of {@code key}, or {@code fallback} when it is missing or blank. */
    public String get(String key, String fallback) {
        String v = getProperty(key);
        return v == null || v.trim().isEmpty() ? fallback : v.trim();
    }

    /** The value of {@code key} as a boolean ({@code fallback} when missing). */
    public boolean getBoolean(String key, boolean fallback) {
        String v = get(key, null);
        return v == null ? fallback : Boolean.parseBoolean(v);
    }

    /** The value of {@code key} as an int; a malformed value is a configuration error. */
    public int getInt(String key, int fallback) {
        String v = get(key, null);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Property " + key + " must be a whole number, was '" + v + "'", e);
        }
    }
}
