package org.evergreenloyalty.milestone;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A milestone change or challenge that was not saved, with every problem found (nothing was changed). */
public class MilestoneValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final List<MilestoneProblem> problems;

    public MilestoneValidationException(List<MilestoneProblem> problems) {
        super("Not saved: " + problems);
        this.problems = Collections.unmodifiableList(new ArrayList<MilestoneProblem>(problems));
    }

    /** The problems, in the order of the form's fields. */
    public List<MilestoneProblem> getProblems() {
        return problems;
    }
}
