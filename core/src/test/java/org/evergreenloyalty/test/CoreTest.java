package org.evergreenloyalty.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that runs against the engine's own Spring + JPA context, without any platform (tag
 * {@code core}; the PostgreSQL runs of the core suite run exactly these). Fields are injected from
 * {@link CoreTestContext} by name ({@code @Resource}) or type.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("core")
@ExtendWith(CoreExtension.class)
public @interface CoreTest {
}
