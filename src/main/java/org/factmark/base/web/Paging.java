package org.factmark.base.web;

import org.factmark.base.InvalidInputException;
import org.springframework.data.domain.PageRequest;

/**
 * The page parameters of every list endpoint, checked: page from 0, size from 1 to the endpoint's maximum, and
 * page × size (the offset the database skips) inside the int range the database reads (otherwise
 * page=2147483647 overflows into a negative offset and a 500).
 */
public final class Paging {
    private Paging() {
    }

    public static PageRequest of(int page, int size, int maxSize) {
        if (size < 1 || size > maxSize) throw new InvalidInputException("size", "size: between 1 and " + maxSize + ".");
        if (page < 0) throw new InvalidInputException("page", "page: counts from 0.");
        long lastPage = (Integer.MAX_VALUE - size) / size;
        if (page > lastPage) {
            throw new InvalidInputException("page", "page: at most " + lastPage + " with size " + size + ".");
        }
        return PageRequest.of(page, size);
    }
}
