package org.evergreenloyalty.milestone;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.evergreenloyalty.support.AfterCommit;
import org.evergreenloyalty.support.Kept;

/**
 * What {@link MilestoneGrants} keeps between orders, like the settings cache: the milestones and the switched-on
 * challenges, each for up to {@code evergreen.settings.cacheSeconds} (0: nothing is kept), so booking an order does
 * not read them again. A change through {@link DefaultMilestoneService} on this node drops them at once (and again
 * after the surrounding transaction commits); another node sees the change within that time. The kept entities are
 * detached copies that are only read.
 */
class MilestoneCache {

    private volatile long cacheNanos = TimeUnit.SECONDS.toNanos(30);
    private volatile Kept<List<Milestone>> milestones;
    private volatile Kept<List<Challenge>> challenges;

    void setSeconds(int seconds) {
        this.cacheNanos = TimeUnit.SECONDS.toNanos(Math.max(0, seconds));
        clear();
    }

    /** Every milestone, read through {@code reader} when none are kept or they are too old. */
    List<Milestone> milestones(Supplier<List<Milestone>> reader) {
        Kept<List<Milestone>> k = milestones;
        if (k == null || !k.fresh(cacheNanos)) {
            k = new Kept<List<Milestone>>(new ArrayList<Milestone>(reader.get()), System.nanoTime());
            if (cacheNanos > 0) {
                milestones = k;
            }
        }
        return k.value();
    }

    /** The switched-on challenges, read through {@code reader} when none are kept or they are too old. */
    List<Challenge> enabledChallenges(Supplier<List<Challenge>> reader) {
        Kept<List<Challenge>> k = challenges;
        if (k == null || !k.fresh(cacheNanos)) {
            k = new Kept<List<Challenge>>(new ArrayList<Challenge>(reader.get()), System.nanoTime());
            if (cacheNanos > 0) {
                challenges = k;
            }
        }
        return k.value();
    }

    /** Milestones or challenges changed on this node: forget them, now and after the commit. */
    void changed() {
        clear();
        AfterCommit.run(this::clear);
    }

    private void clear() {
        milestones = null;
        challenges = null;
    }
}
