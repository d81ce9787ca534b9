package org.evergreenloyalty.admin.web;

import java.util.ArrayList;
import java.util.List;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.evergreenloyalty.admin.form.FormErrors;
import org.evergreenloyalty.admin.settings.PointsSettingsForm;
import org.evergreenloyalty.admin.settings.TierForm;
import org.evergreenloyalty.admin.status.LoyaltyInfrastructureView;
import org.evergreenloyalty.points.ExpiryMode;
import org.evergreenloyalty.points.LoyaltyTier;
import org.evergreenloyalty.points.PointsSettings;
import org.evergreenloyalty.points.PointsSettingsService;
import org.evergreenloyalty.points.PointsSettingsValidator;
import org.evergreenloyalty.points.SettingsValidationException;
import org.evergreenloyalty.points.TierBasis;
import org.evergreenloyalty.points.TierService;
import org.evergreenloyalty.scheduling.JobAlreadyRunningException;
import org.evergreenloyalty.scheduling.JobRunner;
import org.evergreenloyalty.scheduling.UnknownJobException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's Loyalty &gt; Settings page: the points rules (earning, pending period, redemption, expiry, tier
 * basis, e-mails) and the tiers, each a form validated on save (every problem shown next to its field, nothing
 * saved while there is one), and the infrastructure read from the running application: installed module
 * version, the scheduler with its jobs (cron expression, next run, a "run now" button) and the e-mail settings.
 */
@Controller("evgLoyaltySettingsController")
@RequestMapping("/" + LoyaltySettingsController.SECTION_KEY)
public class LoyaltySettingsController extends AbstractLoyaltyAdminController {

    private static final Log LOG = LogFactory.getLog(LoyaltySettingsController.class);

    /** The section's URL below the admin root, as seeded in BLC_ADMIN_SECTION (without the leading slash). */
    public static final String SECTION_KEY = "loyalty/settings";

    @Resource(name = "evgLoyaltyInfrastructureView")
    protected LoyaltyInfrastructureView infrastructure;

    @Resource(name = "evgPointsSettingsService")
    protected PointsSettingsService settings;

    @Resource(name = "evgTierService")
    protected TierService tiers;

    @Resource(name = "evgJobRunner")
    protected JobRunner jobs;

    private final SettingsSave<PointsSettings> pointsSave = SettingsSave.of(
            () -> settings.current(), s -> settings.save(s),
            SettingsValidationException.class, SettingsValidationException::getFieldErrors,
            s -> new PointsSettingsValidator().validate(s),
            "evergreen.settings.points.saved", SECTION_KEY);

    /** Shows the settings page. */
    @RequestMapping(value = "", method = RequestMethod.GET)
    public String show(HttpServletResponse response, Model model) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        return settingsPage(model, null, null, null, null);
    }

    /** Saves the points rules; on any problem shows them again with the problems and saves nothing. */
    @RequestMapping(value = "/points", method = RequestMethod.POST)
    public String savePoints(@ModelAttribute("pointsForm") PointsSettingsForm form, BindingResult binding,
                             HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return saveSettings(pointsSave, form, binding, response, model, redirect,
                errors -> settingsPage(model, form, errors, null, null));
    }

    /** Saves the tiers (changed, added and removed rows at once); on any problem saves nothing. */
    @RequestMapping(value = "/tiers", method = RequestMethod.POST)
    public String saveTiers(@ModelAttribute("tierForm") TierForm form, BindingResult binding,
                            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        FormErrors errors = newErrors();
        bindingProblems(binding, errors);
        List<Integer> rowOfTier = new ArrayList<Integer>();
        List<LoyaltyTier> edited = form.read(errors, rowOfTier);
        if (edited != null && errors.isEmpty()) {
            try {
                tiers.saveTiers(edited);
                redirect.addFlashAttribute(NOTICE, text("evergreen.settings.tiers.saved"));
                return "redirect:/" + SECTION_KEY;
            } catch (SettingsValidationException e) {
                TierForm.reportServiceErrors(e.getFieldErrors(), rowOfTier, errors);
            }
        }
        return settingsPage(model, null, null, form, errors);
    }

    /**
     * Runs a job at once, in this request, and reports how it ended. The jobs are safe to run at any time
     * (each records its work under unique keys), so a run next to a scheduled one does nothing twice.
     */
    @RequestMapping(value = "/jobs/{name}/run", method = RequestMethod.POST)
    public String runJob(@PathVariable("name") String name, HttpServletResponse response, Model model,
                         RedirectAttributes redirect) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        long started = System.currentTimeMillis();
        try {
            jobs.runNow(name);
            redirect.addFlashAttribute(NOTICE, text("evergreen.settings.job.ran", name, System.currentTimeMillis() - started));
        } catch (JobAlreadyRunningException e) {
            redirect.addFlashAttribute(WARNING, text("evergreen.settings.job.alreadyRunning", name));
        } catch (UnknownJobException e) {
            return notFound(response, model, SECTION_KEY, "evergreen.settings.job.unknown", name);
        } catch (RuntimeException e) {
            LOG.warn("Job " + name + " failed when run from the admin", e);
            redirect.addFlashAttribute(WARNING, text("evergreen.settings.job.failed", name, String.valueOf(e.getMessage())));
        }
        return "redirect:/" + SECTION_KEY + "#evergreen-scheduler-jobs";
    }

    /** The page with the given forms (null: as saved) and their problems. */
    private String settingsPage(Model model, PointsSettingsForm pointsForm, FormErrors pointsErrors,
                                TierForm tierForm, FormErrors tierErrors) {
        PointsSettings current = settings.current();
        model.addAttribute("pointsForm", pointsForm != null ? pointsForm : PointsSettingsForm.of(current));
        model.addAttribute("pointsErrors", pointsErrors != null ? pointsErrors : newErrors());
        model.addAttribute("tierForm", tierForm != null ? tierForm : TierForm.of(tiers.tiers()));
        model.addAttribute("tierErrors", tierErrors != null ? tierErrors : newErrors());
        model.addAttribute("expiryModes", ExpiryMode.values());
        model.addAttribute("tierBases", TierBasis.values());
        model.addAttribute("tierBasis", current.getTierBasis());
        model.addAttribute("moduleVersion", infrastructure.moduleVersion());
        model.addAttribute("scheduler", infrastructure.scheduler());
        model.addAttribute("mail", infrastructure.mail());
        return page(model, SECTION_KEY, "loyalty/settings");
    }
}
