package org.evergreenloyalty.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that runs against the real Broadleaf context (tag {@code broadleaf}; the
 * PostgreSQL suite runs exactly these).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("broadleaf")
@ExtendWith(BroadleafExtension.class)
public @interface BroadleafIntegrationTest {
}
