package org.evergreenloyalty.web;

import org.broadleafcommerce.common.util.BroadleafMergeResourceBundleMessageSource;

/** The module's real message bundles, loaded as a store loads them, for tests without a Broadleaf context. */
final class Bundles {

    private Bundles() {
    }

    static StorefrontMessages messages() {
        BroadleafMergeResourceBundleMessageSource source = new BroadleafMergeResourceBundleMessageSource();
        source.setBasenames("classpath:messages/evergreen");
        source.setFallbackToSystemLocale(false);
        return new StorefrontMessages(source);
    }
}
