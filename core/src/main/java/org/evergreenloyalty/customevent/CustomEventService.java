package org.evergreenloyalty.customevent;

import java.util.List;
import java.util.Map;

/**
 * Custom earning events ({@code newsletter-signup}, {@code social-follow} ...): the rules defined in the admin, and
 * recording an event for a customer, which grants the rule's points exactly once per event id (ledger event key
 * {@code custom:<type>:<eventId>}) within the rule's limit.
 */
public interface CustomEventService {

    /** All rules, by type. */
    List<EarningEventRule> rules();

    /** The rule of {@code type}, or null. */
    EarningEventRule rule(String type);

    /**
     * Creates the rule of {@code input}'s type or updates it.
     *
     * @throws CustomEventException when the input is invalid (naming the field); nothing changes then
     */
    EarningEventRule saveRule(RuleInput input);

    /**
     * Records event {@code eventId} of {@code type} for the customer and grants the rule's points; a repeat of the
     * event id returns the first result ({@link EventResult#isRepeat()}) and changes nothing.
     *
     * @throws CustomEventException when the type is unknown or inactive, the customer unknown, the event id malformed or
     *         used for another customer, or the customer over the rule's limit; nothing changes then
     */
    EventResult record(long customerId, String type, String eventId);

    /** Events and points granted per rule type. */
    Map<String, RuleTotals> totals();
}
