package org.opentriage.common;



/** The {@code limit} query parameter of a list: a whole number from 1 to the list's maximum. */
public final class PageLimit {

    private PageLimit() {
    }

    public static int parse(String text, int max) {
        int limit;
        try {
            limit = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            limit = 0;
        }
        if (limit < 1 || limit > max) {
            throw new InvalidParameterException("limit", "must be a whole number from 1 to " + max);
        }
        return limit;
    }
}
