package org.evergreenloyalty.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import javax.persistence.TypedQuery;

/** Small helpers the feature repositories share for their query parameters and for reading query results. */
public final class Queries {

    private Queries() {
    }

    /** The first row of {@code q} (it reads one row at most), or null when there is none. */
    public static <T> T first(TypedQuery<T> q) {
        List<T> rows = q.setMaxResults(1).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    /**
     * {@code values} for a list parameter ({@code in (:ids)}), its length rounded up to a power of two by repeating the
     * last value, which changes no query's result. Hibernate writes one placeholder per value into the query and
     * compiles and keeps a plan for each length it sees: a worker whose batches hold 1 to 50 orders made 50 plans of
     * each of its queries, each parsed once and kept on the heap; padded, it makes 7.
     */
    public static <T> List<T> padded(Collection<T> values) {
        List<T> list = new ArrayList<T>(values);
        int n = list.size();
        if (n > 1) {
            T last = list.get(n - 1);
            for (int size = Integer.highestOneBit(n - 1) << 1; list.size() < size; ) {
                list.add(last);
            }
        }
        return list;
    }
}
