package org.meridian.twofactor;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The {@code otpauth://} address that authenticator apps read, and its QR code as inline SVG markup: drawn here,
 * so the console's Content-Security-Policy needs no image host and the secret never leaves the site.
 */
public final class TotpQrCode {

    private static final int QUIET_ZONE = 4;
    private static final int DISPLAY_PIXELS = 232;

    private TotpQrCode() {}

    /** Key URI format of Google Authenticator, which the other apps follow. */
    public static String otpauthUri(String issuer, String username, String base32Secret) {
        return "otpauth://totp/" + encode(issuer + ":" + username) + "?secret=" + base32Secret + "&issuer="
                + encode(issuer) + "&algorithm=SHA1&digits=" + TotpCodes.DIGITS + "&period="
                + TotpCodes.STEP.getSeconds();
    }

    /** An SVG of the QR code of {@code text}: one path of dark modules on a white square, with the quiet zone. */
    public static String svg(String text, String label) {
        try {
            var matrix = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(
                                    EncodeHintType.MARGIN,
                                    QUIET_ZONE,
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.M,
                                    EncodeHintType.CHARACTER_SET,
                                    "UTF-8"));
            var path = new StringBuilder();
            for (var y = 0; y < matrix.getHeight(); y++) {
                var x = 0;
                while (x < matrix.getWidth()) {
                    if (!matrix.get(x, y)) {
                        x++;
                        continue;
                    }
                    var start = x;
                    while (x < matrix.getWidth() && matrix.get(x, y)) {
                        x++;
                    }
                    path.append('M')
                            .append(start)
                            .append(' ')
                            .append(y)
                            .append('h')
                            .append(x - start)
                            .append("v1h-")
                            .append(x - start)
                            .append('z');
                }
            }
            return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\" role=\"img\" aria-label=\""
                    + escape(label) + "\" width=\"" + DISPLAY_PIXELS + "\" height=\"" + DISPLAY_PIXELS
                    + "\" viewBox=\"0 0 " + matrix.getWidth() + " " + matrix.getHeight()
                    + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                    + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
        } catch (WriterException e) {
            throw new IllegalStateException("The sign-in address does not fit in a QR code", e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
