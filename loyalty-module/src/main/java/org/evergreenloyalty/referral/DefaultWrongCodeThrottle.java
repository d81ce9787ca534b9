package org.evergreenloyalty.referral;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.support.Clock;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link WrongCodeThrottle} on EVG_REFERRAL_WRONG_CODE rows keyed by hashed session id and IP address. */
public class DefaultWrongCodeThrottle implements WrongCodeThrottle {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final TransactionTemplate newTx;
    private final VisitorHasher hasher;
    private final Clock clock;

    public DefaultWrongCodeThrottle(PlatformTransactionManager txm, VisitorHasher hasher, Clock clock) {
        this.newTx = new TransactionTemplate(txm);
        this.newTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.hasher = hasher;
        this.clock = clock;
    }

    @Override
    public boolean isBlocked(final Visitor visitor, final ReferralSettings settings) {
        final String session = sessionKey(visitor);
        final String ip = ipKey(visitor);
        if (session == null && ip == null) {
            return false;
        }
        final Date since = new Date(clock.now().getTime() - settings.getWrongCodeWindowMinutes() * 60_000L);
        return newTx.execute(new TransactionCallback<Boolean>() {
            @Override
            public Boolean doInTransaction(TransactionStatus status) {
                if (session != null && count(session, since) >= settings.getWrongCodeLimitPerSession()) {
                    return true;
                }
                return ip != null && count(ip, since) >= settings.getWrongCodeLimitPerIp();
            }
        });
    }

    @Override
    public void recordWrong(Visitor visitor) {
        final List<String> keys = new ArrayList<String>();
        if (sessionKey(visitor) != null) {
            keys.add(sessionKey(visitor));
        }
        if (ipKey(visitor) != null) {
            keys.add(ipKey(visitor));
        }
        if (keys.isEmpty()) {
            return;
        }
        newTx.execute(new TransactionCallback<Void>() {
            @Override
            public Void doInTransaction(TransactionStatus status) {
                Date now = clock.now();
                for (String k : keys) {
                    em.persist(new WrongCodeAttempt(k, now));
                }
                return null;
            }
        });
    }

    @Override
    public int purge(final Date before) {
        return newTx.execute(new TransactionCallback<Integer>() {
            @Override
            public Integer doInTransaction(TransactionStatus status) {
                return em.createQuery("delete from WrongCodeAttempt a where a.attemptedAt < :t").setParameter("t", before)
                        .executeUpdate();
            }
        });
    }

    private long count(String key, Date since) {
        return em.createQuery("select count(a) from WrongCodeAttempt a where a.scopeKey = :k and a.attemptedAt >= :t", Long.class)
                .setParameter("k", key).setParameter("t", since).getSingleResult();
    }

    private String sessionKey(Visitor v) {
        return v == null || v.getSessionId() == null ? null : "s:" + hasher.session(v.getSessionId());
    }

    private String ipKey(Visitor v) {
        return v == null || v.getIp() == null ? null : "i:" + hasher.ip(v.getIp());
    }
}
