package org.evergreenloyalty.referral;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

import org.hibernate.annotations.Index;

/**
 * One wrong referral code entered from a session or an IP address (stored as a keyed hash), for the
 * wrong-code throttle. Kept in the database so every node of a cluster counts the same tries.
 */
@Entity
@Table(name = "EVG_REFERRAL_WRONG_CODE")
public class WrongCodeAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "EvgReferralWrongCodeId")
    @TableGenerator(name = "EvgReferralWrongCodeId", table = "EVG_ID_GENERATION", pkColumnName = "ID_NAME",
            valueColumnName = "ID_VAL", pkColumnValue = "WrongCodeAttempt", allocationSize = 50)
    @Column(name = "ATTEMPT_ID")
    private Long id;

    @Index(name = "EVG_REFWRONG_SCOPE_IX")
    @Column(name = "SCOPE_KEY", length = 80, nullable = false)
    private String scopeKey;

    @Index(name = "EVG_REFWRONG_AT_IX")
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "ATTEMPTED_AT", nullable = false)
    private Date attemptedAt;

    protected WrongCodeAttempt() {
    }

    WrongCodeAttempt(String scopeKey, Date at) {
        this.scopeKey = scopeKey;
        this.attemptedAt = new Date(at.getTime());
    }

    public Long getId() { return id; }
    /** "session:&lt;hash&gt;" or "ip:&lt;hash&gt;". */
    public String getScopeKey() { return scopeKey; }
    public Date getAttemptedAt() { return new Date(attemptedAt.getTime()); }
}
