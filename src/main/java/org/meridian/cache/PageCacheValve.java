package org.meridian.cache;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.catalina.Context;
import org.apache.catalina.Request;
import org.apache.catalina.Response;
import org.glassfish.web.valve.GlassFishValve;

/**
 * Answers cached public pages of one application at the very front of Payara's request pipeline, before Payara
 * starts the request for the application. Payara would otherwise first fire the request listeners (CDI's request
 * context and the container's own, a sizeable share of a cached page's work) and then, in an application with Jakarta
 * Security, run the authentication module (and with it a CDI look-up) and two JACC permission checks for every
 * request, public or not: more than sending a cached page costs (docs/benchmarks.md). A cached page is public and the
 * same for everyone, and no security constraint covers a cacheable path, so nothing is skipped that could refuse or
 * change the answer. Requests for other applications, and everything else, misses included, go on through the
 * pipeline as before. Put in place by {@link PageCacheValveInstaller}.
 */
public class PageCacheValve implements GlassFishValve {

    private static final Logger LOG = Logger.getLogger(PageCacheValve.class.getName());

    private final Context application;

    private volatile CachedPageResponder responder;

    PageCacheValve(Context application) {
        this.application = application;
    }

    /**
     * Answers a hit and ends the pipeline, or passes the request on. Should answering fail, the request goes on to
     * the application, whose filter answers it and whose error handling applies, rather than to Payara's bare 500.
     * The address is not logged: search words may be about a patient's health.
     */
    @Override
    public int invoke(Request request, Response response) throws IOException {
        if (request.getContext() != application) {
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
     * The application's responder, which it puts in the servlet context when it starts: Payara creates the valve
     * before the application's beans exist, and CDI cannot be looked up this early in a request.
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
    public void postInvoke(Request request, Response response) {
        // nothing to do after the rest of the pipeline
    }

    @Override
    public String getInfo() {
        return getClass().getName();
    }
}
