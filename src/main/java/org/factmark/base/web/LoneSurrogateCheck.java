package org.factmark.base.web;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;
import org.factmark.base.InvalidInputException;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * JSON may carry half of a surrogate pair as an escape ({@code "\ud83c"}); Java keeps it in the String, the database
 * stores it as {@code ?} and offsets count it as a character of its own. Every JSON request body is checked once it
 * is read: a lone surrogate anywhere gives 400 naming the field.
 */
@ControllerAdvice(basePackages = "org.factmark")
public class LoneSurrogateCheck extends RequestBodyAdviceAdapter {

    @Override
    public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
                                Class<? extends HttpMessageConverter<?>> converterType) {
        check(body, "body", 0);
        return body;
    }

    /** Index of the first unpaired surrogate in {@code s}, or -1. */
    public static int loneSurrogate(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Throws {@link InvalidInputException} naming {@code field} when {@code s} holds an unpaired surrogate. */
    public static void requireWellFormed(String field, String s) {
        if (s == null) return;
        int at = loneSurrogate(s);
        if (at >= 0) {
            throw new InvalidInputException(field, field + ": holds half of a surrogate pair (\\u"
                    + Integer.toHexString(s.charAt(at)) + " at position " + at + "), which is not a character; "
                    + "send the whole character.");
        }
    }

    private static void check(Object o, String field, int depth) {
        if (o == null || depth > 20) return;
        if (o instanceof String s) {
            requireWellFormed(field, s);
        } else if (o instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    var accessor = c.getAccessor();
                    accessor.setAccessible(true); // request records are package-private
                    check(accessor.invoke(r), c.getName(), depth + 1);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else if (o instanceof Collection<?> items) {
            for (Object item : items) check(item, field, depth + 1);
        } else if (o instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                check(e.getKey(), field, depth + 1);
                check(e.getValue(), String.valueOf(e.getKey()), depth + 1);
            }
        } else if (o instanceof tools.jackson.databind.JsonNode node) {
            checkNode(node, field, depth);
        }
    }

    private static void checkNode(tools.jackson.databind.JsonNode node, String field, int depth) {
        if (depth > 40) return;
        if (node.isString()) {
            requireWellFormed(field, node.asString());
        } else if (node.isObject()) {
            for (var e : node.properties()) {
                requireWellFormed(e.getKey(), e.getKey());
                checkNode(e.getValue(), e.getKey(), depth + 1);
            }
        } else if (node.isArray()) {
            for (var item : node) checkNode(item, field, depth + 1);
        }
    }
}
