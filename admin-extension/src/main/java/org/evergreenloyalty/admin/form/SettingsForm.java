package org.evergreenloyalty.admin.form;

/**
 * A settings form of the admin as typed, for settings of type {@code S}: it reads itself onto the current
 * settings, recording a problem for each field it cannot read.
 */
public interface SettingsForm<S> {

    /**
     * A copy of {@code current} with every field this form could read; fields it could not read keep their
     * current value and get a problem in {@code errors}.
     */
    S applyTo(S current, FormErrors errors);
}
