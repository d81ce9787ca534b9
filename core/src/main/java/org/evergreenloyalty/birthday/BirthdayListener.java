package org.evergreenloyalty.birthday;

/**
 * Learns of issued birthday rewards inside the transaction that issues them (one by one or a job's page), so
 * what it writes commits or rolls back with the reward.
 */
public interface BirthdayListener {

    /** {@code reward} was issued (its id, code and bonus points are set). */
    void issued(BirthdayReward reward);
}
