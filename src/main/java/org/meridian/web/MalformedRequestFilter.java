package org.meridian.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Answers requests that no browser of this site sends with a client error rather than a page:
 * <ul>
 * <li>400 to an address with a {@code %} not followed by two hexadecimal digits, or an encoded NUL. Payara decodes
 * such escapes leniently (dropping or keeping them as they are), so without this a broken link or a probe would get
 * an ordinary page for something it did not ask for;</li>
 * <li>405 to a method other than GET, HEAD and POST (the only ones pages and forms use): Faces would otherwise answer
 * a {@code PUT} or {@code DELETE} with the page, as if it had done what was asked;</li>
 * <li>415 to a POST to a Faces page that is not a form (JSON, say): Faces reads only forms, and would otherwise
 * answer with the page as if the post were empty. (A form naming a character set the server does not know is read
 * as UTF-8: Payara puts its default in place of the unknown one before any filter runs.)</li>
 * <li>400 to a multipart post to a Faces page whose body has no parts, which Faces would take for an empty post.</li>
 * </ul>
 */
public class MalformedRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern MALFORMED = Pattern.compile("%(?![0-9A-Fa-f]{2})|%00");
    private static final List<String> METHODS = List.of("GET", "HEAD", "POST");
    private static final String ALLOWED_METHODS = String.join(", ", METHODS);
    /** As named in web.xml; OmniFaces maps it to the extensionless addresses of the views too. */
    private static final String FACES_SERVLET = "FacesServlet";

    private static final String MULTIPART = "multipart/form-data";
    private static final List<String> FORM_TYPES = List.of("application/x-www-form-urlencoded", MULTIPART);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isAllowed(request.getMethod())) {
            response.setHeader("Allow", ALLOWED_METHODS);
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if (isMalformed(request.getRequestURI()) || isMalformed(request.getQueryString())) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if ("POST".equals(request.getMethod())
                && FACES_SERVLET.equals(request.getHttpServletMapping().getServletName())) {
            if (!isForm(request.getContentType())) {
                response.sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
                return;
            }
            if (isMultipart(request.getContentType()) && !hasParts(request)) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Reads the parts of a multipart body, which Faces would read next (the request keeps them). A form always has
     * some (its name and view state at least); Payara finds none in a body without its boundary, or fails on a worse
     * one. Faces would take either for an empty post. The size was limited before this by RequestSizeLimitFilter.
     */
    private static boolean hasParts(HttpServletRequest request) {
        try {
            return !request.getParts().isEmpty();
        } catch (IOException | ServletException e) {
            return false;
        }
    }

    static boolean isAllowed(String method) {
        return METHODS.contains(method);
    }

    static boolean isMalformed(String raw) {
        return raw != null && MALFORMED.matcher(raw).find();
    }

    /** True for a form's content type, whatever its parameters ({@code charset}, {@code boundary}). */
    static boolean isForm(String contentType) {
        return contentType != null && FORM_TYPES.contains(mediaType(contentType));
    }

    private static boolean isMultipart(String contentType) {
        return MULTIPART.equals(mediaType(contentType));
    }

    private static String mediaType(String contentType) {
        return contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }
}
