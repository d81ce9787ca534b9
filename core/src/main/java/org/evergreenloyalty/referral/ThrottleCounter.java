package org.evergreenloyalty.referral;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

import org.hibernate.annotations.Index;

/**
 * The wrong-code tries of one client or IP address (a keyed hash) in the current window, for the wrong-code
 * throttle. One row per scope, incremented under its row lock, so every node counts the same tries and two tries
 * arriving at once are counted one after the other.
 */
@Entity
@Table(name = "EVG_REFERRAL_THROTTLE")
public class ThrottleCounter {

    @Id
    @Column(name = "SCOPE_KEY", length = 80, nullable = false)
    private String scopeKey;

    @Index(name = "EVG_REFTHROTTLE_START_IX")
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "WINDOW_START", nullable = false)
    private Date windowStart;

    @Column(name = "TRIES", nullable = false)
    private int tries;

    protected ThrottleCounter() {
    }

    ThrottleCounter(String scopeKey, Date windowStart, int tries) {
        this.scopeKey = scopeKey;
        this.windowStart = new Date(windowStart.getTime());
        this.tries = tries;
    }

    /** "c:&lt;hash&gt;" (a client: session, else IP address and browser) or "i:&lt;hash&gt;" (an IP address). */
    public String getScopeKey() { return scopeKey; }
    public Date getWindowStart() { return new Date(windowStart.getTime()); }
    public int getTries() { return tries; }
}
