package org.evergreenloyalty.milestone;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Milestones and challenges for the admin and the storefront: the milestones (seeded with {@link MilestoneDefaults}
 * on first use), switching and pricing them, the challenges, and one customer's badges and running challenges.
 */
public interface MilestoneService {

    /** Every milestone, in display order (the defaults are created when missing). */
    List<Milestone> milestones();

    /** Switches a milestone on or off; false when there is no such milestone. */
    boolean setEnabled(String code, boolean enabled);

    /**
     * Sets the points a milestone grants from now on.
     *
     * @throws MilestoneValidationException when the points are not a whole number from 1 to the maximum, or the code unknown
     */
    Milestone setPoints(String code, String points);

    /** Every challenge, latest first day first. */
    List<Challenge> challenges();

    /** One challenge, or null. */
    Challenge challenge(long id);

    /**
     * Creates ({@code id} null) or changes a challenge.
     *
     * @throws MilestoneValidationException with every problem, nothing saved
     * @throws IllegalArgumentException when {@code id} names no challenge
     */
    Challenge saveChallenge(Long id, ChallengeDraft draft, String actor);

    /** Switches a challenge on or off; false when there is no such challenge. */
    boolean setChallengeEnabled(long id, boolean enabled);

    /** Per milestone code and per challenge id ({@code "MILESTONE:<code>"}, {@code "CHALLENGE:<id>"}): who reached it, points. */
    Map<String, MilestoneTotals> totals();

    /** The switched-on milestones as the customer sees them, reached ones first. */
    List<BadgeProgress> badges(long customerId);

    /** The switched-on challenges running today, with the customer's progress. */
    List<ChallengeProgress> runningChallenges(long customerId);

    /** Today in the milestones' time zone. */
    LocalDate today();
}
