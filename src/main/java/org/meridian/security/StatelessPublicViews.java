package org.meridian.security;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Marks every public view stateless as soon as it is created. The public template says so too
 * ({@code <f:view transient="true">}), but only once the page is built, which happens after PrimeFaces' CSP support
 * (switched on for the admin console) has asked for the view's nonce before rendering: for a view not yet marked
 * stateless it keeps the nonce in the view's map, which opens a session for every anonymous visitor.
 */
public class StatelessPublicViews extends ViewHandlerWrapper {

    public StatelessPublicViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        var view = super.createView(context, viewId);
        if (!SecurityHeadersFilter.isConsole((HttpServletRequest) context.getExternalContext().getRequest())) {
            view.setTransient(true);
        }
        return view;
    }
}
