package org.evergreenloyalty.webhook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * A receiver of webhooks (table {@code EVG_WEBHOOK_SUB}): its URL, the event types it wants, the secret its
 * deliveries are signed with, whether it is enabled, and its run of consecutive failed attempts (at the
 * threshold the sender disables it and records when).
 */
@Entity
@Table(name = "EVG_WEBHOOK_SUB")
public class WebhookSubscription {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "EvgWebhookSubId")
    @TableGenerator(name = "EvgWebhookSubId", table = "EVG_ID_GENERATION", pkColumnName = "ID_NAME",
            valueColumnName = "ID_VAL", pkColumnValue = "WebhookSubscription", allocationSize = 10)
    @Column(name = "SUB_ID")
    private Long id;

    @Column(name = "URL", nullable = false, length = 1000)
    private String url;
    /** The wanted event types, comma-separated. */
    @Column(name = "EVENTS", nullable = false, length = 1000)
    private String events;
    @Column(name = "SECRET", nullable = false, length = 100)
    private String secret;
    @Column(name = "ENABLED", nullable = false)
    private Boolean enabled;
    @Column(name = "FAILURES", nullable = false)
    private int failures;
    /** When the sender disabled it after too many failures (null: it did not). */
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "AUTO_DISABLED_AT")
    private Date autoDisabledAt;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_AT", nullable = false)
    private Date createdAt;

    protected WebhookSubscription() {
    }

    public WebhookSubscription(String url, Collection<String> events, String secret, boolean enabled, Date createdAt) {
        this.url = url;
        this.events = join(events);
        this.secret = secret;
        this.enabled = enabled;
        this.createdAt = new Date(createdAt.getTime());
    }

    static String join(Collection<String> events) {
        StringBuilder b = new StringBuilder();
        for (String e : events) {
            b.append(b.length() == 0 ? "" : ",").append(e);
        }
        return b.toString();
    }

    /** Changes URL, events and the enabled flag; enabling again starts a new run of failures. */
    void change(String url, Collection<String> events, boolean enabled) {
        this.url = url;
        this.events = join(events);
        if (enabled && !isEnabled()) {
            this.failures = 0;
            this.autoDisabledAt = null;
        }
        this.enabled = enabled;
    }

    /** A delivered attempt ends the run of failures. */
    void succeeded() {
        this.failures = 0;
    }

    /** Counts a failed attempt; at {@code threshold} in a row disables the subscription. Returns whether this call disabled it. */
    boolean failed(int threshold, Date now) {
        this.failures++;
        if (failures >= threshold && isEnabled()) {
            this.enabled = Boolean.FALSE;
            this.autoDisabledAt = new Date(now.getTime());
            return true;
        }
        return false;
    }

    public Long getId() { return id; }
    public String getUrl() { return url; }
    /** The wanted event types. */
    public List<String> getEvents() {
        return events == null || events.isEmpty() ? new ArrayList<String>() : new ArrayList<String>(Arrays.asList(events.split(",")));
    }
    /** Whether it wants events of {@code type}. */
    public boolean wants(String type) { return getEvents().contains(type); }
    public String getSecret() { return secret; }
    public boolean isEnabled() { return Boolean.TRUE.equals(enabled); }
    /** Failed attempts in a row since the last success. */
    public int getFailures() { return failures; }
    public Date getAutoDisabledAt() { return autoDisabledAt == null ? null : new Date(autoDisabledAt.getTime()); }
    public Date getCreatedAt() { return new Date(createdAt.getTime()); }
}
