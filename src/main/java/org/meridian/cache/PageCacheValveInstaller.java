package org.meridian.cache;

import java.util.Arrays;
import java.util.logging.Logger;
import org.apache.catalina.Contained;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Request;
import org.apache.catalina.Response;
import org.glassfish.web.valve.GlassFishValve;

/**
 * Puts a {@link PageCacheValve} for this application at the front of its virtual server's pipeline, which Payara
 * runs before it starts the request for an application: before it fires the request listeners (CDI's request
 * context among them) and before the application's own pipeline with its authentication valve. Payara creates the
 * valves named in {@code glassfish-web.xml} ({@code valve_1}) once the application has started and hands each one
 * its application just before appending it to the application's pipeline; this one uses that moment to install the
 * real valve and is then appended itself, doing nothing. The valve is taken out again when the application stops,
 * so a redeployed application never leaves one behind. Should a later Payara order its pipelines differently, the
 * page cache filter still answers every hit, only more slowly, and the start-up log says so.
 */
public class PageCacheValveInstaller implements GlassFishValve, Contained {

    private static final Logger LOG = Logger.getLogger(PageCacheValveInstaller.class.getName());

    private Container container;

    @Override
    public void setContainer(Container container) {
        this.container = container;
        var serverPipeline = container.getParent().getPipeline();
        var valve = new PageCacheValve((Context) container);
        putFirst(valve, serverPipeline);
        ((Lifecycle) container).addLifecycleListener(event -> {
            if (Lifecycle.STOP_EVENT.equals(event.getType())) {
                serverPipeline.removeValve(valve);
            }
        });
        if (serverPipeline.getValves()[0] == valve) {
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
