package org.evergreenloyalty.campaign;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A campaign or earn rate that was not saved, with every problem found (nothing was changed). */
public class CampaignValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final List<CampaignProblem> problems;

    public CampaignValidationException(List<CampaignProblem> problems) {
        super("Not saved: " + problems);
        this.problems = Collections.unmodifiableList(new ArrayList<CampaignProblem>(problems));
    }

    /** The problems, in the order of the form's fields. */
    public List<CampaignProblem> getProblems() {
        return problems;
    }
}
