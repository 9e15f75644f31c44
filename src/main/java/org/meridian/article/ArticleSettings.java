package org.meridian.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The articles' setting; its key is written here once (see system/SiteSettings). */
@ApplicationScoped
public class ArticleSettings {

    public static final String SCHEDULER_PERIOD_SECONDS = "meridian.scheduler.period-seconds";

    @Inject
    @ConfigProperty(name = SCHEDULER_PERIOD_SECONDS)
    private long schedulerPeriodSeconds;

    /** How often scheduled publishing and unpublishing are looked for: a change happens within it after its time. */
    public long schedulerPeriodSeconds() {
        return schedulerPeriodSeconds;
    }
}
