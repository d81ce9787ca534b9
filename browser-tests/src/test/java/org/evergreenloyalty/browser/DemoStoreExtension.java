package org.evergreenloyalty.browser;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the demo store once per test JVM (the first time a browser test class runs), hands it to
 * tests as a {@link DemoStore} parameter, and stops it when the whole test run ends. A store that
 * failed to start fails every browser test with the same message instead of being started again.
 */
public final class DemoStoreExtension implements BeforeAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DemoStoreExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        running(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == DemoStore.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) throws ParameterResolutionException {
        return running(context);
    }

    /** The running store, started on first use. */
    static DemoStore running(ExtensionContext context) {
        StartedStore started = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(StartedStore.class, k -> StartedStore.start(), StartedStore.class);
        return started.storeOrThrow();
    }

    /** The outcome of the one start attempt: a process to close at the end, or why it failed. */
    private static final class StartedStore implements ExtensionContext.Store.CloseableResource {
        private final DemoStoreProcess process;
        private final RuntimeException failure;

        private StartedStore(DemoStoreProcess process, RuntimeException failure) {
            this.process = process;
            this.failure = failure;
        }

        static StartedStore start() {
            try {
                return new StartedStore(DemoStoreProcess.start(BrowserTestSettings.demoStoreJar(),
                        BrowserTestSettings.outputDir(), BrowserTestSettings.demoStoreStartTimeout()), null);
            } catch (RuntimeException e) {
                return new StartedStore(null, e);
            }
        }

        DemoStore storeOrThrow() {
            if (failure != null) {
                throw new IllegalStateException(failure.getMessage(), failure);
            }
            return process.store();
        }

        @Override
        public void close() {
            if (process != null) {
                process.close();
            }
        }
    }
}
