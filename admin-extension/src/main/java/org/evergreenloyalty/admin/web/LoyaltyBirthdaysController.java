package org.evergreenloyalty.admin.web;

import java.util.ArrayList;
import java.util.List;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

import org.evergreenloyalty.admin.birthdays.BirthdayFormat;
import org.evergreenloyalty.admin.birthdays.BirthdayRefusals;
import org.evergreenloyalty.admin.birthdays.BirthdaysPageQuery;
import org.evergreenloyalty.birthday.BirthdayAdminService;
import org.evergreenloyalty.birthday.BirthdayCalendar;
import org.evergreenloyalty.birthday.BirthdayException;
import org.evergreenloyalty.birthday.BirthdaySettings;
import org.evergreenloyalty.birthday.BirthdaySettingsService;
import org.evergreenloyalty.birthday.MailStatus;
import org.evergreenloyalty.birthday.RewardPage;
import org.evergreenloyalty.birthday.RewardStatus;
import org.evergreenloyalty.birthday.RewardView;
import org.evergreenloyalty.birthday.UpcomingBirthday;
import org.evergreenloyalty.support.Clock;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's Loyalty &gt; Birthdays page: birthdays of the next days (and whether each earns a reward), the
 * issued rewards by year and status with paging, the year's numbers with the share of codes used, and
 * "resend e-mail" per reward. Settings and a customer's birthday have pages of their own
 * ({@link LoyaltyBirthdaySettingsController}, {@link LoyaltyCustomerBirthdayController}).
 */
@Controller("evgLoyaltyBirthdaysController")
@RequestMapping("/" + LoyaltyBirthdaysController.SECTION_KEY)
public class LoyaltyBirthdaysController extends AbstractLoyaltyAdminController {

    /** The section's URL below the admin root, as seeded in BLC_ADMIN_SECTION (without the leading slash). */
    public static final String SECTION_KEY = "loyalty/birthdays";

    /** Rewards per page. */
    public static final int REWARDS_PAGE_SIZE = 25;
    /** Most upcoming birthdays listed. */
    public static final int MAX_UPCOMING = BirthdayAdminService.MAX_PAGE_SIZE;
    /** The {@code from} value of a resend form on a customer's birthday page: go back there. */
    static final String FROM_CUSTOMER = "customer";
    /** Years offered in the year filter: this many before the current one (and the next). */
    static final int YEARS_BACK = 5;

    @Resource(name = "evgBirthdayAdminService")
    protected BirthdayAdminService birthdays;

    @Resource(name = "evgBirthdaySettingsService")
    protected BirthdaySettingsService settings;

    @Resource(name = "evgClock")
    protected Clock clock;

    /** The page; unreadable parameters fall back to their defaults with a note. */
    @RequestMapping(value = "", method = RequestMethod.GET)
    public String show(@RequestParam(value = "days", required = false) String days,
                       @RequestParam(value = "year", required = false) String year,
                       @RequestParam(value = "status", required = false) String status,
                       @RequestParam(value = "page", required = false) String page,
                       HttpServletResponse response, Model model) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        BirthdaySettings s = settings.current();
        int currentYear = BirthdayCalendar.today(clock.now(), s.zone()).getYear();
        BirthdaysPageQuery query = BirthdaysPageQuery.read(days, year, status, page, currentYear, newErrors());

        List<UpcomingBirthday> upcoming = birthdays.upcoming(query.getDays(), MAX_UPCOMING);
        RewardPage rewards = birthdays.rewards(query.getYear(), query.getStatus(), query.getPage(), REWARDS_PAGE_SIZE);
        if (query.getPage() > rewards.getPages()) {
            query = query.onPage(rewards.getPages());
            rewards = birthdays.rewards(query.getYear(), query.getStatus(), query.getPage(), REWARDS_PAGE_SIZE);
        }
        model.addAttribute("query", query);
        model.addAttribute("queryProblems", query.getProblems());
        model.addAttribute("upcoming", upcoming);
        model.addAttribute("upcomingCapped", upcoming.size() >= MAX_UPCOMING);
        model.addAttribute("maxUpcoming", MAX_UPCOMING);
        model.addAttribute("rewards", rewards);
        model.addAttribute("stats", birthdays.stats(query.getStatsYear()));
        model.addAttribute("years", years(currentYear, query.getYear()));
        model.addAttribute("statuses", RewardStatus.values());
        model.addAttribute("birthdaySettings", s);
        model.addAttribute("storeZone", s.zone().getId());
        model.addAttribute("birthdayFormat", new BirthdayFormat(LocaleContextHolder.getLocale()));
        return page(model, SECTION_KEY, "loyalty/birthdays");
    }

    /**
     * Sends a reward's birthday e-mail again, then goes back to the list as it was (the filters travel as
     * parameters of the form), or to the customer's birthday page when {@code from} is {@value #FROM_CUSTOMER},
     * with a notice saying what became of the e-mail.
     */
    @RequestMapping(value = "/rewards/{rewardId}/resend", method = RequestMethod.POST)
    public String resend(@PathVariable("rewardId") String rewardId,
                         @RequestParam(value = "days", required = false) String days,
                         @RequestParam(value = "year", required = false) String year,
                         @RequestParam(value = "status", required = false) String status,
                         @RequestParam(value = "page", required = false) String page,
                         @RequestParam(value = "from", required = false) String from,
                         HttpServletResponse response, Model model, RedirectAttributes redirect) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        BirthdaySettings s = settings.current();
        int currentYear = BirthdayCalendar.today(clock.now(), s.zone()).getYear();
        String back = "redirect:/" + BirthdaysPageQuery.read(days, year, status, page, currentYear, newErrors()).url(SECTION_KEY);
        Long id = LoyaltyCustomersController.parseId(rewardId);
        RewardView reward = id == null ? null : birthdays.reward(id);
        if (reward == null) {
            return notFound(response, model, SECTION_KEY, "evergreen.birthdays.reward.notFound", rewardId);
        }
        if (FROM_CUSTOMER.equals(from)) {
            back = "redirect:/" + SECTION_KEY + "/customers/" + reward.getCustomerId();
        }
        String what = reward.getCode() != null ? reward.getCode() : "#" + reward.getId();
        String to = reward.getCustomerEmail() == null ? "" : reward.getCustomerEmail();
        try {
            MailStatus result = birthdays.resendEmail(reward.getId());
            if (result == MailStatus.SENT || result == MailStatus.QUEUED) {
                redirect.addFlashAttribute(NOTICE, text("evergreen.birthdays.resend." + result.name(), what, to));
            } else {
                redirect.addFlashAttribute(WARNING, text("evergreen.birthdays.resend." + result.name(), what, to));
            }
        } catch (BirthdayException e) {
            redirect.addFlashAttribute(WARNING, new BirthdayRefusals(messageSource).message(e, LocaleContextHolder.getLocale()));
        }
        return back;
    }

    /** The years of the filter, newest first: next year, this year and {@link #YEARS_BACK} before, plus the chosen one. */
    static List<Integer> years(int currentYear, Integer chosen) {
        List<Integer> years = new ArrayList<Integer>();
        for (int y = currentYear + 1; y >= currentYear - YEARS_BACK; y--) {
            years.add(y);
        }
        if (chosen != null && !years.contains(chosen)) {
            years.add(chosen > currentYear ? 0 : years.size(), chosen);
        }
        return years;
    }
}
