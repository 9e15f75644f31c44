package org.meridian.site;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
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
 * pages ({@code /articles}, {@code /conditions}) are mapped to their views exactly, so they never come here; anything
 * deeper than a slug is a page that does not exist.
 *
 * <p>A servlet, not a filter: every filter of the site runs before it as for any other page (the console's session
 * check, two-factor gate and no-cache headers included), and Payara's mapper finds these paths mapped instead of
 * looking for a file of that name first, on every request, cached pages included.
 */
@WebServlet({"/articles/*", "/conditions/*", "/admin/requests/*"})
public class ItemPageRouter extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final String CONDITION_FEED = "/feed.xml";

    /**
     * The item view of each collection, as OmniFaces maps it (extensionless). Its name starts with {@code _}, which
     * no slug has: a view's own address is mapped exactly and so wins over this servlet's, and would hide an item
     * of the same name.
     */
    private static final Map<String, String> ITEM_VIEWS = Map.of(
            "/articles", "/articles/_article",
            "/conditions", "/conditions/_condition",
            "/admin/requests", "/admin/requests/_request");

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        var collection = request.getServletPath();
        var rest = request.getPathInfo() == null ? "" : request.getPathInfo();
        var itemView = ITEM_VIEWS.get(collection);
        if (itemView == null) {
            // A view's own address with its extension (/articles/_article.xhtml) reaches this servlet under another
            // servlet path (/articles.xhtml): the view has no item to show.
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // Faces writes the action of a form on an item page as {itemView}/{slug}: route its postbacks alike.
        var viewName = itemView.substring(collection.length());
        if ("POST".equals(request.getMethod()) && rest.startsWith(viewName + "/")) {
            rest = rest.substring(viewName.length());
        }
        if (rest.isEmpty() || rest.equals("/")) {
            response.sendRedirect(request.getContextPath() + collection);
            return;
        }
        if (collection.equals("/conditions") && isFeed(rest)) {
            request.setAttribute(
                    FeedServlet.CONDITION_SLUG, rest.substring(1, rest.length() - CONDITION_FEED.length()));
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
