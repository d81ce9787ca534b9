package org.evergreenloyalty.admin.emails;

/**
 * One of the module's customer e-mails as Loyalty &gt; E-mails lists it: its template, whether it is sent now and
 * the message key saying where it is switched (a settings page or a property).
 */
public final class EmailRow {

    private final String template;
    private final boolean on;
    private final String switchKey;

    public EmailRow(String template, boolean on, String switchKey) {
        this.template = template;
        this.on = on;
        this.switchKey = switchKey;
    }

    public String getTemplate() { return template; }
    public boolean isOn() { return on; }
    public String getSwitchKey() { return switchKey; }
    /** Message key of the e-mail's name. */
    public String getNameKey() { return "evergreen.emails.name." + template; }
}
