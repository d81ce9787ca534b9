package org.evergreenloyalty.milestone;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Checks a challenge draft and a milestone's points, collecting every problem (message keys of the admin bundle,
 * {@code milestone.error.*}): a name of 1 to 100 characters, a known goal, a goal above zero (a whole number but for
 * spend), points from 1 to {@link MilestoneSettings#getMaxPoints()}, ISO days with the last not before the first.
 */
final class ChallengeValidator {

    private final MilestoneSettings settings;

    ChallengeValidator(MilestoneSettings settings) {
        this.settings = settings;
    }

    /** The checked challenge, or null with {@code problems} filled. */
    ChallengeDraft.Checked check(ChallengeDraft d, List<MilestoneProblem> problems) {
        String name = trim(d.getName());
        if (name.isEmpty() || name.length() > 100) {
            problems.add(new MilestoneProblem("name", "milestone.error.name"));
        }
        ChallengeGoal goal = null;
        try {
            goal = ChallengeGoal.valueOf(trim(d.getGoal()));
        } catch (IllegalArgumentException e) {
            problems.add(new MilestoneProblem("goal", "milestone.error.goal"));
        }
        BigDecimal target = target(goal, trim(d.getTarget()), problems);
        long points = points(d.getPoints(), problems);
        LocalDate start = day("startDay", d.getStartDay(), problems);
        LocalDate end = day("endDay", d.getEndDay(), problems);
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(new MilestoneProblem("endDay", "milestone.error.endBeforeStart"));
        }
        return problems.isEmpty() ? new ChallengeDraft.Checked(name, goal, target, points, start, end) : null;
    }

    private static BigDecimal target(ChallengeGoal goal, String text, List<MilestoneProblem> problems) {
        BigDecimal t = null;
        try {
            t = text.isEmpty() ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            t = null;
        }
        boolean whole = goal != ChallengeGoal.SPEND;
        if (t == null || t.signum() <= 0 || t.compareTo(new BigDecimal("1000000000")) > 0
                || (whole && t.stripTrailingZeros().scale() > 0) || t.scale() > 2 && t.stripTrailingZeros().scale() > 2) {
            problems.add(new MilestoneProblem("target", "milestone.error.target"));
            return null;
        }
        return t;
    }

    /** Points of 1 to the most a grant may give, or -1 with a problem. */
    long points(String text, List<MilestoneProblem> problems) {
        String t = trim(text);
        long max = settings.getMaxPoints();
        long p = t.matches("-?\\d{1,12}") ? Long.parseLong(t) : -1;
        if (p < 1 || p > max) {
            problems.add(new MilestoneProblem("points", "milestone.error.points", max));
            return -1;
        }
        return p;
    }

    private static LocalDate day(String field, String text, List<MilestoneProblem> problems) {
        try {
            return LocalDate.parse(trim(text));
        } catch (DateTimeParseException e) {
            problems.add(new MilestoneProblem(field, "milestone.error.day"));
            return null;
        }
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }
}
