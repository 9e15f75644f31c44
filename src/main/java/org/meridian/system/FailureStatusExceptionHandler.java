package org.meridian.system;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Answers a failure in a Faces request with an HTTP status and the site's page ({@link FailureResponses}). Left to
 * itself, Mojarra answers a failed ajax request with its partial response naming the exception's class, and a
 * failed full request with a 500 whatever went wrong. A view that expired is left to the handler it wraps
 * (OmniFaces reloads the page), and so is a failure after the response was committed.
 */
public class FailureStatusExceptionHandler extends ExceptionHandlerWrapper {

    public FailureStatusExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        var context = FacesContext.getCurrentInstance();
        var events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext() && !context.getResponseComplete()) {
            var failure = events.next().getContext().getException();
            if (isExpiredView(failure)) {
                continue;
            }
            var external = context.getExternalContext();
            try {
                if (CDI.current()
                        .select(FailureResponses.class)
                        .get()
                        .answer(
                                (HttpServletRequest) external.getRequest(),
                                (HttpServletResponse) external.getResponse(),
                                failure)) {
                    events.remove();
                    context.responseComplete();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        getWrapped().handle();
    }

    private static boolean isExpiredView(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException) {
                return true;
            }
            if (!(cause instanceof FacesException) || cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }

    /** Registered in faces-config.xml after OmniFaces' factory, so this handler sees failures first. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new FailureStatusExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
