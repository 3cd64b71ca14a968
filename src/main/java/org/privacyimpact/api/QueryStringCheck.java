package org.privacyimpact.api;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.privacyimpact.common.address.AddressParameter;
import org.privacyimpact.common.address.BadParameterException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses, before any parameter is read, a query string that cannot be read as UTF-8 form parameters: a "%" not
 * followed by two hexadecimal digits, bytes that are not UTF-8, a control character, or a value without a
 * parameter name. Left to the servlet container, these fail deep inside its parameter parsing, as a 500.
 */
final class QueryStringCheck implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        problem(request.getQueryString()).ifPresent(message -> {
            throw new BadParameterException(null, message);
        });
        return true;
    }

    static Optional<String> problem(String query) {
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            if (name.isEmpty()) {
                return Optional.of(inTheAddress(pair) + " is a value without a parameter name");
            }
            Optional<String> problem = decodingProblem(name)
                    .or(() -> equals < 0 ? Optional.empty() : decodingProblem(pair.substring(equals + 1)));
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> decodingProblem(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || !HexFormat.isHexDigit(raw.charAt(i + 1))
                        || !HexFormat.isHexDigit(raw.charAt(i + 2))) {
                    return Optional.of(inTheAddress(raw) + " has a \"%\" that is not followed by "
                            + "two hexadecimal digits");
                }
                bytes.write(HexFormat.fromHexDigits(raw, i + 1, i + 3));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c == '+' ? ' ' : c).getBytes(StandardCharsets.UTF_8));
            }
        }
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return Optional.of(inTheAddress(raw) + " is not UTF-8 text");
        }
        if (decoded.chars().anyMatch(Character::isISOControl)) {
            return Optional.of(inTheAddress(raw) + " holds a control character");
        }
        return Optional.empty();
    }

    /** The piece as the visitor sent it, still percent-encoded, shown plain and short. */
    private static String inTheAddress(String raw) {
        return "\"" + AddressParameter.printable(raw) + "\" in the address";
    }
}
