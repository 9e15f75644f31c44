package org.meridian.cache;

import java.util.Arrays;
import java.util.logging.Logger;
import org.apache.catalina.Container;
import org.apache.catalina.Contained;
import org.apache.catalina.Request;
import org.apache.catalina.Response;
import org.glassfish.web.valve.GlassFishValve;

/**
 * Puts a {@link PageCacheValve} in front of the valves of this application's pipeline. Payara adds the valves named
 * in {@code glassfish-web.xml} ({@code valve_1}) only after it has started the application, so after its
 * authentication valve; it hands each one its container just before appending it, and this one uses that moment
 * to move the valves already there behind a {@link PageCacheValve}. It is then appended last itself and does
 * nothing. Should a later Payara order its pipeline differently, the page cache filter still answers every hit,
 * only more slowly, and the start-up log says so.
 */
public class PageCacheValveInstaller implements GlassFishValve, Contained {

    private static final Logger LOG = Logger.getLogger(PageCacheValveInstaller.class.getName());

    private Container container;

    @Override
    public void setContainer(Container container) {
        this.container = container;
        var pipeline = container.getPipeline();
        var following = Arrays.stream(pipeline.getValves()).filter(valve -> valve != pipeline.getBasic()).toList();
        following.forEach(pipeline::removeValve);
        pipeline.addValve(new PageCacheValve());
        following.forEach(pipeline::addValve);
        if (pipeline.getValves()[0] instanceof PageCacheValve) {
            LOG.info("Cached public pages are answered in front of the authentication valve");
        } else {
            LOG.warning("The page cache valve is not first in the pipeline: cached pages are answered by the filter");
        }
    }

    @Override
    public Container getContainer() {
        return container;
    }

    @Override
    public int invoke(Request request, Response response) {
        return INVOKE_NEXT;
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
