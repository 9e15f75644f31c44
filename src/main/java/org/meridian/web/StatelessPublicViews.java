package org.meridian.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import org.primefaces.context.PrimeFacesContext;

/**
 * Keeps PrimeFaces' CSP support, switched on for the admin console, away from public views, which run no script
 * and have their own policy. Left to it, it asks every view for a nonce before the page is built: for a public view
 * not yet marked stateless ({@code <f:view transient="true">} only takes effect once the page is built) it keeps the
 * nonce in the view's map, which opens a session for every anonymous visitor; and a stateless form posted back (the
 * contact form with a mistake in it) has no nonce to show, which it answers with an error. So public views are
 * stateless from the moment they are created or restored, and their CSP state is marked as already set up.
 */
public class StatelessPublicViews extends ViewHandlerWrapper {

    public StatelessPublicViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        return keepPublicViewStateless(context, super.createView(context, viewId));
    }

    @Override
    public UIViewRoot restoreView(FacesContext context, String viewId) {
        return keepPublicViewStateless(context, super.restoreView(context, viewId));
    }

    private static UIViewRoot keepPublicViewStateless(FacesContext context, UIViewRoot view) {
        if (view != null
                && !SecurityHeadersFilter.isConsole(
                        (HttpServletRequest) context.getExternalContext().getRequest())) {
            view.setTransient(true);
            PrimeFacesContext.getCspState(context).setInitialized(true);
        }
        return view;
    }
}
