package org.evergreenloyalty.milestone;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percent of a target, for progress bars. */
final class Progress {

    private Progress() {
    }

    static int percent(BigDecimal current, BigDecimal target) {
        if (target.signum() <= 0) {
            return 100;
        }
        return Math.max(0, Math.min(100, current.multiply(BigDecimal.valueOf(100)).divide(target, 0, RoundingMode.DOWN).intValue()));
    }
}
