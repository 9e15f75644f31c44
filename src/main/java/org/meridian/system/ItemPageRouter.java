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
 * Serves item pages at clean URLs: {@code /articles/{slug}}, {@code /conditions/{slug}} and
 * {@code /admin/requests/{id}} are forwarded to their view, with the slug as the path parameter OmniFaces'
 * {@code @Param(pathIndex = 0)} reads, and {@code /conditions/{slug}/feed.xml} to the condition's feed. The list
 * pages ({@code /articles}, {@code /conditions}) pass through; anything deeper is a page that does not exist. The
 * item views themselves cannot be requested directly: every request below the collection is taken as a slug.
 * Declared in web.xml, after the page cache.
 */
public class ItemPageRouter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final String CONDITION_FEED = "/feed.xml";

    private static final Map<String, String> ITEM_VIEWS = Map.of(
            "/articles", "/articles/article",
            "/conditions", "/conditions/condition",
            "/admin/requests", "/admin/requests/request");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // No servlet is mapped to these paths, so the whole path is the servlet path: split it ourselves.
        var path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        var collection = ITEM_VIEWS.keySet().stream()
                .filter(prefix -> path.startsWith(prefix + "/"))
                .findFirst()
                .orElse(null);
        if (collection == null) {
            chain.doFilter(request, response);
            return;
        }
        var itemView = ITEM_VIEWS.get(collection);
        // Faces writes the action of a form on an item page as {itemView}/{slug}: route its postbacks alike.
        var postback = "POST".equals(request.getMethod()) && path.startsWith(itemView + "/");
        var rest = path.substring(postback ? itemView.length() : collection.length());
        if (rest.equals("/")) {
            response.sendRedirect(request.getContextPath() + collection);
            return;
        }
        if (collection.equals("/conditions") && isFeed(rest)) {
            request.setAttribute(FeedServlet.CONDITION_SLUG, rest.substring(1, rest.length() - CONDITION_FEED.length()));
            request.getRequestDispatcher(CONDITION_FEED).forward(request, response);
            return;
        }
        if (rest.indexOf('/', 1) >= 0) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setAttribute(FacesViews.FACES_VIEWS_ORIGINAL_PATH_INFO, rest);
        request.getRequestDispatcher(itemView).forward(request, response);
    }

    /** {@code /{slug}/feed.xml} */
    private static boolean isFeed(String rest) {
        return rest.endsWith(CONDITION_FEED) && rest.indexOf('/', 1) == rest.length() - CONDITION_FEED.length();
    }
}
