package org.evergreenloyalty.admin.reviews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.evergreenloyalty.admin.form.FormErrors;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The bulk form of the review queue: what it accepts and what it refuses. */
class BulkDecisionFormTest {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    BulkDecisionFormTest() {
        messages.setBasename("messages/EvergreenAdminMessages");
    }

    private static BulkDecisionForm form(String action, String reason, String... ids) {
        BulkDecisionForm f = new BulkDecisionForm();
        f.setAction(action);
        f.setReason(reason);
        f.setIds(new ArrayList<String>(Arrays.asList(ids)));
        return f;
    }

    @Test
    void tickedIdsAreReadOnceEachInOrder() {
        FormErrors errors = new FormErrors(messages, Locale.ENGLISH);
        BulkDecisionForm f = form("approve", null, "7", " 3 ", "7");
        assertEquals(Arrays.asList(7L, 3L), f.read(errors));
        assertTrue(errors.isEmpty());
        assertTrue(f.isSelected(7));
        assertFalse(f.isSelected(4));
    }

    @Test
    void aRejectionNeedsAReasonAndTheReasonIsTrimmed() {
        FormErrors errors = new FormErrors(messages, Locale.ENGLISH);
        assertNull(form("reject", "  ", "1").read(errors));
        assertEquals("Enter the reason for the rejection.", errors.get("reason"));

        BulkDecisionForm ok = form("reject", "  Spam ", "1");
        assertEquals(Arrays.asList(1L), ok.read(new FormErrors(messages, Locale.ENGLISH)));
        assertEquals("Spam", ok.trimmedReason());
    }

    @Test
    void nothingTickedTooManyTamperedIdsOrAnUnknownActionAreRefused() {
        FormErrors none = new FormErrors(messages, Locale.ENGLISH);
        assertNull(form("approve", null).read(none));
        assertEquals("Select at least one review.", none.get("ids"));

        List<String> many = new ArrayList<String>();
        for (int i = 1; i <= BulkDecisionForm.MAX_IDS + 1; i++) {
            many.add(String.valueOf(i));
        }
        FormErrors tooMany = new FormErrors(messages, Locale.ENGLISH);
        assertNull(form("approve", null, many.toArray(new String[0])).read(tooMany));
        assertEquals("Select at most 200 reviews at once.", tooMany.get("ids"));

        FormErrors tampered = new FormErrors(messages, Locale.ENGLISH);
        assertNull(form("approve", null, "1", "-2").read(tampered));
        assertEquals("This value is not valid.", tampered.get(FormErrors.FORM));

        FormErrors action = new FormErrors(messages, Locale.ENGLISH);
        assertNull(form(null, null, "1").read(action));
        assertEquals("Choose whether to approve or reject the selected reviews.", action.get(FormErrors.FORM));
    }
}
