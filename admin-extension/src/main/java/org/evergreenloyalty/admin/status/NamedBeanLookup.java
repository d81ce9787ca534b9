package org.evergreenloyalty.admin.status;

import org.springframework.beans.BeansException;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;

/**
 * Finds one bean of the running application by name, tolerating its absence: a store may leave a part of
 * the module out, and the admin then shows that part as not configured instead of failing to start.
 *
 * @param <T> the type the bean must have
 */
public class NamedBeanLookup<T> implements ApplicationContextAware {

    private final String beanName;
    private final Class<T> type;
    private ApplicationContext context;

    public NamedBeanLookup(String beanName, Class<T> type) {
        if (beanName == null || beanName.trim().isEmpty()) {
            throw new IllegalArgumentException("The bean name to look up is required");
        }
        if (type == null) {
            throw new IllegalArgumentException("The type of bean '" + beanName + "' is required");
        }
        this.beanName = beanName;
        this.type = type;
    }

    @Override
    public void setApplicationContext(ApplicationContext context) throws BeansException {
        this.context = context;
    }

    /** The bean, or null when the application has no bean of that name and type. */
    public T find() {
        if (context == null || !context.containsBean(beanName)) {
            return null;
        }
        Object bean = context.getBean(beanName);
        return type.isInstance(bean) ? type.cast(bean) : null;
    }

    public String getBeanName() {
        return beanName;
    }
}
