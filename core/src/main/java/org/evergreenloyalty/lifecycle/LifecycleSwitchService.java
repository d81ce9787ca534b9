package org.evergreenloyalty.lifecycle;

import java.util.Collections;
import java.util.Map;

import org.evergreenloyalty.config.SingleRowSettingsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Keeps the lifecycle e-mails' switches row (bean {@code evgLifecycleSwitches}); the first read creates it from the
 * properties ({@link LifecycleSettings}). The jobs and the welcome read {@link #current()} each time, so a switch on the
 * admin page applies at once on its node and within {@code evergreen.settings.cacheSeconds} on the others.
 */
public class LifecycleSwitchService extends SingleRowSettingsService<LifecycleSwitches> {

    private final LifecycleSettings settings;

    public LifecycleSwitchService(PlatformTransactionManager txm, LifecycleSettings settings) {
        super(LifecycleSwitches.class, LifecycleSwitches.TABLE, LifecycleSwitches.SINGLETON_ID, "evergreen.lifecycle", txm,
                TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.settings = settings;
    }

    /** Whether the e-mail of {@code kind} is sent now. */
    public boolean isOn(LifecycleKind kind) {
        return current().isOn(kind);
    }

    /** Switches the e-mail of {@code kind} on or off. */
    public void set(LifecycleKind kind, boolean on) {
        save(current().with(kind, on));
    }

    @Override
    protected LifecycleSwitches defaults() {
        return new LifecycleSwitches(settings.isOn(LifecycleKind.WELCOME), settings.isOn(LifecycleKind.WIN_BACK),
                settings.isOn(LifecycleKind.ANNIVERSARY), settings.isOn(LifecycleKind.STATEMENT));
    }

    @Override
    protected Map<String, String> validate(LifecycleSwitches candidate) {
        return Collections.emptyMap(); // four switches: every combination is allowed
    }

    @Override
    protected RuntimeException invalid(Map<String, String> errors) {
        return new IllegalArgumentException(String.valueOf(errors));
    }

    @Override
    protected LifecycleSwitches copyOf(LifecycleSwitches row) {
        return row.copy();
    }

    @Override
    protected void copyInto(LifecycleSwitches row, LifecycleSwitches candidate) {
        row.copyFrom(candidate);
    }
}
