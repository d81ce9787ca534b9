package org.evergreenloyalty.test.hibernate6;

import org.hibernate.dialect.HSQLDialect;

/**
 * The 7.0 suite's HSQLDB dialect: Hibernate 6's, without the column CHECK constraints its schema generation adds to
 * enum columns (see {@link PostgreSQLTestDialect}). Named in core's test harness by the build's transformer rules.
 */
public class HSQLTestDialect extends HSQLDialect {

    @Override
    public boolean supportsColumnCheck() {
        return false;
    }
}
