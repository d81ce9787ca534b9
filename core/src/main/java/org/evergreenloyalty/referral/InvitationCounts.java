package org.evergreenloyalty.referral;

import java.util.Date;

import javax.persistence.EntityManager;

/**
 * The invitation counts the hourly limits read from EVG_REFERRAL_INVITE (withheld invitations included), inside the
 * caller's transaction.
 */
public final class InvitationCounts {

    private final EntityManager em;

    public InvitationCounts(EntityManager em) {
        this.em = em;
    }

    /** Invitations recorded from the IP address hash {@code ipHash} since {@code since}, by any advocate. */
    public long fromIpSince(String ipHash, Date since) {
        return em.createQuery("select count(i) from ReferralInvitation i where i.ipHash = :ip and i.sentAt >= :t", Long.class)
                .setParameter("ip", ipHash).setParameter("t", since).getSingleResult();
    }

    /** Invitations recorded in the whole store since {@code since}. */
    public long storeWideSince(Date since) {
        return em.createQuery("select count(i) from ReferralInvitation i where i.sentAt >= :t", Long.class)
                .setParameter("t", since).getSingleResult();
    }
}
