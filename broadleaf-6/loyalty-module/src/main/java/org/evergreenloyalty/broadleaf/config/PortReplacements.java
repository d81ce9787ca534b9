package org.evergreenloyalty.broadleaf.config;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;

/**
 * Puts the Broadleaf 6 adapter's implementation of an engine port in place of the engine's default bean of the same
 * name. On 3.1 the adapter simply redefines the bean (the later definition wins); Broadleaf 6 reads its
 * {@code blc-config/} XML with a merging reader that folds a same-id bean into the earlier one, constructor arguments
 * included, so the adapter bean gets its own name and this processor makes the engine's name an alias of it before
 * any bean is made.
 */
public class PortReplacements implements BeanDefinitionRegistryPostProcessor {

    private final Map<String, String> replacements;

    /** @param replacements engine bean name to the name of the adapter bean that replaces it */
    public PortReplacements(Map<String, String> replacements) {
        this.replacements = new LinkedHashMap<String, String>(replacements);
    }

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        replacements.forEach((engineName, adapterName) -> {
            if (!registry.containsBeanDefinition(adapterName)) {
                throw new IllegalStateException("No bean '" + adapterName + "' to put in place of '" + engineName + "'");
            }
            if (registry.containsBeanDefinition(engineName)) {
                registry.removeBeanDefinition(engineName);
            }
            registry.registerAlias(adapterName, engineName);
        });
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        // all work is done on the registry
    }
}
