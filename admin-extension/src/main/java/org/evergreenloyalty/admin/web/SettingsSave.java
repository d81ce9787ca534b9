package org.evergreenloyalty.admin.web;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the shared save flow of a Loyalty settings page ({@link AbstractLoyaltyAdminController#saveSettings})
 * needs to know about one kind of settings {@code S}: the settings as saved, how to save them, the engine's
 * refusal (its exception with field problems), the engine's own check, the confirmation and the page's URL.
 */
final class SettingsSave<S> {

    private final Supplier<S> current;
    private final Consumer<S> save;
    private final Function<RuntimeException, Map<String, String>> refusalProblems;
    private final Function<S, Map<String, String>> check;
    private final String savedMessageKey;
    private final String pageUrl;

    private SettingsSave(Supplier<S> current, Consumer<S> save,
                         Function<RuntimeException, Map<String, String>> refusalProblems,
                         Function<S, Map<String, String>> check, String savedMessageKey, String pageUrl) {
        this.current = current;
        this.save = save;
        this.refusalProblems = refusalProblems;
        this.check = check;
        this.savedMessageKey = savedMessageKey;
        this.pageUrl = pageUrl;
    }

    /**
     * @param current         the settings as saved
     * @param save            saves settings; throws {@code refusal} when the engine refuses them
     * @param refusal         the engine's exception for settings it refuses
     * @param problemsOf      the field problems (field to message) of such a refusal
     * @param check           the engine's own check of settings (field to message; empty when fine)
     * @param savedMessageKey the admin bundle's confirmation after saving
     * @param pageUrl         the page's URL below the admin root (without the leading slash), shown after saving
     */
    static <S, X extends RuntimeException> SettingsSave<S> of(Supplier<S> current, Consumer<S> save,
                                                               final Class<X> refusal,
                                                               final Function<X, Map<String, String>> problemsOf,
                                                               Function<S, Map<String, String>> check,
                                                               String savedMessageKey, String pageUrl) {
        Function<RuntimeException, Map<String, String>> refusalProblems =
                e -> refusal.isInstance(e) ? problemsOf.apply(refusal.cast(e)) : null;
        return new SettingsSave<S>(current, save, refusalProblems, check, savedMessageKey, pageUrl);
    }

    S current() {
        return current.get();
    }

    /** Saves {@code candidate}: null when saved, the engine's field problems when it refused them. */
    Map<String, String> save(S candidate) {
        try {
            save.accept(candidate);
            return null;
        } catch (RuntimeException e) {
            Map<String, String> problems = refusalProblems.apply(e);
            if (problems == null) {
                throw e;
            }
            return problems;
        }
    }

    /** The engine's own problems with {@code candidate}. */
    Map<String, String> check(S candidate) {
        return check.apply(candidate);
    }

    String savedMessageKey() {
        return savedMessageKey;
    }

    String pageUrl() {
        return pageUrl;
    }
}
