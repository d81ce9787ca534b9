package org.evergreenloyalty.notification;

import java.io.Serializable;

import javax.persistence.Column;
import javax.persistence.Embeddable;

/** The key of an {@link EmailPreference}: customer id and category. */
@Embeddable
public class EmailPreferenceId implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "CUSTOMER_ID", nullable = false)
    private Long customerId;

    @Column(name = "CATEGORY", nullable = false, length = 40)
    private String category;

    public EmailPreferenceId() {
    }

    public EmailPreferenceId(long customerId, String category) {
        this.customerId = customerId;
        this.category = category;
    }

    public long getCustomerId() { return customerId; }
    public String getCategory() { return category; }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof EmailPreferenceId)) return false;
        EmailPreferenceId other = (EmailPreferenceId) o;
        return eq(customerId, other.customerId) && eq(category, other.category);
    }

    @Override
    public int hashCode() {
        return (customerId == null ? 0 : customerId.hashCode()) * 31 + (category == null ? 0 : category.hashCode());
    }

    private static boolean eq(Object a, Object b) {
        return a == null ? b == null : a.equals(b);
    }
}
