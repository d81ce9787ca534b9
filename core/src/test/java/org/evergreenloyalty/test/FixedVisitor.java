package org.evergreenloyalty.test;

import org.evergreenloyalty.referral.CurrentVisitor;
import org.evergreenloyalty.referral.Visitor;

/** The core suite's {@link CurrentVisitor}: the visitor a test sets (else an unknown one), as a web request would give it. */
public class FixedVisitor implements CurrentVisitor {

    private volatile Visitor visitor = Visitor.UNKNOWN;

    public void set(Visitor visitor) {
        this.visitor = visitor == null ? Visitor.UNKNOWN : visitor;
    }

    @Override
    public Visitor get() {
        return visitor;
    }
}
