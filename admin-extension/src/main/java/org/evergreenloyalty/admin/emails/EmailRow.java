package org.evergreenloyalty.admin.emails;

/**
 * One of the module's customer e-mails as Loyalty &gt; E-mails lists it: its template, whether it is sent now and
 * the message key saying where it is switched (a settings page or a property).
 */
public final class EmailRow {

    private final String template;
    private final boolean on;
    private final String switchKey;
    private final boolean switchable;

    public EmailRow(String template, boolean on, String switchKey) {
        this(template, on, switchKey, false);
    }

    /** @param switchable whether this page switches it (the lifecycle e-mails) */
    public EmailRow(String template, boolean on, String switchKey, boolean switchable) {
        this.template = template;
        this.on = on;
        this.switchKey = switchKey;
        this.switchable = switchable;
    }

    public String getTemplate() { return template; }
    public boolean isOn() { return on; }
    public String getSwitchKey() { return switchKey; }
    /** Whether this page switches it on and off. */
    public boolean isSwitchable() { return switchable; }
    /** Message key of the e-mail's name. */
    public String getNameKey() { return "evergreen.emails.name." + template; }
}
