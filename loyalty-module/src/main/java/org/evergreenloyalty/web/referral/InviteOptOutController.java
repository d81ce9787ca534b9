package org.evergreenloyalty.web.referral;

import org.evergreenloyalty.referral.InvitationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The link in every invitation e-mail: {@code GET /r/optout?email=..&token=..} asks for confirmation (mail
 * scanners that follow links change nothing), {@code POST /r/optout} stops all invitations to that address.
 * Template {@code evergreen/referral/optout}; model: {@code email}, {@code token}, {@code evgOptOutState}
 * (CONFIRM, DONE or INVALID).
 */
@Controller
@RequestMapping("/r/optout")
public class InviteOptOutController {

    public static final String VIEW = "evergreen/referral/optout";
    public static final String STATE = "evgOptOutState";

    private final InvitationService invitations;

    @Autowired
    public InviteOptOutController(@Qualifier("evgInvitationService") InvitationService invitations) {
        this.invitations = invitations;
    }

    /** Asks the addressee to confirm. */
    @RequestMapping(method = RequestMethod.GET)
    public String confirm(@RequestParam(value = "email", required = false) String email,
                          @RequestParam(value = "token", required = false) String token, Model model) {
        boolean valid = invitations.isOptOutToken(email, token);
        model.addAttribute("email", valid ? email.trim() : null);
        model.addAttribute("token", valid ? token.trim() : null);
        model.addAttribute(STATE, valid ? "CONFIRM" : "INVALID");
        return VIEW;
    }

    /** Opts the address out. */
    @RequestMapping(method = RequestMethod.POST)
    public String optOut(@RequestParam(value = "email", required = false) String email,
                         @RequestParam(value = "token", required = false) String token, Model model) {
        boolean done = invitations.optOut(email == null ? null : email.trim(), token);
        model.addAttribute("email", done ? email.trim() : null);
        model.addAttribute(STATE, done ? "DONE" : "INVALID");
        return VIEW;
    }
}
