package org.evergreenloyalty.test;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * JUnit 5 extension that gives a test class the shared Broadleaf context: its {@code @Resource} and
 * {@code @Autowired} fields are injected from it, and each test runs like a storefront request: a bound
 * request and an open EntityManager.
 */
public class BroadleafExtension implements TestInstancePostProcessor, BeforeEachCallback, AfterEachCallback {

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
        BroadleafTestContext.get().getAutowireCapableBeanFactory().autowireBean(testInstance);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        BroadleafTestContext.bindRequest();
        BroadleafTestContext.openRequestEntityManager();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        BroadleafTestContext.closeRequestEntityManager();
    }
}
