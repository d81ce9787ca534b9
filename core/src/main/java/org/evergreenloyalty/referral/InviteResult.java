package org.evergreenloyalty.referral;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What an invitation form achieved: the addresses an invitation went to, and the addresses skipped (opted
 * out, invited recently, already customers; the reason is not told, so the form reveals nothing about other
 * people) or failed (mail server).
 */
public final class InviteResult {

    private final List<String> sent;
    private final List<String> skipped;
    private final List<String> failed;
    private final List<String> accepted;

    public InviteResult(List<String> sent, List<String> skipped, List<String> failed) {
        this(sent, skipped, failed, concat(sent, skipped));
    }

    /** @param accepted sent and skipped addresses in the order they were entered (the order must not tell them apart) */
    public InviteResult(List<String> sent, List<String> skipped, List<String> failed, List<String> accepted) {
        this.sent = Collections.unmodifiableList(new ArrayList<String>(sent));
        this.skipped = Collections.unmodifiableList(new ArrayList<String>(skipped));
        this.failed = Collections.unmodifiableList(new ArrayList<String>(failed));
        this.accepted = Collections.unmodifiableList(new ArrayList<String>(accepted));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<String>(a);
        all.addAll(b);
        return all;
    }

    public List<String> getSent() { return sent; }
    public List<String> getSkipped() { return skipped; }
    public List<String> getFailed() { return failed; }

    /**
     * The addresses the form accepted: sent and skipped alike, in the order they were entered. This is all a shopper
     * may be told, so the answer is the same for a customer's address and a stranger's.
     */
    public List<String> getAccepted() { return accepted; }
}
