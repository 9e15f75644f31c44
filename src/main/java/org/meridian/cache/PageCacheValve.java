package org.meridian.cache;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.catalina.Contained;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Request;
import org.apache.catalina.Response;
import org.eclipse.microprofile.config.ConfigProvider;
import org.glassfish.web.valve.GlassFishValve;

/**
 * The one class that knows Payara's web container: it answers cached public pages at the very front of the
 * virtual server's pipeline, before Payara starts the request for the application. Payara would otherwise first fire
 * the request listeners (CDI's request context among them) and then run Jakarta Security's authentication module and
 * two JACC permission checks for every request, public or not: more than sending a cached page costs
 * (docs/benchmarks.md). A cached page is public and the same for everyone, and no security constraint covers a
 * cacheable path, so nothing is skipped that could refuse or change the answer.
 *
 * <p>Payara creates the valves named in {@code glassfish-web.xml} ({@code valve_1}) once the application has started
 * and hands each its application ({@link #setContainer}) before appending it to the application's own pipeline,
 * which is too late in the request. That instance puts a second one, bound to the application, first in the virtual
 * server's pipeline, takes it out again when the application stops, and itself does nothing. The second answers hits
 * for its application only; everything else, misses included, goes on through the pipeline as before.
 *
 * <p>{@code meridian.page-cache.front-valve=false} leaves the pipeline alone: {@link PublicPageCacheFilter} then
 * answers every hit, more slowly. So does a Payara whose pipelines no longer work this way, and the start-up log says
 * so; PageCacheIT fails on such a Payara.
 */
public class PageCacheValve implements GlassFishValve, Contained {

    private static final Logger LOG = Logger.getLogger(PageCacheValve.class.getName());

    /** The application this valve answers for; null on the instance Payara creates, which only installs. */
    private final Context application;

    private Container container;

    private volatile CachedPageResponder responder;

    /** The instance Payara creates from glassfish-web.xml. */
    public PageCacheValve() {
        this(null);
    }

    private PageCacheValve(Context application) {
        this.application = application;
    }

    @Override
    public void setContainer(Container container) {
        this.container = container;
        if (application != null) {
            return;
        }
        if (!ConfigProvider.getConfig(PageCacheValve.class.getClassLoader())
                .getValue(CacheSettings.FRONT_VALVE, Boolean.class)) {
            LOG.info("Cached public pages are answered by the application's filter (" + CacheSettings.FRONT_VALVE
                    + "=false)");
            return;
        }
        var serverPipeline = container.getParent().getPipeline();
        var frontValve = new PageCacheValve((Context) container);
        putFirst(frontValve, serverPipeline);
        ((Lifecycle) container).addLifecycleListener(event -> {
            if (Lifecycle.STOP_EVENT.equals(event.getType())) {
                serverPipeline.removeValve(frontValve);
            }
        });
        if (serverPipeline.getValves()[0] == frontValve) {
            LOG.info("Cached public pages are answered in front of the server's pipeline for this application");
        } else {
            LOG.warning("The page cache valve is not first in the pipeline: cached pages are answered by the filter");
        }
    }

    /** Pipelines only append, so the valves already there are taken out and appended again behind the new one. */
    private static void putFirst(GlassFishValve valve, Pipeline pipeline) {
        var following = Arrays.stream(pipeline.getValves())
                .filter(other -> other != pipeline.getBasic())
                .toList();
        following.forEach(pipeline::removeValve);
        pipeline.addValve(valve);
        following.forEach(pipeline::addValve);
    }

    /**
     * Answers a hit and ends the pipeline, or passes the request on. Should answering fail, the request goes on to
     * the application, whose filter answers it and whose error handling applies, rather than to Payara's bare 500.
     * The address is not logged: search words may be about a patient's health.
     */
    @Override
    public int invoke(Request request, Response response) throws IOException {
        if (application == null || request.getContext() != application) {
            return INVOKE_NEXT;
        }
        var found = responder();
        if (found == null) {
            return INVOKE_NEXT;
        }
        // Payara binds the application's class loader only later in the pipeline. Sending a stored page needs none:
        // the responder and the cache behind its CDI proxy are found without it (PageCacheIT: every hit in front).
        try {
            var answered = found.answerInFront(
                    (HttpServletRequest) request.getRequest(), (HttpServletResponse) response.getResponse());
            return answered ? END_PIPELINE : INVOKE_NEXT;
        } catch (RuntimeException failure) {
            LOG.log(
                    Level.WARNING,
                    "A cached page could not be sent in front; the application answers instead",
                    failure);
            return INVOKE_NEXT;
        }
    }

    /**
     * The application's responder, which it puts in the servlet context when it starts: the valve exists before the
     * application's beans do, and CDI cannot be looked up this early in a request.
     */
    private CachedPageResponder responder() {
        var found = responder;
        if (found == null) {
            found = (CachedPageResponder) application.getServletContext().getAttribute(CachedPageResponder.ATTRIBUTE);
            responder = found;
        }
        return found;
    }

    @Override
    public Container getContainer() {
        return container;
    }

    @Override
    public void postInvoke(Request request, Response response) {
        // nothing to do after the rest of the pipeline
    }

    @Override
    public String getInfo() {
        return getClass().getName();
    }
}
