package org.evergreenloyalty.support;

import java.util.List;

import javax.persistence.TypedQuery;

/** Small helpers the feature repositories share for reading query results. */
public final class Queries {

    private Queries() {
    }

    /** The first row of {@code q} (it reads one row at most), or null when there is none. */
    public static <T> T first(TypedQuery<T> q) {
        List<T> rows = q.setMaxResults(1).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }
}
