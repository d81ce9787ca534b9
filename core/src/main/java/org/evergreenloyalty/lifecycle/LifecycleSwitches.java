package org.evergreenloyalty.lifecycle;

import javax.persistence.Column;

/**
 * Which lifecycle e-mails are sent (one row, {@code EVG_LIFECYCLE_SWITCHES}), switched on the admin's Loyalty &gt;
 * E-mails page; first created from the {@code evergreen.lifecycle.*.enabled} properties.
 */
public class LifecycleSwitches {

    /** Its table (the changelog's; not mapped: {@link org.evergreenloyalty.config.SingleRowSettingsService}). */
    public static final String TABLE = "EVG_LIFECYCLE_SWITCHES";

    /** The id of the single row. */
    public static final long SINGLETON_ID = 1L;

    @Column(name = "WELCOME", nullable = false)
    private boolean welcome;
    @Column(name = "WIN_BACK", nullable = false)
    private boolean winBack;
    @Column(name = "ANNIVERSARY", nullable = false)
    private boolean anniversary;
    @Column(name = "STATEMENT", nullable = false)
    private boolean statement;

    public LifecycleSwitches() {
    }

    public LifecycleSwitches(boolean welcome, boolean winBack, boolean anniversary, boolean statement) {
        this.welcome = welcome;
        this.winBack = winBack;
        this.anniversary = anniversary;
        this.statement = statement;
    }

    /** Whether the e-mail of {@code kind} is sent. */
    public boolean isOn(LifecycleKind kind) {
        switch (kind) {
            case WELCOME: return welcome;
            case WIN_BACK: return winBack;
            case ANNIVERSARY: return anniversary;
            default: return statement;
        }
    }

    /** A detached copy with the e-mail of {@code kind} switched {@code on}. */
    public LifecycleSwitches with(LifecycleKind kind, boolean on) {
        return new LifecycleSwitches(kind == LifecycleKind.WELCOME ? on : welcome, kind == LifecycleKind.WIN_BACK ? on : winBack,
                kind == LifecycleKind.ANNIVERSARY ? on : anniversary, kind == LifecycleKind.STATEMENT ? on : statement);
    }

    /** A detached copy. */
    public LifecycleSwitches copy() {
        return new LifecycleSwitches(welcome, winBack, anniversary, statement);
    }

    void copyFrom(LifecycleSwitches other) {
        this.welcome = other.welcome;
        this.winBack = other.winBack;
        this.anniversary = other.anniversary;
        this.statement = other.statement;
    }
}
