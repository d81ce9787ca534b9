package org.evergreenloyalty.test;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * JUnit 5 extension of {@link CoreTest}: injects the test instance from the shared engine context and, before each
 * test, sets the module clock back to its start and forgets the e-mails the previous test sent.
 */
public class CoreExtension implements TestInstancePostProcessor, BeforeEachCallback {

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
        CoreTestContext.get().getAutowireCapableBeanFactory().autowireBean(testInstance);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        CoreTestContext.clock().reset();
        CoreTestContext.get().getBean("evgMailTransport", RecordingMailTransport.class).clear();
    }
}
