package org.evergreenloyalty.scheduling;

import java.util.Map;

import javax.sql.DataSource;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;

/**
 * Finds the clustered scheduler's data source in the Spring context, only when it is needed: the bean
 * named by {@code beanName} when set, else the entry {@code mapKey} of the map bean {@code mapBeanName}
 * (in a Broadleaf store: {@code blMergedDataSources}' {@code jdbc/web}, the main store database).
 */
public class DataSourceLocator implements BeanFactoryAware {

    private final String beanName;
    private final String mapBeanName;
    private final String mapKey;
    private BeanFactory beanFactory;

    /**
     * @param beanName    a DataSource bean to use, or null/blank for the map entry
     * @param mapBeanName a bean of type Map whose entry {@code mapKey} is the DataSource
     * @param mapKey      the entry's key
     */
    public DataSourceLocator(String beanName, String mapBeanName, String mapKey) {
        this.beanName = beanName == null || beanName.trim().isEmpty() ? null : beanName.trim();
        this.mapBeanName = mapBeanName;
        this.mapKey = mapKey;
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    /** The data source; a missing or mistyped bean is a configuration error with a message saying which. */
    public DataSource locate() {
        if (beanFactory == null) {
            throw new IllegalStateException("DataSourceLocator has no bean factory");
        }
        if (beanName != null) {
            if (!beanFactory.containsBean(beanName)) {
                throw new IllegalStateException("evergreen.scheduler.dataSourceBean names '" + beanName
                        + "', but there is no such bean");
            }
            return beanFactory.getBean(beanName, DataSource.class);
        }
        if (!beanFactory.containsBean(mapBeanName)) {
            throw new IllegalStateException("No bean '" + mapBeanName + "' to take the scheduler's data source from;"
                    + " set evergreen.scheduler.dataSourceBean");
        }
        Object value = beanFactory.getBean(mapBeanName, Map.class).get(mapKey);
        if (!(value instanceof DataSource)) {
            throw new IllegalStateException("Bean '" + mapBeanName + "' has no DataSource under '" + mapKey + "' (found "
                    + value + "); set evergreen.scheduler.dataSourceBean");
        }
        return (DataSource) value;
    }
}
