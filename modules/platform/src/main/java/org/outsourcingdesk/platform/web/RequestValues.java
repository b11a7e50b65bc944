package org.outsourcingdesk.platform.web;

import java.util.Arrays;
import java.util.Locale;

import org.outsourcingdesk.kernel.BusinessRuleViolation;

/** Values a request gives as text (a path segment, a query parameter), read into what they name. */
public final class RequestValues {

    private RequestValues() {
    }

    /** The constant of {@code type} the text names, in any case; null for no text; a 422 naming the parameter otherwise. */
    public static <E extends Enum<E>> E named(Class<E> type, String text, String parameter) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new BusinessRuleViolation("KnownValue", parameter, "'" + text + "' is not a " + parameter + "; use one of "
                    + Arrays.toString(type.getEnumConstants()) + ".");
        }
    }
}
