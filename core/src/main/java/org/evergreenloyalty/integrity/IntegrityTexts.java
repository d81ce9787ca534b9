package org.evergreenloyalty.integrity;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * A finding as one line of text for people (e-mail and admin), from {@code evergreen.integrity.finding.<KIND>}
 * with the arguments {0} order number (or id), {1} customer id, {2} offer code, {3} expected points,
 * {4} recorded points, {5} ledger entry id.
 */
public final class IntegrityTexts {

    private final MessageSource messages;

    public IntegrityTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** The message {@code key} in {@code locale}. */
    public String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** The line describing {@code f}. */
    public String finding(Locale locale, IntegrityFinding f) {
        String order = f.getOrderNumber() != null ? f.getOrderNumber() : f.getOrderId() == null ? "-" : String.valueOf(f.getOrderId());
        return text(locale, "evergreen.integrity.finding." + f.getKind().name(), order,
                f.getCustomerId() == null ? "-" : String.valueOf(f.getCustomerId()),
                f.getOfferCode() == null ? "-" : f.getOfferCode(),
                f.getExpectedPoints() == null ? "-" : String.valueOf(f.getExpectedPoints()),
                f.getRecordedPoints() == null ? "-" : String.valueOf(f.getRecordedPoints()),
                f.getEntryId() == null ? "-" : String.valueOf(f.getEntryId()));
    }
}
