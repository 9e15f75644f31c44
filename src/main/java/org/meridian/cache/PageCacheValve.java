package org.meridian.cache;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.catalina.Request;
import org.apache.catalina.Response;
import org.glassfish.web.valve.GlassFishValve;

/**
 * Answers cached public pages at the very front of Payara's request pipeline for this application, before its
 * authentication valve: in an application with Jakarta Security, Payara runs the authentication module (and with it
 * a CDI look-up) and two JACC permission checks for every request, public or not, which cost more than sending a
 * cached page and halved its throughput (README, Benchmarks). A cached page is public and the same for everyone,
 * and no security constraint covers a cacheable path, so nothing is skipped that could refuse or change the answer.
 * Everything else, misses included, goes on through the pipeline as before. Put in front by
 * {@link PageCacheValveInstaller}.
 */
public class PageCacheValve implements GlassFishValve {

    private static final Logger LOG = Logger.getLogger(PageCacheValve.class.getName());

    private volatile CachedPageResponder responder;

    /**
     * Answers a hit and ends the pipeline, or passes the request on. Should answering fail, the request goes on to
     * the application, whose filter answers it and whose error handling applies, rather than to Payara's bare 500.
     * The address is not logged: search words may be about a patient's health.
     */
    @Override
    public int invoke(Request request, Response response) throws IOException {
        var found = responder(request);
        try {
            var answered = found != null && found.answerInFront((HttpServletRequest) request.getRequest(),
                    (HttpServletResponse) response.getResponse());
            return answered ? END_PIPELINE : INVOKE_NEXT;
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "A cached page could not be sent in front; the application answers instead", failure);
            return INVOKE_NEXT;
        }
    }

    /**
     * The application's responder, which it puts in the servlet context when it starts: Payara creates the valve
     * before the application's beans exist, and CDI cannot be looked up this early in a request.
     */
    private CachedPageResponder responder(Request request) {
        var found = responder;
        if (found == null) {
            found = (CachedPageResponder) request.getContext().getServletContext()
                    .getAttribute(CachedPageResponder.ATTRIBUTE);
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
