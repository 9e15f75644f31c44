package org.meridian.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.meridian.seo.FeedServlet;
import org.omnifaces.facesviews.FacesViews;

/**
 * Serves item pages at clean URLs: {@code /articles/{slug}} and {@code /conditions/{slug}} are forwarded to their
 * view (and {@code /conditions/{slug}/feed.xml} to the condition's feed), with the slug as the path parameter OmniFaces' {@code @Param(pathIndex = 0)} reads. The list pages
 * ({@code /articles}, {@code /conditions}) pass through; anything deeper is a page that does not exist. The item
 * views themselves cannot be requested directly: every request below the collection is taken as a slug.
 * Declared in web.xml, after the page cache.
 */
public class ItemPageRouter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final String CONDITION_FEED = "/feed.xml";

    private static final Map<String, String> ITEM_VIEWS = Map.of(
            "/articles", "/articles/article",
            "/conditions", "/conditions/condition");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // No servlet is mapped to these paths, so the whole path is the servlet path: split it ourselves.
        var path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        var secondSlash = path.indexOf('/', 1);
        var collection = secondSlash < 0 ? path : path.substring(0, secondSlash);
        var rest = secondSlash < 0 ? null : path.substring(secondSlash);
        var itemView = ITEM_VIEWS.get(collection);
        if (itemView == null || rest == null) {
            chain.doFilter(request, response);
            return;
        }
        if (rest.equals("/")) {
            response.sendRedirect(request.getContextPath() + collection);
            return;
        }
        if (collection.equals("/conditions") && rest.endsWith(CONDITION_FEED) && rest.indexOf('/', 1) == rest.length() - CONDITION_FEED.length()) {
            request.setAttribute(FeedServlet.CONDITION_SLUG, rest.substring(1, rest.length() - CONDITION_FEED.length()));
            request.getRequestDispatcher("/feed.xml").forward(request, response);
            return;
        }
        if (rest.indexOf('/', 1) >= 0) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setAttribute(FacesViews.FACES_VIEWS_ORIGINAL_PATH_INFO, rest);
        request.getRequestDispatcher(itemView).forward(request, response);
    }
}
