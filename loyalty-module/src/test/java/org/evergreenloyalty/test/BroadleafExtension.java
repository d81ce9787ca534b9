package org.evergreenloyalty.test;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * JUnit 5 extension that gives a test class the shared Broadleaf context: its {@code @Resource} and
 * {@code @Autowired} fields are injected from it, and each test thread has a bound request.
 */
public class BroadleafExtension implements TestInstancePostProcessor, BeforeEachCallback {

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
        BroadleafTestContext.get().getAutowireCapableBeanFactory().autowireBean(testInstance);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        BroadleafTestContext.bindRequest();
    }
}
